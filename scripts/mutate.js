#!/usr/bin/env node
/**
 * `npm run mutate`: StrykerJS over the core (src/core/check, questions, docx against test/core) and over the Word
 * layer (src/word against test/word), one after the other, each incremental, then the scores per part
 * (scripts/mutation-scores.js). Arguments go to both runs, e.g. `npm run mutate -- --force`.
 */
"use strict";
const { spawnSync } = require("child_process");
const path = require("path");

const ROOT = path.join(__dirname, "..");
const STRYKER = path.join(ROOT, "node_modules/@stryker-mutator/core/bin/stryker.js");
const env = { ...process.env, RATSANTWORT_SHARED: process.env.RATSANTWORT_SHARED ?? path.join(ROOT, "../shared") };

let failed = false;
for (const config of ["stryker.core.config.json", "stryker.config.json"]) {
  const run = spawnSync(process.execPath, [STRYKER, "run", config, ...process.argv.slice(2)], {
    cwd: ROOT,
    env,
    stdio: "inherit",
  });
  failed ||= run.status !== 0;
}
spawnSync(process.execPath, [path.join(__dirname, "mutation-scores.js")], { cwd: ROOT, stdio: "inherit" });
process.exitCode = failed ? 1 : 0;
