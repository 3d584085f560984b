#!/usr/bin/env node
/**
 * After `webpack --env cli`: runs the new bundle once through `new` and `check` on the example answer, then saves
 * V8's code cache of it with the functions that work compiled (build/cli/main.cache, read by bin/load-cli.js).
 * Every later call skips compiling them: 5–8 % of a check over the corpus (CPU and wall), measured side by side.
 */
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const { Writable } = require("stream");
const { loadCommandLine, removeCodeCache, writeCodeCache } = require("../bin/load-cli.js");

const ROOT = path.resolve(__dirname, "..");
const silent = () => new Writable({ write: (_chunk, _encoding, done) => done() });

async function main() {
  removeCodeCache(); // a cache of the bundle before must not be loaded into this run
  const { exports, script, source } = loadCommandLine();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ratsantwort-cache-"));
  try {
    const answer = path.join(dir, "antwort.docx");
    const io = { stdin: process.stdin, stdout: silent(), stderr: silent() };
    await exports.run(["new", "--data", path.join(ROOT, "docs/beispiel-antwort.json"), answer], io);
    await exports.run(["check", "--json", answer], io);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  writeCodeCache(script, source);
}

main().catch((error) => {
  // No cache is no error: the command line then compiles as it always did.
  process.stderr.write(`Kein Code-Cache für die Kommandozeile: ${error.message}\n`);
});
