#!/usr/bin/env node
/**
 * The mutation scores issue 14 asks for, per part: killed and timed-out mutants over all that a test could have
 * caught (survived and uncovered ones count against it; ignored ones, and those that did not compile or crashed the
 * run, do not), as Stryker counts its own score. Read from Stryker's incremental files, which keep every file's
 * last results, so that runs narrowed with --mutate add up; a file changed since its run is named as such.
 *   node scripts/mutation-scores.js
 */
"use strict";
const fs = require("fs");
const path = require("path");

const ROOT = path.join(__dirname, "..");
const CORE = "reports/stryker-incremental-core.json";
const WORD = "reports/stryker-incremental.json";
/** Where each report's tests are (jest.stryker.core.config.js, jest.stryker.config.js). */
const TESTS = { [CORE]: "test/core", [WORD]: "test/word" };
/** The parts, the report each is measured in (stryker.core.config.json, stryker.config.json) and what it must reach. */
const PARTS = [
  { dir: "src/core/check/", report: CORE, target: 85 },
  { dir: "src/core/questions/", report: CORE, target: 80 },
  { dir: "src/core/docx/", report: CORE, target: 80 },
  { dir: "src/word/", report: WORD, target: 85 },
];
const DETECTED = new Set(["Killed", "Timeout"]);
const MISSED = new Set(["Survived", "NoCoverage"]);

/** Whether the file is no longer what was measured (its mutants are then re-tested by the next run). */
function changedSince(name, source) {
  const file = path.join(ROOT, name);
  return !fs.existsSync(file) || fs.readFileSync(file, "utf8") !== source;
}

function mutantsOf(report) {
  const file = path.join(ROOT, report);
  return fs.existsSync(file) ? Object.entries(JSON.parse(fs.readFileSync(file, "utf8")).files) : [];
}

/**
 * The test files under `testDir` that the report's run saw in another version or not at all: the scores above do
 * not know them yet. The next incremental run tests again what Stryker's diff finds touched; --force, everything.
 */
function testsNotSeenBy(report, testDir) {
  const file = path.join(ROOT, report);
  if (!fs.existsSync(file)) return [];
  const seen = JSON.parse(fs.readFileSync(file, "utf8")).testFiles ?? {};
  return fs
    .readdirSync(path.join(ROOT, testDir), { recursive: true })
    .map((name) => path.join(testDir, name))
    .filter((name) => /\.test\.tsx?$/.test(name))
    .filter((name) => seen[name] === undefined || changedSince(name, seen[name].source));
}

/** Caught and missed mutants of each part, in its own report. */
function tally() {
  const reports = new Map();
  return PARTS.map(({ dir, report, target }) => {
    if (!reports.has(report)) reports.set(report, mutantsOf(report));
    let detected = 0;
    let missed = 0;
    const changed = [];
    for (const [name, { mutants, source }] of reports.get(report)) {
      if (!name.startsWith(dir)) continue;
      if (changedSince(name, source)) changed.push(name);
      for (const { status } of mutants) {
        if (DETECTED.has(status)) detected++;
        else if (MISSED.has(status)) missed++;
      }
    }
    return { dir, report, target, detected, missed, changed };
  });
}

function main() {
  for (const { dir, report, target, detected, missed, changed } of tally()) {
    const total = detected + missed;
    if (total === 0) {
      console.log(`${dir.padEnd(22)} not measured (${report} holds none of it)`);
      continue;
    }
    const score = (100 * detected) / total;
    const verdict = score >= target ? "ok" : `below ${target} %`;
    console.log(`${dir.padEnd(22)} ${score.toFixed(1).padStart(5)} %  (${detected} of ${total} caught; ${verdict})`);
    if (changed.length > 0) console.log(`${"".padEnd(22)} changed since measured: ${changed.join(", ")}`);
  }
  for (const [report, testDir] of Object.entries(TESTS)) {
    const unseen = testsNotSeenBy(report, testDir);
    if (unseen.length === 0) continue;
    console.log(`Tests new or changed since the last run of ${report} (or covering nothing it mutates):`);
    console.log(`  ${unseen.join(", ")}`);
    console.log("  The scores above predate them: `npm run mutate` measures again what they touch.");
  }
}

main();
