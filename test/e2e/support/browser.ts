/**
 * Debian's Chromium driven by playwright-core (no browser download), the pane opened as a person would open it
 * in a plain browser: the preview outside Word. Each session records what the page asked for from the network
 * and every Content-Security-Policy violation, so that "the pane loads nothing but its own files and Office.js"
 * is checked on every run; and each state can be checked with axe-core and photographed.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import { expect } from "@jest/globals";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import AxeBuilder from "@axe-core/playwright";
import { CHROMIUM, DOCS_SCREENSHOTS, OUTPUT_DIR, ROOT } from "./environment";
import CHROMIUM_ARGS from "../../../scripts/chromium-args.json";

const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const OFFICE_JS_DIR = path.join(ROOT, "node_modules", "@microsoft", "office-js", "dist");
/** Office.js's own telemetry, which the pane's CSP blocks on purpose (webpack.config.js). */
const OFFICE_TELEMETRY =
  /^https:\/\/([a-z0-9-]+\.)*(oaspapps\.com|aria\.microsoft\.com|events\.data\.microsoft\.com)(\/|$)/;

let home: string | null = null;

/** Chromium as the machines here run it: headless, no sandbox (root in a container), nothing in the background. */
export async function launchChromium(): Promise<Browser> {
  home = mkdtempSync(path.join(tmpdir(), "ratsantwort-e2e-home-"));
  return chromium.launch({
    executablePath: CHROMIUM,
    // Playwright gives every launch a fresh, empty user-data-dir of its own.
    args: CHROMIUM_ARGS,
    env: { ...process.env, HOME: home },
  });
}

export async function closeChromium(browser: Browser | undefined): Promise<void> {
  await browser?.close();
  if (home) rmSync(home, { recursive: true, force: true });
  home = null;
}

export interface SessionOptions {
  width: number;
  height?: number;
  colorScheme?: "light" | "dark";
  /** Added to taskpane.html's address (the preview's options, see src/preview/options.ts). */
  query?: string;
  /** "cdn": Office.js from Microsoft's address, answered locally; "unreachable": that address fails. */
  officeJs?: "cdn" | "unreachable";
  locale?: string;
  /** Origins besides the page's own that the page may ask (an OParl server the test routes). */
  allowedOrigins?: string[];
  /** Answers some of the page's requests before it loads (a profile of the test's, a routed server). */
  route?: (context: BrowserContext) => Promise<void>;
}

export interface Session {
  page: Page;
  context: BrowserContext;
  /** The pane (the main landmark) and the preview's document (its region). */
  pane: ReturnType<Page["getByRole"]>;
  document: ReturnType<Page["getByRole"]>;
  /** Waits until a screen reader has been told something matching (through Fluent's live announcer). */
  announced(text: RegExp): Promise<void>;
  /** Fails the test if the page fetched anything but its own files and Office.js, broke its CSP, or threw. */
  close(): Promise<void>;
}

export async function openPreview(browser: Browser, origin: string, options: SessionOptions): Promise<Session> {
  const context = await browser.newContext({
    viewport: { width: options.width, height: options.height ?? 900 },
    colorScheme: options.colorScheme ?? "light",
    locale: options.locale ?? "de-DE",
    deviceScaleFactor: 1,
  });
  const foreign: string[] = [];
  const pageErrors: string[] = [];
  context.on("request", (request) => {
    const url = request.url();
    const allowed = [origin, ...(options.allowedOrigins ?? [])].some((o) => url.startsWith(`${o}/`));
    if (!allowed && !url.startsWith(OFFICE_JS_CDN) && !url.startsWith("data:")) foreign.push(url);
  });
  await context.route(`${OFFICE_JS_CDN}**`, async (route) => {
    if (options.officeJs === "unreachable") return route.abort("namenotresolved");
    const file = path.resolve(OFFICE_JS_DIR, route.request().url().slice(OFFICE_JS_CDN.length).split("?")[0]);
    if (!file.startsWith(OFFICE_JS_DIR + path.sep)) return route.abort();
    try {
      return await route.fulfill({ body: readFileSync(file), contentType: "text/javascript" });
    } catch {
      return route.fulfill({ status: 404 });
    }
  });
  // Recorded in the page itself; Playwright's scripts are not subject to the page's CSP.
  await context.addInitScript(() => {
    const record: { blockedURI: string; directive: string; source: string }[] = [];
    (window as unknown as { __cspViolations: typeof record }).__cspViolations = record;
    document.addEventListener("securitypolicyviolation", (event) => {
      record.push({ blockedURI: event.blockedURI, directive: event.effectiveDirective, source: event.sourceFile });
    });
    // What a screen reader is told: Fluent's announcer uses document.ariaNotify where the browser has it (Chromium).
    const announced: string[] = [];
    (window as unknown as { __announced: string[] }).__announced = announced;
    const notify = (document as unknown as { ariaNotify?: (message: string, options?: unknown) => void }).ariaNotify;
    if (typeof notify === "function") {
      Object.defineProperty(document, "ariaNotify", {
        configurable: true,
        value: (message: string, options?: unknown) => {
          announced.push(message);
          return notify.call(document, message, options);
        },
      });
    }
  });
  await options.route?.(context);
  const page = await context.newPage();
  page.on("pageerror", (error) => pageErrors.push(error.stack ?? error.message));
  await page.goto(`${origin}/taskpane.html${options.query ?? ""}`);
  return {
    page,
    context,
    pane: page.getByRole("main"),
    document: page.getByRole("region", { name: /Beispieldokument|Sample document/ }),
    async announced(text) {
      await page.waitForFunction(
        ([source, flags]) =>
          (window as unknown as { __announced: string[] }).__announced.some((m) => new RegExp(source, flags).test(m)),
        [text.source, text.flags] as const,
        { timeout: 5_000 },
      );
    },
    async close() {
      const violations = await page.evaluate(
        () =>
          (window as unknown as { __cspViolations: { blockedURI: string; directive: string; source: string }[] })
            .__cspViolations,
      );
      await context.close();
      expect(foreign).toEqual([]);
      // Office.js's telemetry frame and beacons are blocked by design; anything else would be ours.
      expect(violations.filter((v) => !OFFICE_TELEMETRY.test(v.blockedURI))).toEqual([]);
      expect(pageErrors).toEqual([]);
    },
  };
}

// ---------------------------------------------------------------- accessibility

export interface AxeRecord {
  state: string;
  violations: { id: string; impact: string | null; nodes: number; help: string }[];
  passes: number;
}

export const axeRecords: AxeRecord[] = [];

/**
 * Fluent UI's keyboard navigation (tabster) puts focusable, aria-hidden <i data-tabster-dummy> elements at the
 * edges of tab lists and dialogs: they only pass the focus on, and must stay hidden from screen readers. axe
 * reports them as aria-hidden-focus; Fluent calls it by design (microsoft/fluentui#27517, microsoft/tabster#288)
 * and Accessibility Insights suppresses exactly these (microsoft/accessibility-insights-web#7605). So do we:
 * that rule, those elements, nothing else.
 */
function withoutTabsterDummies<T extends { id: string; nodes: { html: string }[] }>(violations: T[]): T[] {
  return violations
    .map((v) =>
      v.id === "aria-hidden-focus"
        ? { ...v, nodes: v.nodes.filter((n) => !/^<i [^>]*data-tabster-dummy/.test(n.html)) }
        : v,
    )
    .filter((v) => v.nodes.length > 0);
}

/** axe-core on the whole page in this state: no serious or critical violation; the rest is recorded. */
export async function expectAccessible(page: Page, state: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const found = withoutTabsterDummies(results.violations);
  const violations = found.map((v) => ({ id: v.id, impact: v.impact ?? null, nodes: v.nodes.length, help: v.help }));
  axeRecords.push({ state, violations, passes: results.passes.length });
  const blocking = found
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${state}: ${v.id} (${v.impact}) ${v.help}: ${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 5)
          .join(" | ")}`,
    );
  expect(blocking).toEqual([]);
}

export function writeAxeReport(file: string): void {
  mkdirSync(OUTPUT_DIR, { recursive: true });
  writeFileSync(path.join(OUTPUT_DIR, file), `${JSON.stringify(axeRecords, null, 2)}\n`);
}

// ---------------------------------------------------------------- screenshots

/**
 * A screenshot in .test-output/e2e/; `docsName` marks the ones README.md shows, which `npm run screenshots`
 * also writes to docs/screenshots/.
 */
export async function screenshot(
  target: Page | ReturnType<Page["getByRole"]>,
  name: string,
  docsName?: string,
  maxHeight = 1100,
): Promise<void> {
  mkdirSync(OUTPUT_DIR, { recursive: true });
  const file = path.join(OUTPUT_DIR, `${name}.png`);
  if ("goto" in target) {
    await target.screenshot({ path: file, animations: "disabled", caret: "hide" });
  } else {
    // An element: its top part at most, scrolled into the page's full height.
    const box = await target.boundingBox();
    if (!box) throw new Error(`screenshot ${name}: the element is not visible`);
    const page = target.page();
    await page.screenshot({
      path: file,
      animations: "disabled",
      caret: "hide",
      fullPage: true,
      clip: {
        x: box.x,
        y: box.y + (await page.evaluate(() => window.scrollY)),
        width: box.width,
        height: Math.min(box.height, maxHeight),
      },
    });
  }
  if (docsName && DOCS_SCREENSHOTS) {
    mkdirSync(DOCS_SCREENSHOTS, { recursive: true });
    copyFileSync(file, path.join(DOCS_SCREENSHOTS, `${docsName}.png`));
  }
}
