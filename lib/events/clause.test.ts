import { describe, expect, it } from "vitest";
import { clauseAround } from "./clause";
import { words } from "./words";

const clauseOf = (text: string, name: string) => {
  const ws = words(text);
  const i = ws.findIndex((w) => text.slice(w.start, w.end).includes(name));
  const [a, b] = clauseAround(text, ws, i, 0, ws.length);
  return text.slice(ws[a]!.start, ws[b - 1]!.end);
};

describe("clauseAround", () => {
  it("stops at a clause opener, reported speech and a relative pronoun", () => {
    expect(clauseOf("قصف في سرت بينما وصل الوفد إلى طرابلس", "طرابلس")).toBe("بينما وصل الوفد إلى طرابلس");
    expect(clauseOf("قال مسؤول في زوارة إن القصف طال العجيلات", "زوارة")).toBe("قال مسؤول في زوارة");
    expect(clauseOf("السفارة في ليبيا التي تعمل من تونس", "تونس")).toBe("التي تعمل من تونس");
  });
  it("goes on after 'إلا أن' (but) and stops at a headline's '..'", () => {
    expect(clauseOf("تشهد غريان هدنة إلا أنها تشهد خروقات", "غريان")).toBe("تشهد غريان هدنة إلا أنها تشهد خروقات");
    expect(clauseOf("قصف في سرت.. ووفد في طرابلس", "طرابلس")).toBe("ووفد في طرابلس");
  });
});
