import { GROUP_LABELS, KIND_GROUPS, type KindGroup } from "./marker-style";

/**
 * What the marker shapes and sizes mean; only the groups present on the map are listed.
 */
export function Legend({ groups }: { groups: ReadonlySet<KindGroup> }) {
  const shown = KIND_GROUPS.filter((g) => groups.has(g));
  return (
    <details className="legend" open>
      <summary>Legend</summary>
      <ul>
        {shown.map((g) => (
          <li key={g}>
            <span className={`legend-swatch place-marker place-marker--${g}`} aria-hidden="true" />
            {GROUP_LABELS[g]}
          </li>
        ))}
        <li>
          <span className="legend-swatch place-cluster" aria-hidden="true">
            <span>3</span>
          </span>
          Group of nearby places (open to zoom in)
        </li>
        <li className="legend-note">Larger marker = more mentions; the number is the count.</li>
      </ul>
    </details>
  );
}
