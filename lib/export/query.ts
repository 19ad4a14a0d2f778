import { z } from "zod";

const ID = /^[A-Za-z0-9_-]{1,64}$/;
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function realDate(iso: string): boolean {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** A date filter as the URL state writes it: yyyy-mm-dd, or yyyy-mm widened to the month's first or last day. */
function dateParam(end: "from" | "to") {
  return z
    .string()
    .regex(/^\d{4}-\d{2}(-\d{2})?$/, `${end} must be a date written yyyy-mm-dd (or a month, yyyy-mm)`)
    .transform((s, ctx) => {
      let iso = s;
      if (s.length === 7) {
        const [y, m] = s.split("-").map(Number) as [number, number];
        const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
        iso = `${s}-${end === "from" ? "01" : String(last).padStart(2, "0")}`;
      }
      if (!realDate(iso)) {
        ctx.addIssue({ code: "custom", message: `${end} is not a real date: "${s}"` });
        return z.NEVER;
      }
      return iso;
    });
}

const querySchema = z.object({
  format: z.enum(["geojson", "csv"], { error: 'format must be "geojson" or "csv"' }),
  a: z
    .string()
    .transform((s) => s.split(",").filter((x) => x !== ""))
    .pipe(z.array(z.string().regex(ID, "a must list article ids separated by commas, e.g. a=002,004")).max(10_000))
    .optional(),
  from: dateParam("from").optional(),
  to: dateParam("to").optional(),
  p: z.string().regex(SLUG, "p must be a place id such as misrata").optional(),
});

export type ExportQuery = {
  format: "geojson" | "csv";
  articles?: string[];
  from?: string;
  to?: string;
  place?: string;
};

/**
 * Reads and checks the query of GET /api/export. Filters use the URL-state keys (a, from, to, p)
 * so the current view's query string can be passed on as it is; other keys (c, z, lang…) are
 * ignored. A malformed value is an error naming the parameter.
 *
 * @example parseExportQuery(new URLSearchParams("format=csv&a=002,004&from=2020-06"))
 * // { ok: true, query: { format: "csv", articles: ["002", "004"], from: "2020-06-01" } }
 */
export function parseExportQuery(params: URLSearchParams): { ok: true; query: ExportQuery } | { ok: false; error: string } {
  const raw: Record<string, string> = {};
  for (const key of ["format", "a", "from", "to", "p"]) {
    const all = params.getAll(key);
    if (all.length > 1) return { ok: false, error: `${key} is given ${all.length} times; give it once` };
    if (all[0] !== undefined) raw[key] = all[0];
  }
  if (raw.format === undefined) return { ok: false, error: 'format is required: "geojson" or "csv"' };
  const parsed = querySchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: parsed.error.issues[0]?.message ?? "malformed query" };
  const { format, a, from, to, p } = parsed.data;
  return {
    ok: true,
    query: {
      format,
      ...(a && a.length > 0 ? { articles: a } : {}),
      ...(from ? { from } : {}),
      ...(to ? { to } : {}),
      ...(p ? { place: p } : {}),
    },
  };
}
