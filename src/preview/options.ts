/**
 * What the preview can be asked for in its address, for demonstrations and the browser tests:
 *   ?sample=answer     an answer with a missing section and a gap in the numbering (repairs), instead of a letter
 *   ?sample=filled     a complete answer, ready for submission
 *   ?sample=legacy     the same answer typed from the old template, without the add-in's controls
 *   ?word=2019|2024|365|web  the Word edition stood in for (src/word-emulator/editions.ts); default 365
 *   ?readonly=1        the document is read-only (Word refuses every change)
 *   ?locked=1          the fields are content-locked (Word refuses changes to them)
 *   ?theme=dark|light  Word's dark or light theme (default: the browser's colour scheme)
 *   ?wordapi=1.1       the WordApi version this "Word" supports (default: the edition's; below 1.3 the pane says it is too old)
 *   ?platform=web      the same as ?word=web
 */
import { isEditionId, type EditionId } from "../word-emulator/editions";

export interface PreviewOptions {
  sample: "inquiry" | "answer" | "filled" | "legacy";
  edition: EditionId;
  readOnly: boolean;
  locked: boolean;
  theme: "light" | "dark";
  /** A WordApi version to claim instead of the edition's, or null. */
  wordApi: string | null;
}

const yes = (value: string | null) => value !== null && value !== "0" && value !== "false";

export function previewOptions(search: string, prefersDark: boolean): PreviewOptions {
  const params = new URLSearchParams(search);
  const theme = params.get("theme");
  const wordApi = params.get("wordapi") ?? "";
  const sample = params.get("sample");
  const word = params.get("platform") === "web" ? "web" : params.get("word");
  return {
    sample: sample === "answer" || sample === "filled" || sample === "legacy" ? sample : "inquiry",
    edition: isEditionId(word) ? word : "365",
    readOnly: yes(params.get("readonly")),
    locked: yes(params.get("locked")),
    theme: theme === "dark" || theme === "light" ? theme : prefersDark ? "dark" : "light",
    wordApi: /^1\.\d{1,2}$/.test(wordApi) ? wordApi : null,
  };
}

/** Office.context.officeTheme of Word's themes: white, and black (its dark theme). */
export const OFFICE_THEMES = {
  light: {
    bodyBackgroundColor: "#ffffff",
    bodyForegroundColor: "#000000",
    controlBackgroundColor: "#ffffff",
    controlForegroundColor: "#000000",
  },
  dark: {
    bodyBackgroundColor: "#262626",
    bodyForegroundColor: "#ffffff",
    controlBackgroundColor: "#363636",
    controlForegroundColor: "#ffffff",
  },
} as const;
