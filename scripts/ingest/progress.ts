import { MultiBar, Presets } from "cli-progress";

export type Progress = {
  /** writes a line to `stream`, above the bar when one is drawn on the same terminal */
  line(stream: NodeJS.WriteStream, text: string): void;
  /** one more input done */
  tick(name: string): void;
  stop(): void;
};

/** Below this many inputs a run is short: no bar. */
export const PROGRESS_MIN_INPUTS = 10;

/**
 * A progress bar on stderr (cli-progress) for a run of `total` inputs, drawn only when stderr is a
 * terminal and the run is long ({@link PROGRESS_MIN_INPUTS} inputs or more); otherwise lines are
 * simply written, so logs and pipes never see control codes. While the bar is drawn, lines for a
 * terminal go above it instead of through it.
 *
 * @example const p = startProgress(120, process.stderr.isTTY); p.line(process.stdout, "added a.html as 0007"); p.tick("a.html"); p.stop();
 */
export function startProgress(total: number, isTty: boolean): Progress {
  if (!isTty || total < PROGRESS_MIN_INPUTS) {
    return { line: (stream, text) => void stream.write(text + "\n"), tick: () => {}, stop: () => {} };
  }
  const bars = new MultiBar(
    { stream: process.stderr, format: "ingest [{bar}] {value}/{total} inputs  {name}", hideCursor: true, clearOnComplete: true, autopadding: true },
    Presets.shades_classic,
  );
  const bar = bars.create(total, 0, { name: "" });
  // cli-progress draws (and writes logged lines) on a timer, which a run busy geoparsing never lets
  // fire, and stop() drops lines not yet written: every change is drawn at once instead.
  return {
    line: (stream, text) => {
      if (!stream.isTTY) return void stream.write(text + "\n");
      bars.log(text + "\n");
      bars.update();
    },
    tick: (name) => {
      bar.increment(1, { name: name.length > 50 ? `…${name.slice(-49)}` : name });
      bars.update();
    },
    stop: () => {
      bars.update();
      bars.stop();
    },
  };
}
