import { describe, expect, it } from "vitest";
import { POST } from "../../app/api/geoparse/route";

// POST /api/geoparse carries each mention's event, as the CLI does (issue 12).
describe("POST /api/geoparse", () => {
  it("adds event {role, kind, cue} to every mention, and only {role} to a reference", async () => {
    const text = "قصفت الطائرات مطار معيتيقة في طرابلس. وصل الوفد إلى عين زارة جنوب طرابلس.";
    const res = await POST(new Request("http://localhost/api/geoparse", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ text }) }));
    expect(res.status).toBe(200);
    const { mentions } = (await res.json()) as { mentions: { surface: string; event: unknown }[] };
    expect(mentions.map((m) => [m.surface, m.event])).toEqual([
      ["مطار معيتيقة", { role: "combat", kind: "strike", cue: [0, 4] }],
      ["طرابلس", { role: "combat", kind: "strike", cue: [0, 4] }],
      ["عين زارة", { role: "civil", cue: [text.indexOf("وصل"), text.indexOf("وصل") + 3] }],
      ["طرابلس", { role: "reference" }],
    ]);
  });
});
