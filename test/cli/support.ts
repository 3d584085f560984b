/** Running the command line in-process, with captured streams and a scratch folder. */
import { mkdtempSync, rmSync } from "fs";
import os from "os";
import path from "path";
import { PassThrough, Readable } from "stream";
import { run } from "../../src/cli/main";

export const ROOT = path.resolve(__dirname, "../..");
export const EXAMPLE_DATA = path.join(ROOT, "docs/beispiel-antwort.json");
/** The seed's day after: the date the example is checked on. */
export const SEED_DAY = "25.06.2013";

function collect(stream: PassThrough): () => string {
  const chunks: Buffer[] = [];
  stream.on("data", (c: Buffer) => chunks.push(c));
  return () => Buffer.concat(chunks).toString("utf8");
}

export async function runCli(args: string[], options: { terminal?: boolean } = {}) {
  const stdout = new PassThrough();
  const stderr = Object.assign(new PassThrough(), options.terminal ? { isTTY: true, columns: 100 } : {});
  const out = collect(stdout);
  const err = collect(stderr);
  const code = await run(args, { stdin: Readable.from([]), stdout, stderr });
  return { code, stdout: out(), stderr: err() };
}

/** A fresh folder per test file, removed afterwards. */
export function scratch(): { dir: string; file: (name: string) => string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), "ratsantwort-cli-"));
  return { dir, file: (name) => path.join(dir, name), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
