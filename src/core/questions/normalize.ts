/**
 * Text clean-up before splitting. Pasted inquiries come from Word (paragraphs as "\r", manual
 * line breaks as "\v"), from PDF viewers (soft hyphens, odd spaces) and from e-mails (CRLF).
 * After this step the text has "\n" line ends, single spaces, trimmed lines and "- " bullets.
 */

/** Characters that are invisible in the document but would break word matching. */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;

/** Tabs and the many non-breaking or typographic spaces; Word puts a tab after list numbers. */
const HORIZONTAL_SPACE = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;

/** Line and paragraph separators besides "\n", including Word's manual line break "\v". */
const LINE_SEPARATOR = /\r\n?|[\v\f\u0085\u2028\u2029]/g;

/** Bullet characters that Word, PDFs and e-mails use at the start of a list item. */
const BULLET = "[•◦▪▫‣●○■□∙·⁃–—*➢►▸✓✔→-]";
const BULLET_AT_LINE_START = new RegExp(`^${BULLET} +`);

/** A bullet in front of a number ("• 1. Wie …") only decorates the number, so it is dropped. */
const BULLET_BEFORE_NUMBER = new RegExp(`^${BULLET} +(?=(?:Frage +)?\\(?\\d{1,2}[.):]? )`, "i");

export function normalizeText(text: string): string {
  const unified = text
    .normalize("NFC") // macOS and PDFs deliver "ü" as "u" + combining diaeresis
    .replace(LINE_SEPARATOR, "\n")
    .replace(INVISIBLE, "")
    .replace(HORIZONTAL_SPACE, " ");
  return unified.split("\n").map(normalizeLine).join("\n");
}

function normalizeLine(line: string): string {
  const tidy = line.replace(/ {2,}/g, " ").trim();
  return tidy.replace(BULLET_BEFORE_NUMBER, "").replace(BULLET_AT_LINE_START, "- ");
}
