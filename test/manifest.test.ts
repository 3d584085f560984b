/**
 * manifest.xml: valid against Microsoft's schemas (offline), says what Word needs, and names only files that exist;
 * `npm run build` turns it into a production manifest for ADDIN_BASE_URL that is still valid.
 */
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { execFile } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { describeErrors, REPO_ROOT, validateManifest } from "./support/manifest-schema";

const DEV_BASE_URL = "https://localhost:3000";
const source = fs.readFileSync(path.join(REPO_ROOT, "manifest.xml"), "utf8");

/** All values of URL attributes (DefaultValue/Value starting with https://). */
const urlsIn = (xml: string): string[] =>
  [...xml.matchAll(/(?:DefaultValue|Value)="(https:\/\/[^"]+)"/g)].map((m) => m[1]!);

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const png = fs.readFileSync(file);
  expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe("manifest.xml", () => {
  test("validates against the Office add-in manifest schemas", async () => {
    const result = await validateManifest(source);
    expect(describeErrors(result)).toBe("");
    expect(result.valid).toBe(true);
  });

  // The validator must be able to say no, or the test above proves nothing.
  test.each([
    [
      "a required element is missing",
      (xml: string) => xml.replace(/<ProviderName>[^<]*<\/ProviderName>\s*/, ""),
      "Expected is ( {http://schemas.microsoft.com/office/appforoffice/1.1}ProviderName )",
    ],
    [
      "elements are out of order",
      (xml: string) =>
        xml
          .replace(/(\s*<Permissions>[^<]*<\/Permissions>)/, "")
          .replace("<DefaultSettings>", "<Permissions>ReadWriteDocument</Permissions><DefaultSettings>"),
      "Expected is ( {http://schemas.microsoft.com/office/appforoffice/1.1}DefaultSettings )",
    ],
    [
      "the permission is unknown",
      (xml: string) => xml.replace("<Permissions>ReadWriteDocument<", "<Permissions>Everything<"),
      "Everything",
    ],
    [
      "the button has no action",
      (xml: string) => xml.replace(/<Action xsi:type="ShowTaskpane">[\s\S]*?<\/Action>/, ""),
      "taskpaneappversionoverrides}Action",
    ],
  ])("fails validation when %s", async (_what, breakIt, mentioned) => {
    const broken = breakIt(source);
    expect(broken).not.toBe(source);
    const result = await validateManifest(broken);
    expect(result.valid).toBe(false);
    expect(describeErrors(result)).toContain(mentioned);
  });

  test("is a Word task pane add-in with a Ratsantwort button on the Home tab", () => {
    expect(source).toContain('xsi:type="TaskPaneApp"');
    expect(source).toMatch(/<Hosts>\s*<Host Name="Document"\/>\s*<\/Hosts>/);
    expect(source).toMatch(/<Sets DefaultMinVersion="1.3">\s*<Set Name="WordApi" MinVersion="1.3"\/>\s*<\/Sets>/);
    expect(source).toContain("<Permissions>ReadWriteDocument</Permissions>");
    expect(source).toContain("<DefaultLocale>de-DE</DefaultLocale>");
    expect(source).toMatch(
      /<OfficeTab id="TabHome">[\s\S]*<Control xsi:type="Button"[\s\S]*<Action xsi:type="ShowTaskpane">\s*<TaskpaneId>RatsantwortPane<\/TaskpaneId>\s*<SourceLocation resid="Taskpane.Url"\/>/,
    );
    expect(source).toContain(`<bt:Url id="Taskpane.Url" DefaultValue="${DEV_BASE_URL}/taskpane.html"/>`);
    expect(source).toMatch(/<bt:String id="Button.Label" DefaultValue="Ratsantwort">/);
  });

  test("has an en-US text for the name, the description and every ribbon string", () => {
    for (const element of ["DisplayName", "Description"]) {
      expect(source).toMatch(
        new RegExp(`<${element} DefaultValue="[^"]+">\\s*<Override Locale="en-US" Value="[^"]+"/>`),
      );
    }
    const strings = [...source.matchAll(/<bt:String id="([^"]+)"[^>]*>([\s\S]*?)<\/bt:String>/g)];
    expect(strings.length).toBeGreaterThanOrEqual(6);
    for (const [, id, body] of strings) {
      expect({ id, body }).toEqual({ id, body: expect.stringMatching(/<bt:Override Locale="en-US" Value="[^"]+"\/>/) });
    }
    expect(source).not.toMatch(/<bt:String id="[^"]+"[^>]*\/>/); // none without a body, hence without an override
  });

  test("points every URL at the dev server and every asset at a file in assets/, icons at their stated size", () => {
    const urls = urlsIn(source);
    expect(urls.length).toBeGreaterThan(10);
    for (const url of urls) expect(url.startsWith(`${DEV_BASE_URL}/`)).toBe(true);
    for (const url of urls.filter((u) => u.includes("/assets/"))) {
      expect(fs.existsSync(path.join(REPO_ROOT, url.slice(DEV_BASE_URL.length + 1)))).toBe(true);
    }
    const images = [...source.matchAll(/<bt:Image id="([^"]+)" DefaultValue="[^"]+\/assets\/(icon-(\d+)\.png)"\/>/g)];
    expect(images.map((m) => Number(m[3]))).toEqual([16, 20, 24, 32, 40, 48, 64, 80]);
    for (const [, id, file, size] of images) {
      expect({ id, ...pngSize(path.join(REPO_ROOT, "assets", file!)) }).toEqual({
        id,
        width: Number(size),
        height: Number(size),
      });
      // Every place that uses the image states the same size.
      for (const use of source.matchAll(
        new RegExp(`<bt:Image size="(\\d+)" resid="${id!.replace(".", "\\.")}"/>`, "g"),
      )) {
        expect(use[1]).toBe(size);
      }
    }
    expect(pngSize(path.join(REPO_ROOT, "assets/icon-32.png"))).toEqual({ width: 32, height: 32 }); // IconUrl
    expect(pngSize(path.join(REPO_ROOT, "assets/icon-64.png"))).toEqual({ width: 64, height: 64 }); // HighResolutionIconUrl
  });
});

// ---- the production build, exactly as `npm run build` runs it, into a temporary folder ----
const WEBPACK_CLI = require.resolve("webpack-cli/bin/cli.js");

function build(addinBaseUrl: string | undefined, outDir: string): Promise<{ ok: boolean; output: string }> {
  const env = { ...process.env };
  delete env.ADDIN_BASE_URL;
  if (addinBaseUrl !== undefined) env.ADDIN_BASE_URL = addinBaseUrl;
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [WEBPACK_CLI, "--mode", "production", "--output-path", outDir],
      { cwd: REPO_ROOT, env, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => resolve({ ok: !error, output: `${stdout}\n${stderr}` }),
    );
  });
}

const tempDirs: string[] = [];
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ratsantwort-build-"));
  tempDirs.push(dir);
  return dir;
}
afterAll(() => tempDirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

describe("npm run build (production)", () => {
  const BASE = "https://intranet.example.de/ratsantwort";
  let outDir: string;
  let manifest: string;

  beforeAll(async () => {
    outDir = tempDir();
    const result = await build(`${BASE}/`, outDir); // the trailing slash is dropped
    if (!result.ok) throw new Error(`production build failed:\n${result.output}`);
    manifest = fs.readFileSync(path.join(outDir, "manifest.xml"), "utf8");
  }, 180_000);

  test("writes a manifest whose URLs all start with ADDIN_BASE_URL", () => {
    expect(manifest).not.toMatch(/https?:\/\/(localhost|127\.0\.0\.1)/);
    expect(manifest).not.toContain(`${BASE}//`);
    const urls = urlsIn(manifest);
    expect(urls).toEqual(urlsIn(source).map((u) => BASE + u.slice(DEV_BASE_URL.length)));
    expect(manifest).toContain(`<SourceLocation DefaultValue="${BASE}/taskpane.html"/>`);
  });

  test("and that manifest still validates", async () => {
    const result = await validateManifest(manifest, "dist-manifest.xml");
    expect(describeErrors(result)).toBe("");
    expect(result.valid).toBe(true);
  });

  test("ships every file the manifest names, and loads Office.js from Microsoft's CDN", () => {
    // A query (the check button's "?tab=check") addresses the same file.
    for (const url of urlsIn(manifest))
      expect([
        url,
        fs.existsSync(path.join(outDir, new URL(url).pathname.slice(new URL(BASE).pathname.length + 1))),
      ]).toEqual([url, true]);
    const html = fs.readFileSync(path.join(outDir, "taskpane.html"), "utf8");
    expect(html).toContain("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    expect(html).not.toContain("office-js/");
    // The CSP allows that CDN for scripts, and no eval anywhere.
    expect(html).toMatch(
      /http-equiv="?Content-Security-Policy"? content="[^"]*script-src 'self' https:\/\/appsforoffice\.microsoft\.com;/,
    );
    expect(html).not.toContain("unsafe-eval");
    expect(fs.existsSync(path.join(outDir, "office-js"))).toBe(false);
    expect(
      fs
        .readdirSync(outDir)
        .filter((f) => f.endsWith(".js"))
        .every((f) => /\.[0-9a-f]{16,}\.js$/.test(f)),
    ).toBe(true);
  });

  test.each([
    ["is missing", undefined],
    ["is empty", ""],
    ["is http", "http://intranet.example.de/ratsantwort"],
    ["is not a URL", "intranet.example.de/ratsantwort"],
    ["has a query", "https://intranet.example.de/ratsantwort?x=1"],
  ])(
    "fails with a clear message when ADDIN_BASE_URL %s",
    async (_what, value) => {
      const dir = tempDir();
      const result = await build(value, dir);
      expect(result.ok).toBe(false);
      expect(result.output).toContain("ADDIN_BASE_URL");
      expect(fs.existsSync(path.join(dir, "manifest.xml"))).toBe(false);
    },
    60_000,
  );
});
