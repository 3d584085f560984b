/**
 * What the preview can be asked for in its address, for demonstrations and the browser tests:
 *   ?sample=answer     an answer with a missing section and a gap in the numbering (repairs), instead of a letter
 *   ?readonly=1        the document is read-only (Word refuses every change)
 *   ?locked=1          the fields are content-locked (Word refuses changes to them)
 *   ?theme=dark|light  Word's dark or light theme (default: the browser's colour scheme)
 *   ?wordapi=1.1       the WordApi version this "Word" supports (default 1.9; below 1.3 the pane says it is too old)
 *   ?platform=web      Word on the web (no date pickers) instead of Word on Windows
 */
export interface PreviewOptions {
  sample: "inquiry" | "answer";
  readOnly: boolean;
  locked: boolean;
  theme: "light" | "dark";
  wordApi: string;
  platform: "PC" | "OfficeOnline";
}

const yes = (value: string | null) => value !== null && value !== "0" && value !== "false";

export function previewOptions(search: string, prefersDark: boolean): PreviewOptions {
  const params = new URLSearchParams(search);
  const theme = params.get("theme");
  const wordApi = params.get("wordapi") ?? "";
  return {
    sample: params.get("sample") === "answer" ? "answer" : "inquiry",
    readOnly: yes(params.get("readonly")),
    locked: yes(params.get("locked")),
    theme: theme === "dark" || theme === "light" ? theme : prefersDark ? "dark" : "light",
    wordApi: /^1\.\d{1,2}$/.test(wordApi) ? wordApi : "1.9",
    platform: params.get("platform") === "web" ? "OfficeOnline" : "PC",
  };
}

/** Office.context.officeTheme of Word's themes: white, and black (its dark theme). */
export const OFFICE_THEMES = {
  light: { bodyBackgroundColor: "#ffffff", bodyForegroundColor: "#000000", controlBackgroundColor: "#ffffff", controlForegroundColor: "#000000" },
  dark: { bodyBackgroundColor: "#262626", bodyForegroundColor: "#ffffff", controlBackgroundColor: "#363636", controlForegroundColor: "#ffffff" },
} as const;
