/** A progress bar on stderr while many files are checked, only on a terminal (never in pipes or logs). */
import type { Io } from "./io";
import { shown } from "./terminal";

/** Below this many files the check is over before a bar would help. */
export const PROGRESS_MIN_FILES = 4;
const BAR_WIDTH = 24;
const CLEAR_LINE = "\r\x1b[2K";

export interface Progress {
  step(done: number, file: string): void;
  finish(): void;
}

const NO_PROGRESS: Progress = { step: () => undefined, finish: () => undefined };

export function progressBar(io: Io, total: number): Progress {
  if (!io.stderr.isTTY || total < PROGRESS_MIN_FILES) return NO_PROGRESS;
  const columns = io.stderr.columns ?? 80;
  return {
    step(done, file) {
      const filled = Math.round((done / total) * BAR_WIDTH);
      const line = `Prüfe [${"#".repeat(filled)}${" ".repeat(BAR_WIDTH - filled)}] ${done}/${total} ${shown(file)}`;
      io.stderr.write(CLEAR_LINE + line.slice(0, columns - 1));
    },
    finish() {
      io.stderr.write(CLEAR_LINE);
    },
  };
}
