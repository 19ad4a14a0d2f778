import { buildGazetteer } from "../gazetteer/build";
import { fileFixture, placeFixture as p } from "../gazetteer/test-places";
import type { Gazetteer } from "../gazetteer/types";

/**
 * A small synthetic gazetteer with the ambiguities the geoparser must resolve (shared names
 * across kinds, a facility named like its district, a common-word town, a foreign namesake),
 * so the geoparse tests do not depend on the curated data.
 */
export function testGazetteer(): Gazetteer {
  return buildGazetteer([
    fileFixture("test.json", [
      p({ id: "libya", nameAr: "ليبيا", kind: "country" }),
      p({ id: "egypt", nameAr: "مصر", kind: "country", country: "EG" }),
      p({ id: "turkey", nameAr: "تركيا", kind: "country", country: "TR" }),
      p({ id: "lebanon", nameAr: "لبنان", kind: "country", country: "LB" }),
      p({ id: "tunisia", nameAr: "تونس", kind: "country", country: "TN" }),
      p({ id: "tunis", nameAr: "تونس", kind: "city", country: "TN" }),
      p({ id: "tripoli-district", nameAr: "طرابلس", kind: "district" }),
      p({ id: "tripoli", nameAr: "طرابلس", kind: "city", parent: "tripoli-district" }),
      p({ id: "tripoli-lb", nameAr: "طرابلس", kind: "city", country: "LB" }),
      p({ id: "misrata", nameAr: "مصراتة", aliases: { ar: ["مصراته"], en: [] } }),
      p({ id: "misrata-airport", nameAr: "مطار مصراتة الدولي", kind: "airport", parent: "misrata" }),
      p({ id: "sirte", nameAr: "سرت" }),
      p({ id: "tripoli-street-misrata", nameAr: "شارع طرابلس", kind: "road", parent: "misrata" }),
      p({ id: "tripoli-international-airport", nameAr: "مطار طرابلس الدولي", kind: "airport", parent: "tripoli" }),
      p({ id: "jufra", nameAr: "الجفرة", kind: "district" }),
      p({ id: "jufra-airbase", nameAr: "الجفرة", kind: "airbase", parent: "jufra" }),
      p({ id: "mitiga-airport", nameAr: "مطار معيتيقة", kind: "airport", parent: "tripoli", aliases: { ar: ["معيتيقة"], en: [] } }),
      p({ id: "ain-zara", nameAr: "عين زارة", kind: "neighbourhood", parent: "tripoli" }),
      p({ id: "ain-zara-village", nameAr: "عين زارة", kind: "village", country: "TN" }),
      p({ id: "abu-qurain", nameAr: "أبو قرين", kind: "town" }),
      p({ id: "al-qaddahiya", nameAr: "القداحية", kind: "village" }),
      p({ id: "khoms", nameAr: "الخمس", kind: "city" }),
      p({ id: "al-sarraj", nameAr: "السراج", kind: "neighbourhood", parent: "tripoli" }),
      p({ id: "bad-alias", nameAr: "المطار", kind: "airport" }),
      p({ id: "ain", nameAr: "العين", kind: "city", country: "AE" }),
      p({ id: "bayda", nameAr: "البيضاء", kind: "city", lat: 32.76, lon: 21.75 }),
      p({ id: "shahhat", nameAr: "شحات", kind: "town", lat: 32.82, lon: 21.86 }),
      p({ id: "al-qubba", nameAr: "القبة", kind: "town", lat: 32.76, lon: 22.25 }),
      p({ id: "musaid", nameAr: "امساعد", aliases: { ar: ["مساعد"], en: [] }, kind: "town", lat: 31.58, lon: 25.05 }),
      p({ id: "salah-al-din", nameAr: "صلاح الدين", kind: "neighbourhood", parent: "tripoli" }),
      p({ id: "middle-east", nameAr: "الشرق الأوسط", kind: "region", country: "EG" }),
      p({ id: "idri", nameAr: "إدري", kind: "town", lat: 27.45, lon: 13.05 }),
      p({ id: "ubari", nameAr: "أوباري", kind: "city", lat: 26.59, lon: 12.78 }),
      p({ id: "ghat", nameAr: "غات", kind: "city", lat: 24.96, lon: 10.18 }),
      p({ id: "qira", nameAr: "قيرة", kind: "village", lat: 27.5, lon: 13.3 }),
      p({ id: "zawiya", nameAr: "الزاوية", kind: "city", lat: 32.76, lon: 12.73 }),
      p({ id: "morocco", nameAr: "المغرب", kind: "country", country: "MA" }),
      p({ id: "alamein", nameAr: "العلمين", kind: "city", country: "EG" }),
      p({ id: "tahlilt", nameAr: "تهللت", kind: "village", lat: 32.0, lon: 12.0 }),
      p({ id: "nuqat-al-khams", nameAr: "النقاط الخمس", kind: "district", lat: 32.9, lon: 12.1 }),
      p({ id: "zuwara", nameAr: "زوارة", kind: "city", parent: "nuqat-al-khams", lat: 32.93, lon: 12.08 }),
    ]),
  ]);
}
