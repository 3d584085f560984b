#!/usr/bin/env node
"use strict";
// Compiled by `npm run build:cli` (run by `npm install` through "prepare"), with V8's code cache beside it.
const { loadCommandLine } = require("./load-cli.js");

const { run } = loadCommandLine().exports;
run(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr }).then((code) => {
  process.exitCode = code;
});
