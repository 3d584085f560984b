/**
 * The command line's code cache (bin/load-cli.js): taken by V8 for the bundle it was made from, never handed to V8
 * for another one, and a damaged one costs nothing but the time it would have saved.
 */
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { copyFileSync, readFileSync, writeFileSync } from "fs";
import path from "path";
import { PassThrough, Readable } from "stream";
import { EXAMPLE_DATA, ROOT, scratch } from "./support";

// Plain JavaScript beside the command line, loaded as it is installed.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const loader = require(path.join(ROOT, "bin/load-cli.js")) as {
  loadCommandLine(folder: string): { exports: { run: Run }; script: { cachedDataRejected?: boolean }; source: string };
  writeCodeCache(script: unknown, source: string, folder: string): void;
};
type Run = (args: string[], io: { stdin: Readable; stdout: PassThrough; stderr: PassThrough }) => Promise<number>;

const tmp = scratch();
const answer = tmp.file("antwort.docx");

/** The bundle's `check` on the example answer: 1, the answer's one Fehler (unrated goals), proves it ran. */
async function checked(run: Run): Promise<number> {
  const io = { stdin: Readable.from([]), stdout: new PassThrough(), stderr: new PassThrough() };
  io.stdout.resume();
  io.stderr.resume();
  return run(["check", "--today", "25.06.2013", answer], io);
}

beforeAll(async () => {
  copyFileSync(path.join(ROOT, "build/cli/main.js"), tmp.file("main.js"));
  const { exports } = loader.loadCommandLine(tmp.dir);
  const io = { stdin: Readable.from([]), stdout: new PassThrough(), stderr: new PassThrough() };
  expect(await exports.run(["new", "--data", EXAMPLE_DATA, answer], io)).toBe(0);
});
afterAll(tmp.cleanup);

describe("the code cache", () => {
  test("without one the bundle compiles as usual; one written after a run is taken by V8 and the bundle runs", async () => {
    const first = loader.loadCommandLine(tmp.dir);
    expect(first.script.cachedDataRejected).toBeUndefined(); // no cache was handed over
    expect(await checked(first.exports.run)).toBe(1);
    loader.writeCodeCache(first.script, first.source, tmp.dir);
    const cached = loader.loadCommandLine(tmp.dir);
    expect(cached.script.cachedDataRejected).toBe(false);
    expect(await checked(cached.exports.run)).toBe(1);
  });

  test("is never handed to V8 for another bundle, even one of the same length (all V8 itself compares)", () => {
    const original = readFileSync(tmp.file("main.js"), "utf8");
    const loaded = loader.loadCommandLine(tmp.dir);
    loader.writeCodeCache(loaded.script, loaded.source, tmp.dir);
    // One character of a comment changed: the same length, another bundle.
    const changed = original.replace("// The require scope", "// The require scopf");
    expect(changed).not.toBe(original);
    writeFileSync(tmp.file("main.js"), changed);
    try {
      expect(loader.loadCommandLine(tmp.dir).script.cachedDataRejected).toBeUndefined();
    } finally {
      writeFileSync(tmp.file("main.js"), original);
    }
  });

  test("damaged or cut short, it is not handed to V8 (which would read it as it comes), and the bundle still runs", async () => {
    const loaded = loader.loadCommandLine(tmp.dir);
    loader.writeCodeCache(loaded.script, loaded.source, tmp.dir);
    const cache = readFileSync(tmp.file("main.cache"));
    writeFileSync(tmp.file("main.cache"), Buffer.from(cache).fill(0x55, 64 + 100, 64 + 400)); // inside V8's data
    const damaged = loader.loadCommandLine(tmp.dir);
    expect(damaged.script.cachedDataRejected).toBeUndefined();
    expect(await checked(damaged.exports.run)).toBe(1);
    writeFileSync(tmp.file("main.cache"), cache.subarray(0, cache.length - 1000)); // a write cut short
    expect(loader.loadCommandLine(tmp.dir).script.cachedDataRejected).toBeUndefined();
    writeFileSync(tmp.file("main.cache"), cache);
    expect(loader.loadCommandLine(tmp.dir).script.cachedDataRejected).toBe(false);
  });
});
