#!/usr/bin/env node
/**
 * npm test: every stage runs, whatever an earlier one did, so that one red stage does not hide another; the run
 * fails at the end if any stage failed, and says how long each took.
 */
"use strict";
const { spawnSync } = require("child_process");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
const bin = (name) => path.join(ROOT, "node_modules", ".bin", name);

const STAGES = [
  ["Typprüfung", bin("tsc"), ["--noEmit", "-p", "tsconfig.json"]],
  ["Lint (ESLint)", bin("eslint"), ["."]],
  ["Format (Prettier)", bin("prettier"), ["--check", "."]],
  ["Kommandozeile bauen", bin("webpack"), ["--env", "cli"]],
  ["Jest", bin("jest"), []],
  ["Browsertests", bin("jest"), ["--config", "jest.e2e.config.js"]],
];

const results = STAGES.map(([name, command, args]) => {
  process.stdout.write(`\n== ${name}\n`);
  const start = Date.now();
  const run = spawnSync(command, [...args, ...(command === bin("jest") ? process.argv.slice(2) : [])], {
    cwd: ROOT,
    stdio: "inherit",
  });
  return { name, ok: run.status === 0, seconds: (Date.now() - start) / 1000 };
});

process.stdout.write("\n");
for (const r of results)
  process.stdout.write(`${r.ok ? "ok     " : "FEHLER "} ${r.name.padEnd(22)} ${r.seconds.toFixed(1).padStart(6)} s\n`);
process.exitCode = results.every((r) => r.ok) ? 0 : 1;
