/**
 * Everything the command line prints that came from outside (a document, a file name, a profile, an argument) is
 * made safe for a terminal: control characters (C0, DEL, C1), bidirectional overrides and line separators are shown
 * escaped, so no text can move the cursor, recolour the screen, reverse the line or forge another line of output.
 */

/** Characters a terminal acts on or a reader could be fooled by. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

function escaped(char: string): string {
  const code = char.charCodeAt(0);
  return (
    NAMED[char] ??
    (code <= 0xff
      ? `\\x${code.toString(16).toUpperCase().padStart(2, "0")}`
      : `\\u${code.toString(16).toUpperCase().padStart(4, "0")}`)
  );
}

/** Long values are cut: a 1 MB relationship target is no message. */
const MAX_SHOWN = 160;

/** One value on one line, every unsafe character escaped ("\x1B", "\u202E", "\n"), cut with "…" when long. */
export function shown(value: string, max = MAX_SHOWN): string {
  const cut = value.length > max ? `${value.slice(0, max - 1)}…` : value;
  return cut.replace(UNSAFE, escaped);
}

/** Output of several lines of our own making: each line made safe, the line breaks kept. */
export function safeLines(text: string): string {
  return text
    .split("\n")
    .map((line) => shown(line, Infinity))
    .join("\n");
}

/** What JSON.stringify leaves raw in strings (it escapes C0 itself). */
const UNSAFE_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** JSON whose strings escape DEL, C1, bidirectional overrides and line separators too. */
export function safeJson(json: string): string {
  return json.replace(UNSAFE_IN_JSON, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
