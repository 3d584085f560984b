/**
 * Time from navigation to the pane's first interactive render, in headless Chromium (Debian's, driven by
 * playwright-core): the production build served on 127.0.0.1, Office.js's CDN address answered from the local
 * package (the machines here have no network). Outside Word the pane starts its preview, whose first button is
 * what a person can press first. Median of several loads, each in a fresh browser context.
 * first_interactive_ratio: against a reference page (React and one Fluent button, scripts/bench/reference) built
 * with the same settings in the same run and loaded alternately with the pane, so that a busy machine slows both.
 */
"use strict";
const { execFileSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const http = require("http");
const path = require("path");
/** The switches the browser tests launch Chromium with (test/e2e/support/browser.ts): the same browser, measured. */
const CHROMIUM_ARGS = require("../chromium-args.json");

const RUNS = 5;
const CHROMIUM = "/usr/bin/chromium";
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".png": "image/png",
  ".xml": "application/xml",
};

function serve(dir) {
  const server = http.createServer((request, response) => {
    const file = path.join(dir, decodeURIComponent(new URL(request.url, "http://x").pathname));
    if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      response.writeHead(404).end();
      return;
    }
    response
      .writeHead(200, { "Content-Type": TYPES[path.extname(file)] || "application/octet-stream" })
      .end(fs.readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

async function firstInteractiveMs(browser, url, officeJsDir) {
  // German, as the staff's browsers and Words are: the pane speaks the browser's language outside Word.
  const context = await browser.newContext({ viewport: { width: 400, height: 800 }, locale: "de-DE" });
  // Playwright tries the route added last first: the catch-all goes in before Office.js's address.
  await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
  await context.route("https://appsforoffice.microsoft.com/**", (route) => {
    const file = path.join(officeJsDir, new URL(route.request().url()).pathname.replace("/lib/1/hosted/", ""));
    return fs.existsSync(file)
      ? route.fulfill({ path: file, contentType: "text/javascript" })
      : route.fulfill({ status: 404 });
  });
  const page = await context.newPage();
  await page.goto(url);
  const button = page.getByRole("button", { name: "Antwort einfügen" });
  await button.waitFor({ state: "visible", timeout: 30000 });
  await page.waitForFunction(() => {
    const b = [...document.querySelectorAll("button")].find((e) => e.textContent === "Antwort einfügen");
    return b && !b.disabled;
  });
  const ms = await page.evaluate(() => performance.now());
  await context.close();
  return ms;
}

/** The reference page, built as the pane is (production, same webpack configuration). */
function referenceBuild(root) {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "ratsantwort-bench-reference-"));
  execFileSync(
    process.execPath,
    [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production", "--env", "reference", "--output-path", out],
    { cwd: root, stdio: "ignore", env: { ...process.env, ADDIN_BASE_URL: "https://bench.invalid/ratsantwort" } },
  );
  return out;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

exports.measure = async ({ root, buildDir }) => {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} fehlt (apt-get install chromium)`);
  const { chromium } = require("playwright-core");
  const officeJsDir = path.join(root, "node_modules/@microsoft/office-js/dist");
  const referenceDir = referenceBuild(root);
  const server = await serve(buildDir);
  const reference = await serve(referenceDir);
  const home = fs.mkdtempSync(path.join(require("os").tmpdir(), "ratsantwort-bench-home-"));
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
    env: { ...process.env, HOME: home },
  });
  try {
    const url = (s) => `http://127.0.0.1:${s.address().port}/taskpane.html`;
    const pane = [];
    const base = [];
    for (let i = 0; i < RUNS; i++) {
      pane.push(await firstInteractiveMs(browser, url(server), officeJsDir));
      base.push(await firstInteractiveMs(browser, url(reference), officeJsDir));
    }
    return {
      first_interactive_ms: Math.round(median(pane)),
      reference_first_interactive_ms: Math.round(median(base)),
      first_interactive_ratio: Math.round((median(pane) / median(base)) * 100) / 100,
    };
  } finally {
    await browser.close();
    server.close();
    reference.close();
    fs.rmSync(referenceDir, { recursive: true, force: true });
    fs.rmSync(home, { recursive: true, force: true });
  }
};
