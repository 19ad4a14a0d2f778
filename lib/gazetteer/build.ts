import { gazetteerFileSchema, placeSchema, type CoordinateEvidence, type Place } from "./place";
import type { GazetteerFile } from "./files";
import { NameIndex } from "./name-index";
import type { Gazetteer } from "./types";

/** Thrown when a gazetteer file or entry is invalid; `problems` lists "file: entry "id": problem". */
export class GazetteerError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid gazetteer (${problems.length} problem${problems.length === 1 ? "" : "s"}):\n  ${problems.join("\n  ")}`);
    this.name = "GazetteerError";
  }
}

/**
 * Validates gazetteer files and builds the look-up structures. Pure, so tests can pass bad
 * entries or a synthetic gazetteer. Every problem is collected, then one error names them all:
 * the file, the entry id (or its position when the id itself is bad) and what is wrong.
 *
 * Example: buildGazetteer([{ file: "x.json", data: { about: "...", places: [{ id: "a", ... }] } }]).
 */
export function buildGazetteer(files: readonly GazetteerFile[]): Gazetteer {
  const problems: string[] = [];
  const places: Place[] = [];
  const fileOf = new Map<string, string>();
  const byId = new Map<string, Place>();
  const evidence = new Map<string, CoordinateEvidence>();

  for (const { file, data } of files) {
    const parsedFile = gazetteerFileSchema.safeParse(data);
    if (!parsedFile.success) {
      problems.push(`${file}: ${describe(parsedFile.error.issues)}`);
      continue;
    }
    parsedFile.data.places.forEach((raw, i) => {
      const label = entryLabel(raw, i);
      const parsed = placeSchema.safeParse(raw);
      if (!parsed.success) {
        problems.push(`${file}: ${label}: ${describe(parsed.error.issues)}`);
        return;
      }
      // The evidence for the point stays with the gazetteer (for the coordinate check), not on the Place.
      const { checks, referenceRejected, geonamesRejected, coordinateNote, ...place } = parsed.data;
      const earlier = fileOf.get(place.id);
      if (earlier !== undefined) {
        problems.push(`${file}: ${label}: duplicate id (first defined in ${earlier})`);
        return;
      }
      fileOf.set(place.id, file);
      const found = { checks, referenceRejected, geonamesRejected, coordinateNote };
      if (Object.values(found).some((v) => v !== undefined)) {
        evidence.set(place.id, Object.fromEntries(Object.entries(found).filter(([, v]) => v !== undefined)) as CoordinateEvidence);
      }
      byId.set(place.id, place);
      places.push(place);
    });
  }

  const children = new Map<string, Place[]>();
  for (const place of places) {
    if (place.parent === undefined) continue;
    if (!byId.has(place.parent)) {
      problems.push(`${fileOf.get(place.id)}: entry "${place.id}": unknown parent "${place.parent}"`);
      continue;
    }
    if (place.parent === place.id) problems.push(`${fileOf.get(place.id)}: entry "${place.id}": is its own parent`);
    const list = children.get(place.parent);
    if (list) list.push(place);
    else children.set(place.parent, [place]);
  }
  if (problems.length > 0) throw new GazetteerError(problems);

  const index = new NameIndex();
  for (const place of places) index.add(place);
  return { places, byId, index, children, evidence };
}

function entryLabel(raw: unknown, i: number): string {
  const id = typeof raw === "object" && raw !== null && "id" in raw ? (raw as { id: unknown }).id : undefined;
  return typeof id === "string" && id !== "" ? `entry "${id}"` : `entry #${i + 1} (no valid id)`;
}

function describe(issues: readonly { path: PropertyKey[]; message: string }[]): string {
  return issues.map((i) => `${i.path.length ? i.path.map(String).join(".") : "(root)"}: ${i.message}`).join("; ");
}
