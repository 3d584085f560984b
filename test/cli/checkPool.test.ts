/** The check of many files on several threads (src/cli/checkPool.ts), with a stand-in for the thread's script. */
import { describe, expect, test } from "@jest/globals";
import path from "path";
import { checkInThreads, FILES_PER_THREAD, type CheckSetup } from "../../src/cli/checkPool";
import type { FileReport } from "../../src/cli/checkFile";
import { defaultProfile } from "../../src/core/profile";

const STAND_IN = path.join(__dirname, "fixtures/check-worker-stand-in.js");
const setup: CheckSetup = { profile: defaultProfile(), today: { year: 2013, month: 6, day: 25 } };
/** Files that do not exist: checked in the main thread, they say so; the stand-in says which thread it was. */
const names = (count: number, name = (i: number) => `/gibt-es-nicht/${i}.docx`) =>
  Array.from({ length: count }, (_, i) => name(i));
const errorOf = (report: FileReport) => (report.readable ? "" : report.error);

describe("checkInThreads", () => {
  test("every file once, the reports in the files' order, each counted as it comes", async () => {
    const files = names(5 * FILES_PER_THREAD);
    const counted: number[] = [];
    const reports = await checkInThreads(files, setup, 3, (done) => counted.push(done), STAND_IN);
    expect(reports.map((r) => r.file)).toEqual(files);
    expect(reports.every((r) => /^im Thread \d+ am 25\. geprüft$/.test(errorOf(r)))).toBe(true);
    expect(new Set(reports.map(errorOf)).size).toBe(3); // three threads shared the work
    expect(counted).toEqual(files.map((_, i) => i + 1));
  });

  test("no more threads than the files are worth", async () => {
    const reports = await checkInThreads(names(FILES_PER_THREAD), setup, 4, () => undefined, STAND_IN);
    expect(new Set(reports.map(errorOf)).size).toBe(1);
  });

  test("the files a failing thread held are checked in the main thread; the others stay with the threads", async () => {
    const files = names(4 * FILES_PER_THREAD, (i) =>
      i === 5 ? "/gibt-es-nicht/absturz.docx" : `/gibt-es-nicht/${i}.docx`,
    );
    const reports = await checkInThreads(files, setup, 2, () => undefined, STAND_IN);
    expect(reports.map((r) => r.file)).toEqual(files);
    expect(errorOf(reports[5])).toBe("Die Datei „/gibt-es-nicht/absturz.docx“ gibt es nicht.");
    // Besides the crashing file, at most the other one the thread held ahead went to the main thread.
    const inMain = reports.filter((r) => !errorOf(r).startsWith("im Thread"));
    expect(inMain.length === 1 || inMain.length === 2).toBe(true);
    expect(inMain.every((r) => errorOf(r) === `Die Datei „${r.file}“ gibt es nicht.`)).toBe(true);
  });

  test("a thread that cannot start leaves every file to the main thread", async () => {
    const files = names(2 * FILES_PER_THREAD);
    const reports = await checkInThreads(files, setup, 2, () => undefined, "/gibt-es-nicht/worker.js");
    expect(reports.map(errorOf)).toEqual(files.map((f) => `Die Datei „${f}“ gibt es nicht.`));
  });
});
