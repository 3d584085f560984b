#!/usr/bin/env node
"use strict";
// Compiled by `npm run build:cli` (run by `npm install` through "prepare").
const os = require("os");
const { run } = require("../build/cli/cli/main.js");

/** A check of many files uses every core; RATSANTWORT_THREADS=1 keeps it in one thread (to measure, or to save memory). */
const threads = Number(process.env.RATSANTWORT_THREADS) || os.availableParallelism();

run(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, threads }).then(
  (code) => {
    process.exitCode = code;
  },
);
