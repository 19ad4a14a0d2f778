"use client";
import { useEffect, useId, useRef, useState } from "react";
import { MAX_QUERY_LENGTH, type Lang } from "@/lib/url-state";
import { t } from "../i18n/i18n";

export type TopicBoxProps = {
  lang: Lang;
  /** the topic from the URL */
  what?: string;
  /** a new topic ("" clears it) */
  onTopic: (what: string) => void;
};

/** How long typing must rest before the map follows: one request per word, not per letter. */
export const TOPIC_DEBOUNCE_MS = 400;

/**
 * The topic query beside the place search: the map then counts only the mentions whose sentence
 * holds every word (Arabic-aware, lib/explore/topic-query). It follows typing once it rests,
 * at once on Enter, and the clear button empties it. The URL holds it (`what`).
 */
export function TopicBox({ lang, what, onTopic }: TopicBoxProps) {
  const id = useId();
  const [text, setText] = useState(what ?? "");
  const timer = useRef<number | undefined>(undefined);
  const input = useRef<HTMLInputElement>(null);
  const onTopicRef = useRef(onTopic);
  onTopicRef.current = onTopic;

  // Back/Forward or "clear filters" change the topic from outside.
  useEffect(() => setText(what ?? ""), [what]);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const commit = (value: string) => {
    window.clearTimeout(timer.current);
    timer.current = undefined;
    onTopicRef.current(value.trim());
  };

  return (
    <div className="topic-box">
      <label htmlFor={`${id}-input`} className="topic-label">
        {t(lang, "topicLabel")}
      </label>
      <input
        ref={input}
        id={`${id}-input`}
        type="text"
        inputMode="search"
        enterKeyHint="search"
        autoComplete="off"
        spellCheck={false}
        dir="auto"
        maxLength={MAX_QUERY_LENGTH}
        placeholder={t(lang, "topicPlaceholder")}
        aria-describedby={`${id}-help`}
        value={text}
        onChange={(e) => {
          const value = e.target.value;
          setText(value);
          window.clearTimeout(timer.current);
          timer.current = window.setTimeout(() => commit(value), TOPIC_DEBOUNCE_MS);
        }}
        onKeyDown={(e) => {
          if (e.key === "Enter") {
            e.preventDefault();
            commit(text);
          } else if (e.key === "Escape" && text) {
            e.preventDefault();
            setText("");
            commit("");
          }
        }}
      />
      {text && (
        <button
          type="button"
          className="topic-clear"
          aria-label={t(lang, "topicClear")}
          title={t(lang, "topicClear")}
          onClick={() => {
            setText("");
            commit("");
            input.current?.focus();
          }}
        >
          <span aria-hidden="true">×</span>
        </button>
      )}
      <span id={`${id}-help`} className="visually-hidden">
        {t(lang, "topicHelp")}
      </span>
    </div>
  );
}
