/**
 * A thread of a check of many files (checkPool.ts): it is told the profile and the day once, then checks one file
 * per message and answers with its report. Reading and checking never throw (checkFile.ts).
 */
import { parentPort, workerData } from "worker_threads";
import { checkRead, readForCheck } from "./checkFile";
import type { CheckJob, CheckSetup, CheckedFile } from "./checkPool";

const { profile, today } = workerData as CheckSetup;

parentPort?.on("message", ({ index, file }: CheckJob) => {
  const answer: CheckedFile = { index, report: checkRead(readForCheck(file), profile, today) };
  parentPort?.postMessage(answer);
});
