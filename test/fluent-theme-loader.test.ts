/**
 * The themes as CSS (scripts/fluent-theme-loader.js): every token of Fluent's web themes, as FluentProvider would
 * write it, on :root. (That the built pane shows them, light and dark, with axe content: test/e2e/pane.e2e.ts.)
 */
import { describe, expect, test } from "@jest/globals";
import { webDarkTheme, webLightTheme } from "@fluentui/react-theme";

// eslint-disable-next-line @typescript-eslint/no-require-imports -- a build script, CommonJS
const loader = require("../scripts/fluent-theme-loader.js") as (this: { resourcePath: string }) => string;

const themeCss = (file: string) => loader.call({ resourcePath: `/repo/src/taskpane/themes/${file}` });

/** The custom properties of a rule, as token → value. */
function variables(css: string): Record<string, string> {
  return Object.fromEntries([...css.matchAll(/--(\w+): ([^;]*);/g)].map((m) => [m[1], m[2]]));
}

describe("Fluent's themes as CSS", () => {
  test.each([
    ["light.css", webLightTheme],
    ["dark.css", webDarkTheme],
  ])("%s holds every token of the theme with its value, on :root", (file, theme) => {
    const css = themeCss(file);
    expect(css.startsWith(":root {")).toBe(true);
    expect(variables(css)).toEqual(Object.fromEntries(Object.entries(theme).map(([k, v]) => [k, String(v)])));
  });

  test("the two differ where a dark page must: background and text", () => {
    const light = variables(themeCss("light.css"));
    const dark = variables(themeCss("dark.css"));
    expect(light.colorNeutralBackground1).toBe("#ffffff");
    expect(dark.colorNeutralBackground1).not.toBe(light.colorNeutralBackground1);
    expect(dark.colorNeutralForeground1).not.toBe(light.colorNeutralForeground1);
  });

  test("a file of another name is refused, not built as an empty theme", () => {
    expect(() => themeCss("contrast.css")).toThrow(/no Fluent theme "contrast"/);
  });
});
