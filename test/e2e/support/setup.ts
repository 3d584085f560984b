/**
 * Before the browser tests: a production build of the pane in a folder of its own (dist/ is left alone), as
 * administrators deploy it. The browser tests are required in CI: there a missing Chromium fails the run.
 */
import { execFileSync } from "child_process";
import { mkdtempSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import { chromiumMissing, E2E_OPARL_ENDPOINT, ROOT } from "./environment";

export default function setup(): void {
  const missing = chromiumMissing();
  if (missing) {
    if (process.env.CI)
      throw new Error(`${missing}\nIn CI the browser tests are required (.ci/run installs chromium).`);
    process.stderr.write(`\n${missing}\n`);
  }
  // The build is checked without a browser too (csp.e2e.ts).
  if (process.env.E2E_BUILD_DIR) return;
  const dir = mkdtempSync(path.join(tmpdir(), "ratsantwort-e2e-build-"));
  const webpack = require.resolve("webpack-cli/bin/cli.js", { paths: [ROOT] });
  try {
    execFileSync(process.execPath, [webpack, "--mode", "production", "--output-path", dir], {
      cwd: ROOT,
      // A council information system the CSP allows: the OParl tests route its address to a local server.
      env: {
        ...process.env,
        ADDIN_BASE_URL: "https://ratsantwort.example.de/addin",
        OPARL_ENDPOINT: E2E_OPARL_ENDPOINT,
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
  } catch (error) {
    const output = error as { stdout?: Buffer; stderr?: Buffer };
    throw new Error(
      `The production build for the browser tests failed:\n${output.stdout?.toString() ?? ""}${output.stderr?.toString() ?? ""}`,
    );
  }
  process.env.E2E_BUILD_DIR = dir;
  process.env.E2E_BUILD_IS_TEMPORARY = "1";
}
