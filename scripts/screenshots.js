#!/usr/bin/env node
/**
 * npm run screenshots: runs the browser tests (test/e2e) and writes the screenshots README.md shows to
 * docs/screenshots/. Every run of the tests writes all of them to .test-output/e2e/; only this one touches docs/.
 */
"use strict";
const { spawnSync } = require("child_process");
const path = require("path");

const root = path.resolve(__dirname, "..");
const jest = path.join(path.dirname(require.resolve("jest/package.json", { paths: [root] })), "bin", "jest.js");
const result = spawnSync(process.execPath, [jest, "--config", "jest.e2e.config.js", "--testPathPatterns", "pane.e2e"], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, RATSANTWORT_SCREENSHOTS: "docs" },
});
if (result.status === 0) process.stdout.write(`Screenshots: ${path.join(root, "docs", "screenshots")}\n`);
process.exit(result.status ?? 1);
