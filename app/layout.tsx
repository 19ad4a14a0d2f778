import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import "leaflet/dist/leaflet.css";
import "leaflet.markercluster/dist/MarkerCluster.css";
import "@fontsource/noto-naskh-arabic/arabic-400.css";
import "@fontsource/noto-naskh-arabic/arabic-700.css";
import "./globals.css";

export const metadata: Metadata = {
  title: "Khabar Map — where the news about Libya happens",
  description: "Arabic news articles about Libya, geoparsed onto a map: every place they report, with the sentences that name it.",
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: "#1f3a5f",
};

/**
 * The document starts in English: a root layout is not given the query string, so it cannot read
 * ?lang=. Each page says its own language where its content starts (the map app's and the article
 * page's root elements carry lang and dir), the map page also sets <html lang dir> once it runs,
 * and Arabic text carries lang="ar" dir="rtl" wherever it appears.
 */
export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page is rendered per request, the 404 page included: the CSP of each response carries a
  // fresh nonce (proxy.ts) that Next must stamp on that response's scripts, and a page built ahead
  // of time would carry none, so its scripts would be refused.
  await connection();
  return (
    <html lang="en" dir="ltr">
      <body>{children}</body>
    </html>
  );
}
