"use client";
import { useId } from "react";
import type { SourceCount } from "@/lib/store/types";
import type { Lang } from "@/lib/url-state";
import { articleCount, mentionCount, t } from "../i18n/i18n";
import { sourceRows } from "./source-rows";

export type SourceListProps = {
  /** each outlet under every filter but the outlets, so choosing one never hides the others */
  sources: readonly SourceCount[];
  /** the outlets the map is narrowed to (checked) */
  chosen: readonly string[];
  lang: Lang;
  onToggle: (name: string, on: boolean) => void;
  onClear: () => void;
};

/**
 * The Sources tab: each outlet with its articles and mentions under the map's other filters,
 * most mentioned first as the server gives them; checking outlets narrows the map to them
 * (URL `source`), like the article choice. Says so when the corpus records no outlet.
 */
export function SourceList({ sources, chosen, lang, onToggle, onClear }: SourceListProps) {
  const baseId = useId();
  const rows = sourceRows(sources, chosen);
  if (rows.length === 0) return <p className="muted panel-note sources-empty">{t(lang, "noSources")}</p>;
  return (
    <>
      <p className="filter-note muted">
        {chosen.length > 0 ? t(lang, "showingSources", { n: chosen.length, x: rows.length }) : t(lang, "onlySources")}
        {chosen.length > 0 && (
          <button type="button" onClick={onClear}>
            {t(lang, "allSources")}
          </button>
        )}
      </p>
      <ul className="source-list">
        {rows.map((s, i) => (
          <li key={s.name} data-source={s.name}>
            <label className="source-pick">
              <input
                type="checkbox"
                checked={chosen.includes(s.name)}
                onChange={(e) => onToggle(s.name, e.target.checked)}
                aria-describedby={`${baseId}-counts-${i}`}
              />
              <bdi className="source-name" dir="auto">
                {s.name}
              </bdi>
            </label>
            <span className="source-counts" id={`${baseId}-counts-${i}`}>
              <span className="source-articles">{articleCount(lang, s.articles)}</span>
              {" · "}
              <span className="source-mentions">{mentionCount(lang, s.mentions)}</span>
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
