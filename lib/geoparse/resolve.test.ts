import { describe, expect, it } from "vitest";
import { geoparse } from "./geoparse";
import { testGazetteer } from "./test-gazetteer";

const g = testGazetteer();
const ids = (text: string) => geoparse(text, g).map((m) => m.placeId);

describe("resolution", () => {
  it("prefers the city to the country or district of the same name", () => {
    expect(ids("وصل إلى تونس")).toEqual(["tunis"]);
    expect(ids("اشتباكات في طرابلس")).toEqual(["tripoli"]);
  });
  it("takes the district when no settlement has the name, the base after a facility word", () => {
    expect(ids("هاجموا الجفرة")).toEqual(["jufra"]);
    expect(ids("في أجواء قاعدة الجفرة العسكرية")).toEqual(["jufra-airbase"]);
    expect(ids("بقاعدة الجفرة")).toEqual(["jufra-airbase"]);
  });
  it("finds a facility inside the named place, widening the span over the facility word", () => {
    const [m] = geoparse("في محيط مطار مصراتة.", g);
    expect(m).toMatchObject({ placeId: "misrata-airport", surface: "مطار مصراتة" });
  });
  it("keeps the place when no facility of that kind exists, or several, or the kind is a street", () => {
    expect(ids("ميناء سرت")).toEqual(["sirte"]);
    expect(ids("قرب مطار طرابلس")).toEqual(["tripoli"]);
    expect(ids("على طريق مصراتة")).toEqual(["misrata"]);
  });
  it("uses a containing place nearby: the neighbourhood of Tripoli, not the namesake village", () => {
    expect(ids("بمحور عين زارة جنوب العاصمة طرابلس")).toEqual(["ain-zara", "tripoli"]);
  });
  it("prefers the home country, unless the foreign place's country is named nearby", () => {
    expect(ids("في طرابلس")).toEqual(["tripoli"]);
    expect(ids("اشتباكات في طرابلس شمال لبنان")).toEqual(["tripoli-lb", "lebanon"]);
  });
});
