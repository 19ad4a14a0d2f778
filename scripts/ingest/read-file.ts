import { closeSync, fstatSync, openSync, readFileSync, readSync } from "node:fs";
import { detectFormat } from "../../lib/ingest/formats/detect";
import { sizeProblem } from "../../lib/ingest/formats/limits";

export type ReadResult = { ok: true; bytes: Uint8Array } | { ok: false; reason: string };

const HEAD_BYTES = 4096;
const errorCode = (err: unknown) => (err as NodeJS.ErrnoException).code ?? (err as Error).message;

/**
 * A file's bytes, or why they were not read. A file larger than its format allows (the format
 * guessed from its name and first 4 KB, as parseInput will guess it) is refused before it is
 * read, so a stray disk image in a folder costs nothing.
 *
 * @example readInputFile("inbox/wasat.csv") // { ok: true, bytes: Uint8Array(…) }
 * @example readInputFile("inbox/missing.txt") // { ok: false, reason: "cannot read it (ENOENT)" }
 */
export function readInputFile(file: string): ReadResult {
  let fd: number;
  try {
    fd = openSync(file, "r");
  } catch (err) {
    return { ok: false, reason: `cannot read it (${errorCode(err)})` };
  }
  try {
    const size = fstatSync(fd).size;
    const head = Buffer.alloc(Math.min(size, HEAD_BYTES));
    readSync(fd, head, 0, head.length, 0);
    const tooLarge = sizeProblem(detectFormat(file, new TextDecoder().decode(head)), size);
    if (tooLarge) return { ok: false, reason: tooLarge };
    return { ok: true, bytes: readFileSync(fd) };
  } catch (err) {
    return { ok: false, reason: `cannot read it (${errorCode(err)})` };
  } finally {
    closeSync(fd);
  }
}
