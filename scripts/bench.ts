/**
 * `npm run bench`: runs every benchmark module in scripts/bench/ (each *.ts, not *.test.ts,
 * that exports `run(): Promise<void>`), one after the other, in file-name order.
 * A module may be named on the command line to run only it: npm run bench -- geoparse
 */
import { readdirSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";

/** The benchmark modules in a folder, sorted, optionally only those whose stem is in `only`. */
export function benchModules(dir: string, only: readonly string[] = []): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts") && !f.endsWith(".d.ts"))
    .filter((f) => only.length === 0 || only.includes(f.replace(/\.ts$/, "")))
    .sort();
}

async function main(): Promise<void> {
  const dir = fileURLToPath(new URL("./bench/", import.meta.url));
  const only = process.argv.slice(2).filter((a) => a !== "--");
  const files = benchModules(dir, only);
  if (files.length === 0) {
    console.error(`bench: no benchmark module${only.length ? ` named ${only.join(", ")}` : ""} in scripts/bench/`);
    process.exit(1);
  }
  for (const f of files) {
    const mod = (await import(pathToFileURL(dir + f).href)) as { run?: unknown };
    if (typeof mod.run !== "function") {
      console.error(`bench: scripts/bench/${f} exports no run(); skipped`);
      continue;
    }
    console.log(`== ${f.replace(/\.ts$/, "")}`);
    await (mod.run as () => Promise<void>)();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
