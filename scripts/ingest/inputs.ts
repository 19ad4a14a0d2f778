import type { Input } from "./ingest-input";
import { walkFiles } from "./walk";

/**
 * The command line's PATH_OR_URLs as inputs, in the order given: an http(s) URL as itself, a file
 * as itself, a folder as every file under it (lib walk: sorted, hidden ones skipped). What cannot
 * be an input (a missing path, another URL scheme) comes back in `errors`, named as given.
 *
 * @example expandInputs(["inbox", "https://example.org/a"]) // { inputs: [{ kind: "file", path: "inbox/a.html" }, { kind: "url", url: "https://example.org/a" }], errors: [] }
 */
export function expandInputs(args: readonly string[]): { inputs: Input[]; errors: { name: string; reason: string }[] } {
  const inputs: Input[] = [];
  const errors: { name: string; reason: string }[] = [];
  for (const arg of args) {
    if (/^https?:\/\//i.test(arg)) {
      inputs.push({ kind: "url", url: arg });
      continue;
    }
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(arg)) {
      errors.push({ name: arg, reason: "only http(s) URLs are fetched" });
      continue;
    }
    const walked = walkFiles(arg);
    for (const path of walked.files) inputs.push({ kind: "file", path });
    for (const e of walked.errors) errors.push({ name: e.path, reason: e.message });
  }
  return { inputs, errors };
}
