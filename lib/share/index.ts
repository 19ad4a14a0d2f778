export { describeView, SITE_NAME, SITE_DESCRIPTION, type ViewContext } from "./describe-view";
export { previewSvg, PREVIEW_WIDTH, PREVIEW_HEIGHT, PREVIEW_FONT_FAMILY, type PreviewInput } from "./preview-svg";
export { ogImagePath } from "./og-image-path";
export { escapeXml } from "./escape-xml";
export { cleanText } from "./clean-text";
export { wrapLines } from "./wrap-lines";
export { projection, geometryPath, LIBYA_VIEW, type Bounds, type Frame, type Projection } from "./project";
