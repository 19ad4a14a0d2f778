import type { TimelineBin } from "@/lib/explore/timeline";
import type { Lang } from "@/lib/url-state";
import { ROLE_ORDER, rolesSummary } from "../map/event-style";
import "../map/events.css";

/**
 * The fills of the role segments, each a different texture (solid, hatched, dotted, light) so
 * the split reads without colour. Rendered once inside the timeline's SVG; ids are fixed since
 * the page has one timeline.
 */
export function RolePatterns() {
  return (
    <defs>
      <pattern id="role-fill-military" width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="4" height="4" className="role-fill-bg--military" />
        <line x1="0" y1="0" x2="0" y2="4" className="role-fill-line" />
      </pattern>
      <pattern id="role-fill-civil" width="3" height="3" patternUnits="userSpaceOnUse">
        <rect width="3" height="3" className="role-fill-bg--civil" />
        <circle cx="1.5" cy="1.5" r="0.8" className="role-fill-dot" />
      </pattern>
    </defs>
  );
}

/**
 * One timeline bar: stacked by role (combat at the bottom, then military, civil, and the
 * references on top) when the bin carries role counts, one plain bar otherwise (a pasted
 * article's dates merged in the browser carry none). Its tooltip lists the roles.
 */
export function TimelineRoleBar({ bin, x, width, chartHeight, max, lang }: { bin: TimelineBin; x: number; width: number; chartHeight: number; max: number; lang: Lang }) {
  const h = bin.count > 0 ? Math.max(2, (bin.count / max) * (chartHeight - 2)) : 0;
  const base = `${bin.start} – ${bin.end}: ${Math.round(bin.count * 10) / 10}`;
  const roles = bin.roles;
  if (!roles || bin.count <= 0) {
    return (
      <rect className="timeline-bar" x={x} y={chartHeight - h} width={width} height={h}>
        <title>{base}</title>
      </rect>
    );
  }
  let y = chartHeight;
  return (
    <g className="timeline-bar timeline-bar--roles">
      <title>{`${base} (${rolesSummary(roles, lang)})`}</title>
      {ROLE_ORDER.map((role) => {
        const part = (roles[role] / bin.count) * h;
        if (part <= 0) return null;
        y -= part;
        return <rect key={role} className={`timeline-role timeline-role--${role}`} data-role={role} x={x} y={y} width={width} height={part} />;
      })}
    </g>
  );
}
