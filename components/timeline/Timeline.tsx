"use client";
import { useId, useRef, useState } from "react";
import type { Timeline as TimelineData } from "@/lib/explore/timeline";
import type { Lang } from "@/lib/url-state";
import { t } from "../i18n/i18n";
import { RolePatterns, TimelineRoleBar } from "./TimelineRoleBar";

export type TimelineProps = {
  timeline: TimelineData;
  from?: string;
  to?: string;
  lang: Lang;
  /** a new date range (either end may be open); both undefined clears it */
  onRange: (from: string | undefined, to: string | undefined) => void;
};

const BAR_W = 10;
const CHART_H = 40;

/** Bins [i, j] that overlap the range, for highlighting; all when no range. */
function inRange(bin: { start: string; end: string }, from?: string, to?: string): boolean {
  if (from && bin.end < from) return false;
  if (to && bin.start > to) return false;
  return true;
}

/**
 * The histogram of mentions over time under the map, each bar split by role (TimelineRoleBar).
 * Dragging across the bars (pointer) sets the date range to the bins covered; the two date fields
 * do the same from the keyboard. Articles without a date are counted apart, since no bar can hold
 * them. Dates read left to right in both languages, as the axis does.
 */
export function Timeline({ timeline, from, to, lang, onRange }: TimelineProps) {
  const { bins } = timeline;
  const id = useId();
  const svg = useRef<SVGSVGElement>(null);
  const [drag, setDrag] = useState<{ a: number; b: number } | null>(null);
  const max = bins.reduce((m, b) => Math.max(m, b.count), 0) || 1;

  const binAt = (clientX: number): number => {
    const box = svg.current!.getBoundingClientRect();
    const x = Math.min(Math.max(clientX - box.left, 0), box.width - 0.01);
    return Math.floor((x / box.width) * bins.length);
  };
  const finish = (d: { a: number; b: number }) => {
    const lo = Math.min(d.a, d.b);
    const hi = Math.max(d.a, d.b);
    onRange(bins[lo]!.start, bins[hi]!.end);
  };

  const first = bins[0];
  const last = bins[bins.length - 1];
  const active = Boolean(from || to);

  return (
    <section className="timeline" aria-labelledby={`${id}-title`} data-unit={timeline.unit}>
      <div className="timeline-head">
        <h2 id={`${id}-title`} className="timeline-title">
          {t(lang, "timelineLabel")}
        </h2>
        <DateField label={t(lang, "dateFrom")} name="from" value={from} min={first?.start} max={last?.end} onDate={(d) => onRange(d, to)} />
        <DateField label={t(lang, "dateTo")} name="to" value={to} min={first?.start} max={last?.end} onDate={(d) => onRange(from, d)} />
        {active && (
          <button type="button" className="timeline-clear" onClick={() => onRange(undefined, undefined)}>
            {t(lang, "clearDates")}
          </button>
        )}
        <span className="timeline-undated" data-undated-articles={timeline.undatedArticles} title={t(lang, "undatedNote")}>
          {t(lang, "undated", { n: timeline.undatedArticles })}
        </span>
      </div>
      {bins.length > 0 && (
        <div className="timeline-chart" dir="ltr">
          <svg
            ref={svg}
            viewBox={`0 0 ${bins.length * BAR_W} ${CHART_H}`}
            preserveAspectRatio="none"
            role="img"
            aria-label={`${t(lang, "timelineLabel")}: ${first!.start} – ${last!.end}. ${t(lang, "timelineHelp")}`}
            onPointerDown={(e) => {
              e.currentTarget.setPointerCapture(e.pointerId);
              const i = binAt(e.clientX);
              setDrag({ a: i, b: i });
            }}
            onPointerMove={(e) => {
              if (!drag) return;
              const i = binAt(e.clientX);
              if (i !== drag.b) setDrag({ ...drag, b: i });
            }}
            onPointerUp={(e) => {
              if (!drag) return;
              const d = { ...drag, b: binAt(e.clientX) };
              setDrag(null);
              finish(d);
            }}
            onPointerCancel={() => setDrag(null)}
          >
            <RolePatterns />
            {bins.map((b, i) => {
              const chosen = drag
                ? i >= Math.min(drag.a, drag.b) && i <= Math.max(drag.a, drag.b)
                : active && inRange(b, from, to);
              return (
                <g key={b.start} className={`timeline-bin${chosen ? " is-chosen" : ""}`} data-start={b.start} data-end={b.end}>
                  <rect className="timeline-hit" x={i * BAR_W} y={0} width={BAR_W} height={CHART_H} />
                  <TimelineRoleBar bin={b} x={i * BAR_W + 1} width={BAR_W - 2} chartHeight={CHART_H} max={max} lang={lang} />
                </g>
              );
            })}
          </svg>
          <div className="timeline-axis">
            <span>{first!.start}</span>
            <span>{last!.end}</span>
          </div>
        </div>
      )}
    </section>
  );
}

/** One end of the range, typed as a date; left to right in both languages (yyyy-mm-dd fields). */
function DateField({
  label,
  name,
  value,
  min,
  max,
  onDate,
}: {
  label: string;
  name: "from" | "to";
  value?: string;
  min?: string;
  max?: string;
  onDate: (date: string | undefined) => void;
}) {
  return (
    <label className="timeline-date">
      {label}{" "}
      <input
        type="date"
        name={name}
        dir="ltr"
        value={value ?? ""}
        min={min}
        max={max}
        onChange={(e) => onDate(e.target.value || undefined)}
      />
    </label>
  );
}
