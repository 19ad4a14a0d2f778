import type { InputFormat } from "../../lib/ingest/formats/types";

/**
 * What an HTTP Content-Type says a response is: its media type lower-cased, its charset if any,
 * and the format it is read as: "html" for text/html and XHTML, "feed" for RSS, Atom and RDF,
 * "xml" for generic XML (the content then says which of the two it is), undefined otherwise.
 *
 * @example contentFormat("text/html; charset=windows-1256") // { type: "text/html", charset: "windows-1256", format: "html" }
 */
export function contentFormat(header: string | null): { type: string; charset?: string; format?: InputFormat | "xml" } {
  const [rawType = "", ...params] = (header ?? "").split(";");
  const type = rawType.trim().toLowerCase();
  const charset = params
    .map((p) => /^\s*charset\s*=\s*"?([^";\s]+)"?\s*$/i.exec(p)?.[1])
    .find((c): c is string => c !== undefined);
  const format: InputFormat | "xml" | undefined =
    type === "text/html" || type === "application/xhtml+xml"
      ? "html"
      : type === "application/rss+xml" || type === "application/atom+xml" || type === "application/rdf+xml"
        ? "feed"
        : type === "application/xml" || type === "text/xml"
          ? "xml"
          : undefined;
  return { type, ...(charset ? { charset } : {}), ...(format ? { format } : {}) };
}
