import { readdirSync, realpathSync, statSync } from "node:fs";
import path from "node:path";

export type Walked = { files: string[]; errors: { path: string; message: string }[] };

const code = (err: unknown) => (err as NodeJS.ErrnoException).code ?? (err as Error).message;

/**
 * Every file under `root` (root itself when it is a file), depth first, names in code-point order
 * so runs are repeatable. Hidden entries (".git", ".DS_Store") are skipped; symbolic links are
 * followed, but a folder already visited through another path is not walked twice (no loops). An
 * entry that cannot be read is named with its error code, and the walk goes on.
 *
 * @example walkFiles("inbox") // { files: ["inbox/a.html", "inbox/feeds/b.xml"], errors: [] }
 */
export function walkFiles(root: string): Walked {
  const out: Walked = { files: [], errors: [] };
  const seen = new Set<string>();
  const visit = (p: string) => {
    let stat;
    try {
      stat = statSync(p);
    } catch (err) {
      out.errors.push({ path: p, message: `cannot read it (${code(err)})` });
      return;
    }
    if (stat.isFile()) {
      out.files.push(p);
      return;
    }
    if (!stat.isDirectory()) {
      out.errors.push({ path: p, message: "not a file or a folder" });
      return;
    }
    let names: string[];
    try {
      const real = realpathSync(p);
      if (seen.has(real)) return;
      seen.add(real);
      names = readdirSync(p);
    } catch (err) {
      out.errors.push({ path: p, message: `cannot read the folder (${code(err)})` });
      return;
    }
    for (const name of names.filter((n) => !n.startsWith(".")).sort()) visit(path.join(p, name));
  };
  visit(root);
  return out;
}
