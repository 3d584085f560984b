/**
 * Text clean-up before splitting. Pasted inquiries come from Word (paragraphs as "\r", manual
 * line breaks as "\v"), from PDF viewers (soft hyphens, odd spaces) and from e-mails (CRLF).
 * After this step the text has "\n" line ends, single spaces, trimmed lines and "- " bullets; a bullet nested under
 * another keeps two spaces in front ("  - "), so that it stays with the item above it.
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

/** Word's second-level bullets: hollow glyphs ("o" before a tab, as Word pastes them, becomes "◦" first). */
const SECOND_LEVEL_BULLET = /^[◦○▫□‣]\s/;
const ANY_BULLET = new RegExp(`^${BULLET}\\s`);
const WORD_SECOND_LEVEL = /^([ \t\u00A0]*)o\t/;

/** A bullet in front of a number ("• 1. Wie …") only decorates the number, so it is dropped. */
const BULLET_BEFORE_NUMBER = new RegExp(`^${BULLET} +(?=(?:Frage +)?\\(?\\d{1,2}[.):]? )`, "i");

export function normalizeText(text: string): string {
  const lines = text
    .normalize("NFC") // macOS and PDFs deliver "ü" as "u" + combining diaeresis
    .replace(LINE_SEPARATOR, "\n")
    .replace(INVISIBLE, "")
    .split("\n")
    .map((line) => line.replace(WORD_SECOND_LEVEL, "$1◦\t"));
  const nested = nestedBullets(lines);
  return lines.map((line, i) => normalizeLine(line.replace(HORIZONTAL_SPACE, " "), nested.has(i))).join("\n");
}

function normalizeLine(line: string, nested: boolean): string {
  const tidy = line.replace(/ {2,}/g, " ").trim();
  const bulleted = tidy.replace(BULLET_BEFORE_NUMBER, "").replace(BULLET_AT_LINE_START, "- ");
  return nested && bulleted.startsWith("- ") ? `  ${bulleted}` : bulleted;
}

/**
 * The bullet lines that sit under another bullet: indented further than the list's outermost bullets, or (at
 * the same indent) in Word's second-level glyph where first-level ones are there too.
 */
function nestedBullets(lines: string[]): Set<number> {
  const bullets = lines.flatMap((line, index) => {
    const indent = /^[ \t\u00A0]*/.exec(line)![0];
    const rest = line.slice(indent.length);
    if (!ANY_BULLET.test(rest)) return [];
    const width = [...indent].reduce((sum, ch) => sum + (ch === "\t" ? 4 : 1), 0);
    return [{ index, width, secondLevel: SECOND_LEVEL_BULLET.test(rest) }];
  });
  // Not Math.min(...widths): a pasted list of a quarter of a million bullets would overflow the call stack.
  const outermost = bullets.reduce((least, b) => Math.min(least, b.width), Infinity);
  const firstLevelThere = bullets.some((b) => b.width === outermost && !b.secondLevel);
  return new Set(bullets.filter((b) => b.width > outermost || (b.secondLevel && firstLevelThere)).map((b) => b.index));
}
