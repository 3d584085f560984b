/** Where the browser tests find Chromium and the build, and where they put what they produce. */
import { existsSync } from "fs";
import path from "path";

export const ROOT = path.resolve(__dirname, "../../..");

/** Debian's chromium (apt-get install chromium); CHROMIUM_PATH points elsewhere. Never a downloaded browser. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Screenshots and the accessibility report of the last run (git ignores .test-output/). */
export const OUTPUT_DIR = path.join(ROOT, ".test-output", "e2e");

/** `npm run screenshots` sets this: the chosen screenshots also go to docs/screenshots/. */
export const DOCS_SCREENSHOTS =
  process.env.RATSANTWORT_SCREENSHOTS === "docs" ? path.join(ROOT, "docs", "screenshots") : null;

export function chromiumMissing(): string | null {
  if (existsSync(CHROMIUM)) return null;
  return `Chromium fehlt (${CHROMIUM}): apt-get install chromium. Chromium is missing: the browser tests of the built pane did not run.`;
}

/** The OParl endpoint the browser tests' build allows (OPARL_ENDPOINT); its requests are answered by a local server. */
export const E2E_OPARL_ENDPOINT = "https://ratsinfo.example/oparl/v1/body/1";

/** The build the tests serve: made by setup.ts, or given (E2E_BUILD_DIR=dist after npm run build:dev, say). */
export function buildDir(): string {
  const dir = process.env.E2E_BUILD_DIR;
  if (!dir) throw new Error("E2E_BUILD_DIR is not set: test/e2e/support/setup.ts builds the pane first");
  return dir;
}
