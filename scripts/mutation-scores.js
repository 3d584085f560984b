#!/usr/bin/env node
/**
 * The mutation scores issue 14 asks for, per part, from the JSON reports `npm run mutate` leaves in reports/:
 * killed and timed-out mutants over all that a test could have caught (survived and uncovered ones count against
 * it; ignored ones, and those that did not compile or crashed the run, do not), as Stryker counts its own score.
 *   node scripts/mutation-scores.js
 */
"use strict";
const fs = require("fs");
const path = require("path");

const ROOT = path.join(__dirname, "..");
const CORE = "reports/mutation-core/mutation.json";
const WORD = "reports/mutation-word/mutation.json";
/** The parts, the report each is measured in (stryker.core.config.json, stryker.config.json) and what it must reach. */
const PARTS = [
  { dir: "src/core/check/", report: CORE, target: 85 },
  { dir: "src/core/questions/", report: CORE, target: 80 },
  { dir: "src/core/docx/", report: CORE, target: 80 },
  { dir: "src/word/", report: WORD, target: 85 },
];
const DETECTED = new Set(["Killed", "Timeout"]);
const MISSED = new Set(["Survived", "NoCoverage"]);

function mutantsOf(report) {
  const file = path.join(ROOT, report);
  return fs.existsSync(file) ? Object.entries(JSON.parse(fs.readFileSync(file, "utf8")).files) : [];
}

/** Caught and missed mutants of each part, in its own report. */
function tally() {
  const reports = new Map();
  return PARTS.map(({ dir, report, target }) => {
    if (!reports.has(report)) reports.set(report, mutantsOf(report));
    let detected = 0;
    let missed = 0;
    for (const [name, { mutants }] of reports.get(report)) {
      if (!name.startsWith(dir)) continue;
      for (const { status } of mutants) {
        if (DETECTED.has(status)) detected++;
        else if (MISSED.has(status)) missed++;
      }
    }
    return { dir, report, target, detected, missed };
  });
}

function main() {
  for (const { dir, report, target, detected, missed } of tally()) {
    const total = detected + missed;
    if (total === 0) {
      console.log(`${dir.padEnd(22)} not measured (${report} holds none of it)`);
      continue;
    }
    const score = (100 * detected) / total;
    const verdict = score >= target ? "ok" : `below ${target} %`;
    console.log(`${dir.padEnd(22)} ${score.toFixed(1).padStart(5)} %  (${detected} of ${total} caught; ${verdict})`);
  }
}

main();
