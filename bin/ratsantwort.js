#!/usr/bin/env node
"use strict";
// Compiled by `npm run build:cli` (run by `npm install` through "prepare").
const { run } = require("../build/cli/main.js");

run(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr }).then((code) => {
  process.exitCode = code;
});
