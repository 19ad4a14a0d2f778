"use client";
import type { Lang } from "@/lib/url-state";
import { t } from "./i18n";

/** Switches the interface between English and Arabic; the button names the other language in it. */
export function LanguageSwitch({ lang, onLang }: { lang: Lang; onLang: (lang: Lang) => void }) {
  const other: Lang = lang === "ar" ? "en" : "ar";
  return (
    <button
      type="button"
      className="lang-switch"
      lang={other}
      data-lang={other}
      title={t(lang, "language")}
      onClick={() => onLang(other)}
    >
      {t(lang, "switchLang")}
    </button>
  );
}
