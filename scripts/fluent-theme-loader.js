/**
 * Webpack loader for src/taskpane/themes/light.css and dark.css: each becomes Fluent's web theme of its name as CSS
 * custom properties on :root, written at build time. FluentProvider would otherwise compute and insert the same
 * rule at run time from the theme object, whose 459 tokens were 6.5 KB of the pane's first gzipped JavaScript.
 * On :root, the variables reach Fluent's portals (dialogs, tooltips) too, which render outside the provider.
 */
"use strict";
const path = require("path");
const { webDarkTheme, webLightTheme } = require("@fluentui/react-theme");

const THEMES = { light: webLightTheme, dark: webDarkTheme };

/** The rule FluentProvider writes (createCSSRuleFromTheme), for the whole page. */
function themeRule(theme) {
  const declarations = Object.entries(theme).map(([token, value]) => `  --${token}: ${value};`);
  return `:root {\n${declarations.join("\n")}\n}\n`;
}

module.exports = function fluentThemeLoader() {
  const name = path.basename(this.resourcePath, ".css");
  const theme = THEMES[name];
  if (!theme) throw new Error(`fluent-theme-loader: no Fluent theme "${name}" (light or dark)`);
  return themeRule(theme);
};
