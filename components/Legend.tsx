"use client";
import { useEffect, useRef } from "react";
import { GROUP_LABELS, KIND_GROUPS, type KindGroup } from "./marker-style";

/**
 * What the marker shapes and sizes mean; only the groups present on the map are listed.
 */
export function Legend({ groups }: { groups: ReadonlySet<KindGroup> }) {
  const shown = KIND_GROUPS.filter((g) => groups.has(g));
  const self = useRef<HTMLDetailsElement>(null);
  // Folded on phones, where it would cover much of the map.
  useEffect(() => {
    if (self.current && window.matchMedia?.("(max-width: 600px)").matches) self.current.open = false;
  }, []);
  return (
    <details className="legend" open ref={self}>
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
