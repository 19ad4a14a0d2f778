import { describe, expect, it } from "vitest";
import { labelMentions } from "../solve";
import { cuesIn, labels, spans } from "../test-mentions";

describe("strike cues", () => {
  it("reads shelling, air raids, targeting, downing and destruction, with the adjective in the span", () => {
    expect(cuesIn("قصف مدفعي ثم غارات جوية")).toEqual(["قصف مدفعي=combat/strike", "غارات جوية=combat/strike"]);
    expect(cuesIn("استهدفت المسيرات المخازن وأسقطت الدفاعات طائرة")).toEqual(["استهدفت=combat/strike", "وأسقطت=combat/strike"]);
    expect(cuesIn("سقوط قذائف")).toEqual(["قذائف=combat/strike"]);
  });
  it("gives the target and the city that contains it the strike, with the verb as cue", () => {
    const text = "قصفت الطائرات ميناء الخمس في مدينة الخمس";
    expect(labelMentions(text, spans(text, "ميناء الخمس", "الخمس"))).toEqual([
      { role: "combat", kind: "strike", cue: [0, 4] },
      { role: "combat", kind: "strike", cue: [0, 4] },
    ]);
  });
  it("reads the sound of explosions as bombardment", () => {
    expect(labels("سمع دوي انفجارات في محيط قاعدة الوطية", "قاعدة الوطية")).toEqual(["combat/strike"]);
  });
  it("labels the airspace of a base where a drone was downed, and not the drone's destination", () => {
    expect(labels("أسقطت الدفاعات مسيرة في أجواء قاعدة الخروبة أثناء عودتها إلى زوارة", "الخروبة", "زوارة")).toEqual(["combat/strike", "reference"]);
  });
});
