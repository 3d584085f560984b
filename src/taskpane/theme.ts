/**
 * Follows Word's Office theme: a dark body background gets Fluent's dark theme. The themes are CSS variables
 * written at build time (scripts/fluent-theme-loader.js): the light one comes with the page; most panes are light,
 * so the dark one loads only where it is needed.
 */
import "./themes/light.css";

/** Relative luminance (WCAG) of "#rrggbb"; unknown colours count as light. */
export function luminance(hex: string | undefined): number {
  const match = /^#?([0-9a-f]{6})$/i.exec(hex ?? "");
  if (!match) return 1;
  const channel = (i: number) => {
    const c = parseInt(match[1].slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}

export function isDark(bodyBackgroundColor: string | undefined): boolean {
  return luminance(bodyBackgroundColor) < 0.4;
}

/**
 * Loads the dark theme where Word is dark: its variables come after the light ones and so replace them. Where it
 * cannot load, the pane stays light and works.
 */
export async function applyTheme(bodyBackgroundColor: string | undefined): Promise<void> {
  if (isDark(bodyBackgroundColor))
    await import(/* webpackChunkName: "dark" */ "./themes/dark.css").catch(() => undefined);
}
