import type { Lang } from "@/lib/url-state";
import { ROLE_GLYPHS } from "./event-style";
import { et, ROLE_NAMES } from "../i18n/event-strings";
import "./events.css";

const BADGE_ROLES = ["combat", "military", "civil"] as const;

/**
 * The legend's lines for what happened: the combat arc, the badges (each glyph named), the
 * cue underline and the timeline's split. List items, for the legend's own list.
 */
export function EventLegend({ lang }: { lang: Lang }) {
  const badges = BADGE_ROLES.map((r) => `${ROLE_GLYPHS[r]} ${ROLE_NAMES[r][lang]}`).join(lang === "ar" ? "، " : ", ");
  return (
    <>
      <li className="event-legend">
        <span className="legend-swatch event-legend-marker" aria-hidden="true">
          <span className="event-ring event-ring--sample" />
        </span>
        {et(lang, "legendRing")}
      </li>
      <li className="event-legend">
        <span className="legend-swatch event-legend-marker" aria-hidden="true">
          <span className="event-badge event-badge--combat" data-glyph={ROLE_GLYPHS.combat} />
        </span>
        {et(lang, "legendBadge", { x: badges })}
      </li>
      <li className="event-legend">
        <span className="legend-swatch event-legend-marker" aria-hidden="true" />
        {et(lang, "legendNoBadge")}
      </li>
      <li className="event-legend">
        <span className="legend-swatch event-legend-cue" aria-hidden="true">
          <u lang="ar">قصف</u>
        </span>
        {et(lang, "legendCue")}
      </li>
      <li className="event-legend">
        <svg className="legend-swatch event-legend-bar" viewBox="0 0 8 16" aria-hidden="true">
          <rect className="timeline-role timeline-role--reference" x="0" y="0" width="8" height="4" />
          <rect className="timeline-role timeline-role--civil" x="0" y="4" width="8" height="4" />
          <rect className="timeline-role timeline-role--military" x="0" y="8" width="8" height="4" />
          <rect className="timeline-role timeline-role--combat" x="0" y="12" width="8" height="4" />
        </svg>
        {et(lang, "timelineRoles")}
      </li>
    </>
  );
}
