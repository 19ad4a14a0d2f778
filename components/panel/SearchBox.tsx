"use client";
import { useEffect, useId, useMemo, useRef, useState } from "react";
import { searchPlaces, type SearchResult } from "@/lib/explore/search";
import type { Place } from "@/lib/gazetteer/place";
import { MAX_QUERY_LENGTH, type Lang } from "@/lib/url-state";
import { KIND_LABELS } from "../i18n/kind-labels";
import { KIND_LABELS_AR, mentionCount, namesInOrder, t } from "../i18n/i18n";
import { useGazetteerNames } from "./use-gazetteer-names";

export type SearchBoxProps = {
  lang: Lang;
  /** the search text from the URL */
  q?: string;
  /** mentions per place id in the current selection (places not in it are "not mentioned") */
  mentioned: ReadonlyMap<string, number>;
  onQuery: (q: string) => void;
  onChoose: (place: Place, mentioned: boolean) => void;
};

const LIMIT = 8;

/**
 * One box that finds places by Arabic or English name as the user types (ARIA combobox with a
 * listbox): ArrowUp/Down move, Enter chooses (the first suggestion when none is active), Escape
 * closes. Gazetteer places the current selection does not mention are listed with a note.
 */
export function SearchBox({ lang, q, mentioned, onQuery, onChoose }: SearchBoxProps) {
  const id = useId();
  const listId = `${id}-list`;
  const [text, setText] = useState(q ?? "");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const { names, load } = useGazetteerNames();
  const input = useRef<HTMLInputElement>(null);

  // Back/Forward or "clear filters" change q from outside.
  useEffect(() => setText(q ?? ""), [q]);

  const results: SearchResult[] = useMemo(
    () => (names.status === "ready" && text.trim() ? searchPlaces(text, names.places, mentioned, { limit: LIMIT, fuzzy: names.fuzzy }) : []),
    [names, text, mentioned],
  );
  useEffect(() => setActive(-1), [results]);

  const choose = (r: SearchResult) => {
    setOpen(false);
    setActive(-1);
    onQuery(text);
    onChoose(r.place, r.mentioned);
  };

  const expanded = open && text.trim() !== "";
  const optionId = (i: number) => `${id}-opt-${i}`;

  return (
    <div className="search-box" role="search">
      <label htmlFor={`${id}-input`} className="visually-hidden">
        {t(lang, "searchLabel")}
      </label>
      <input
        ref={input}
        id={`${id}-input`}
        type="search"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        dir="auto"
        maxLength={MAX_QUERY_LENGTH}
        placeholder={t(lang, "searchPlaceholder")}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        value={text}
        onFocus={() => {
          load();
          setOpen(true);
        }}
        onBlur={() => {
          setOpen(false);
          onQuery(text);
        }}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
          load();
        }}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown") {
            e.preventDefault();
            setOpen(true);
            if (results.length) setActive((a) => (a + 1) % results.length);
          } else if (e.key === "ArrowUp") {
            e.preventDefault();
            setOpen(true);
            if (results.length) setActive((a) => (a <= 0 ? results.length - 1 : a - 1));
          } else if (e.key === "Enter") {
            const r = results[active >= 0 ? active : 0];
            if (r) {
              e.preventDefault();
              choose(r);
            }
          } else if (e.key === "Escape") {
            if (expanded) {
              e.preventDefault();
              setOpen(false);
              setActive(-1);
            }
          }
        }}
      />
      <ul id={listId} role="listbox" className="search-results" aria-label={t(lang, "searchLabel")} hidden={!expanded}>
        {expanded && names.status !== "ready" && (
          <li className="search-note" role="presentation">
            {names.status === "error" ? names.message : t(lang, "searchLoading")}
          </li>
        )}
        {expanded && names.status === "ready" && results.length === 0 && (
          <li className="search-note" role="presentation">
            {t(lang, "searchNone")}
          </li>
        )}
        {expanded &&
          results.map((r, i) => {
            const [first, second] = namesInOrder(lang, r.place);
            const kind = lang === "ar" ? KIND_LABELS_AR[r.place.kind] : KIND_LABELS[r.place.kind];
            return (
              <li
                key={r.place.id}
                id={optionId(i)}
                role="option"
                aria-selected={i === active}
                className={`search-option${i === active ? " is-active" : ""}`}
                data-place-id={r.place.id}
                data-mentioned={r.mentioned}
                // mousedown, not click: the input's blur would close the list first.
                onMouseDown={(e) => {
                  e.preventDefault();
                  choose(r);
                }}
              >
                <span className="search-name" dir="auto">
                  {first}
                </span>{" "}
                <span className="search-name-2" dir="auto">
                  {second}
                </span>
                <span className="search-meta">
                  {kind} · {r.mentioned ? mentionCount(lang, r.mentions) : t(lang, "notMentioned")}
                </span>
              </li>
            );
          })}
      </ul>
      <span className="visually-hidden" aria-live="polite">
        {expanded && names.status === "ready" ? t(lang, "searchResults", { n: results.length }) : ""}
      </span>
    </div>
  );
}
