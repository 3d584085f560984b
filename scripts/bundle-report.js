#!/usr/bin/env node
/**
 * npm run bundle:report: what the pane's first load spends its bytes on. A production build with source maps in
 * a folder of its own, the scripts taskpane.html loads at start read by source-map-explorer, summed per package
 * (our own code per folder of src/), gzipped sizes per file, largest first. The sum exceeds the real gzipped
 * total (each file is compressed alone); the shares are what counts.
 */
"use strict";
const { execFileSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { explore } = require("source-map-explorer");

const ROOT = path.resolve(__dirname, "..");

function build() {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "ratsantwort-bundle-"));
  execFileSync(
    process.execPath,
    [
      require.resolve("webpack-cli/bin/cli.js"),
      "--mode",
      "production",
      "--devtool",
      "source-map",
      "--output-path",
      out,
    ],
    { cwd: ROOT, stdio: "ignore", env: { ...process.env, ADDIN_BASE_URL: "https://bundle.invalid/ratsantwort" } },
  );
  return out;
}

function initialScripts(dir) {
  const html = fs.readFileSync(path.join(dir, "taskpane.html"), "utf8");
  return [...html.matchAll(/<script[^>]*\ssrc=(?:"([^"]+)"|([^\s>]+))/g)]
    .map((m) => m[1] ?? m[2])
    .filter((src) => !/^https?:/.test(src))
    .map((src) => path.join(dir, src));
}

/** "react-dom", "@fluentui/react-tabs", or our own folder ("src/core/ooxml"). */
function owner(source) {
  const name = source.replace(/^webpack:\/\/[^/]+\//, "");
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(name);
  return pkg ? pkg[1] : path.dirname(name);
}

async function main() {
  const dir = build();
  try {
    const result = await explore(initialScripts(dir), { gzip: true, noBorderChecks: true });
    const sizes = new Map();
    for (const bundle of result.bundles)
      for (const [source, { size }] of Object.entries(bundle.files))
        sizes.set(owner(source), (sizes.get(owner(source)) ?? 0) + size);
    const rows = [...sizes].sort((a, b) => b[1] - a[1]);
    const total = rows.reduce((sum, [, size]) => sum + size, 0);
    for (const [name, size] of rows)
      process.stdout.write(
        `${String(size).padStart(8)}  ${((size / total) * 100).toFixed(1).padStart(5)} %  ${name}\n`,
      );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  process.stderr.write(`${error.stack || error}\n`);
  process.exitCode = 1;
});
