"use client";
import { useEffect, useRef } from "react";
import { t } from "../i18n/i18n";
import { EventLegend } from "./EventLegend";
import { groupLabel, KIND_GROUPS, type KindGroup } from "./marker-style";
import { useViewContext } from "../view-state/view-context";

/**
 * What the marker shapes and sizes mean, in the interface language; only the groups present on
 * the map are listed.
 */
export function Legend({ groups }: { groups: ReadonlySet<KindGroup> }) {
  const { lang } = useViewContext();
  const shown = KIND_GROUPS.filter((g) => groups.has(g));
  const self = useRef<HTMLDetailsElement>(null);
  // Folded on phones, where it would cover much of the map.
  useEffect(() => {
    if (self.current && window.matchMedia?.("(max-width: 600px)").matches) self.current.open = false;
  }, []);
  // Inside a named region, like everything else on the page; the wrapper draws no box of its own.
  return (
    <section className="legend-region" aria-label={t(lang, "legendTitle")}>
      <details className="legend" open ref={self}>
        <summary>{t(lang, "legendTitle")}</summary>
        <ul>
          {shown.map((g) => (
            <li key={g}>
              <span className={`legend-swatch place-marker place-marker--${g}`} aria-hidden="true" />
              {groupLabel(lang, g)}
            </li>
          ))}
          <li>
            <span className="legend-swatch place-cluster" aria-hidden="true">
              <span>3</span>
            </span>
            {t(lang, "legendCluster")}
          </li>
          <EventLegend lang={lang} />
          <li className="legend-note">{t(lang, "legendNote")}</li>
        </ul>
      </details>
    </section>
  );
}
