/**
 * The production build's taskpane.html: a Content-Security-Policy that lets the page load nothing but its own
 * files and Office.js, no inline script, no eval, and scripts that need none. (Every browser session of
 * pane.e2e.ts also records what the page requested and each CSP violation.)
 */
import { readFileSync, readdirSync } from "fs";
import path from "path";
import { describe, expect, test } from "@jest/globals";
import { buildDir, E2E_OPARL_ENDPOINT } from "./support/environment";

const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** Attribute values of a tag in minified HTML: quoted or not. */
function attributes(tag: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const m of tag.matchAll(/([a-zA-Z-:]+)(?:=(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?/g))
    found[m[1].toLowerCase()] = m[2] ?? m[3] ?? m[4] ?? "";
  return found;
}

describe("the built taskpane.html (production build, made by setup.ts)", () => {
  const html = () => readFileSync(path.join(buildDir(), "taskpane.html"), "utf8");

  const policy = () => {
    const meta = [...html().matchAll(/<meta\b[^>]*>/gi)]
      .map((m) => attributes(m[0]))
      .find((a) => a["http-equiv"]?.toLowerCase() === "content-security-policy");
    expect(meta).toBeDefined();
    return Object.fromEntries(
      meta!.content
        .split(";")
        .map((d) => d.trim().split(/\s+/))
        .filter((d) => d[0])
        .map(([name, ...values]) => [name, values]),
    );
  };

  test("its CSP allows scripts from the page's own origin and Office.js's address only, never inline or eval", () => {
    const csp = policy();
    expect(csp["default-src"]).toEqual(["'self'"]);
    expect(csp["script-src"]).toEqual(["'self'", "https://appsforoffice.microsoft.com"]);
    // Connections: the page's own origin, and the OParl endpoint's that this build was given (setup.ts) — no other.
    expect(csp["connect-src"]).toEqual(["'self'", new URL(E2E_OPARL_ENDPOINT).origin]);
    expect(csp["object-src"]).toEqual(["'none'"]);
    expect(csp["base-uri"]).toEqual(["'self'"]);
    expect(csp["form-action"]).toEqual(["'none'"]);
    expect(csp["img-src"]).toEqual(["'self'", "data:"]);
    // No frame-src, worker-src, font-src of their own: they fall back to default-src 'self'.
    expect(Object.keys(csp).sort()).toEqual([
      "base-uri",
      "connect-src",
      "default-src",
      "form-action",
      "img-src",
      "object-src",
      "script-src",
      "style-src",
    ]);
    for (const values of Object.values(csp) as string[][])
      expect(
        values.filter((v) => v === "*" || v === "'unsafe-eval'" || v === "'wasm-unsafe-eval'" || v === "blob:"),
      ).toEqual([]);
    // Fluent UI inserts its styles at run time: inline styles, never inline script.
    expect(csp["style-src"]).toEqual(["'self'", "'unsafe-inline'"]);
  });

  test("every script is a file of the build or Office.js; no inline script, no event handler attribute", () => {
    const scripts = [...html().matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.length).toBeGreaterThan(1);
    for (const [, attrs, body] of scripts) {
      expect(body.trim()).toBe("");
      const src = attributes(attrs).src;
      expect(src === OFFICE_JS || readdirSync(buildDir()).includes(src)).toBe(true);
    }
    expect(html()).not.toMatch(/\son[a-z]+\s*=/i);
    expect(html()).not.toMatch(/javascript:/i);
  });

  test("no built script makes code from strings (the CSP would stop it, and nothing may rely on it)", () => {
    const files = readdirSync(buildDir()).filter((f) => f.endsWith(".js"));
    expect(files.length).toBeGreaterThan(2);
    const offenders = files.filter((f) =>
      /\beval\(|new Function\(|\bFunction\(\s*["'`]|setTimeout\(\s*["'`]|setInterval\(\s*["'`]/.test(
        readFileSync(path.join(buildDir(), f), "utf8"),
      ),
    );
    expect(offenders).toEqual([]);
  });
});
