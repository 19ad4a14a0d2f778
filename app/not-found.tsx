import type { Metadata } from "next";

export const metadata: Metadata = { title: "Not found — Khabar Map" };

/**
 * An unknown article or path. (A path that cannot even be decoded gets the same words from
 * proxy.ts itself, lib/http/refusal-page notFoundPage: Next 16.4.5 would answer it with a 500.)
 */
export default function NotFound() {
  return (
    <main className="article-page" lang="en" dir="ltr">
      <nav className="article-nav">
        <a href="/">Back to the map</a>
      </nav>
      <h1>Not found</h1>
      <p>There is no page at this address.</p>
    </main>
  );
}
