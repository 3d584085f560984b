/**
 * Follows Word's Office theme: a dark body background gets Fluent's dark theme. Most panes are light, so the
 * dark theme's tokens load only where they are needed.
 */
import { webLightTheme, type Theme } from "@fluentui/react-components";

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

export const lightTheme = webLightTheme;

export async function themeFor(bodyBackgroundColor: string | undefined): Promise<Theme> {
  if (!isDark(bodyBackgroundColor)) return webLightTheme;
  return (await import(/* webpackChunkName: "dark" */ "./darkTheme")).darkTheme;
}
