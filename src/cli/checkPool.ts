/**
 * Checking many files on several threads: a folder of answers is read and checked on every core, each file on the
 * first thread that is free, and the reports come back in the order the files were given. A thread that fails
 * costs nothing: what it held is checked again here, in the main thread.
 */
import path from "path";
import { Worker } from "worker_threads";
import type { CalendarDate } from "../core/dates";
import type { Profile } from "../core/profile";
import { checkRead, readForCheck, type FileReport } from "./checkFile";

/** What every thread is told once. */
export interface CheckSetup {
  profile: Profile;
  today: CalendarDate;
}

export interface CheckJob {
  index: number;
  file: string;
}

export interface CheckedFile {
  index: number;
  report: FileReport;
}

/** Told each time a file's report is there, with how many are. */
export type OnChecked = (done: number, file: string) => void;

/** Files a thread is given ahead, so that it never waits for the main thread between two of them. */
const AHEAD = 2;

/** Below this many files per thread, starting a thread (loading the check, ~0.2 s) costs more than it saves. */
export const FILES_PER_THREAD = 8;

export const CHECK_WORKER = path.join(__dirname, "checkWorker.js");

export function checkInThisThread(files: string[], setup: CheckSetup, onChecked: OnChecked): FileReport[] {
  return files.map((file, i) => {
    const report = checkRead(readForCheck(file), setup.profile, setup.today);
    onChecked(i + 1, file);
    return report;
  });
}

/** Checks `files` on up to `threads` threads running `script` (checkWorker.js unless a test says otherwise). */
export async function checkInThreads(
  files: string[],
  setup: CheckSetup,
  threads: number,
  onChecked: OnChecked,
  script = CHECK_WORKER,
): Promise<FileReport[]> {
  const reports: (FileReport | undefined)[] = new Array(files.length);
  let next = 0;
  let done = 0;
  const settle = (index: number, report: FileReport) => {
    reports[index] = report;
    onChecked(++done, files[index]);
  };
  const count = Math.min(threads, Math.ceil(files.length / FILES_PER_THREAD));
  await Promise.all(
    Array.from({ length: count }, () =>
      runThread(script, setup, {
        take: () => (next < files.length ? { index: next, file: files[next++] } : null),
        settle,
      }),
    ),
  );
  // Whatever a failed thread held, and whatever no thread could take, is checked here.
  files.forEach((file, index) => {
    if (reports[index] === undefined) settle(index, checkRead(readForCheck(file), setup.profile, setup.today));
  });
  return reports as FileReport[];
}

interface Queue {
  take(): CheckJob | null;
  settle(index: number, report: FileReport): void;
}

/** One thread, fed from the queue until it is empty; resolves when the thread has ended, however it ended. */
function runThread(script: string, setup: CheckSetup, queue: Queue): Promise<void> {
  return new Promise((resolve) => {
    const worker = new Worker(script, { workerData: setup });
    let held = 0;
    const feed = () => {
      const job = queue.take();
      if (job === null) {
        if (held === 0) void worker.terminate();
        return;
      }
      held++;
      worker.postMessage(job);
    };
    worker.on("message", ({ index, report }: CheckedFile) => {
      held--;
      queue.settle(index, report);
      feed();
    });
    // A thread that fails ends: its files stay unsettled and are checked in the main thread.
    worker.on("error", () => void worker.terminate());
    worker.on("exit", () => resolve());
    for (let i = 0; i < AHEAD; i++) feed();
  });
}
