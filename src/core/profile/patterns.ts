/**
 * A profile's number patterns match whole texts; one place anchors and compiles them, checks them for catastrophic
 * backtracking when the profile is read, and bounds what they are matched against.
 */

/** Document numbers are short; a longer text is no number, and is never handed to a profile's pattern. */
export const MAX_MATCHED_LENGTH = 200;
/** A number pattern is a line; far longer is not one. */
export const MAX_PATTERN_LENGTH = 500;

/** The pattern anchored to the whole text, or null when it does not compile (the profile reader reports that). */
export function anchoredPattern(source: string): RegExp | null {
  try {
    return new RegExp(`^(?:${source})$`, "u");
  } catch {
    return null;
  }
}

export function matchesWhole(source: string, text: string): boolean {
  return text.length <= MAX_MATCHED_LENGTH && (anchoredPattern(source)?.test(text) ?? false);
}

/** The match of a profile's pattern, for texts short enough to be a number. */
export function matchBounded(pattern: RegExp, text: string): RegExpExecArray | null {
  return text.length <= MAX_MATCHED_LENGTH ? pattern.exec(text) : null;
}

interface Group {
  repeats: boolean;
  alternates: boolean;
}

/**
 * Why a pattern could backtrack catastrophically, in German, or null: a repeated group that itself repeats or
 * alternates ("(a+)+", "(?:[A-Z]|[A-Z])+") can take exponential time on a text that almost matches; a
 * backreference can too. Conservative on purpose: a number's pattern never needs either.
 */
export function backtrackingRisk(source: string): string | null {
  if (source.length > MAX_PATTERN_LENGTH) return `ist länger als ${MAX_PATTERN_LENGTH} Zeichen.`;
  const open: Group[] = [{ repeats: false, alternates: false }];
  let last: Group | null = null; // the group that just closed, which a quantifier would repeat
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    const current = open[open.length - 1];
    if (char === "\\") {
      if (/[1-9k]/.test(source[i + 1] ?? ""))
        return "enthält einen Rückverweis (\\1, \\k<…>), der sehr langsam werden kann.";
      i++;
      last = null;
    } else if (char === "[") {
      i = classEnd(source, i);
      last = null;
    } else if (char === "(") {
      open.push({ repeats: false, alternates: false });
      last = null;
    } else if (char === ")") {
      last = open.length > 1 ? open.pop()! : null;
    } else if (char === "|") {
      current.alternates = true;
      last = null;
    } else {
      const repeat = repeatsAt(source, i);
      if (repeat > 0) {
        if (last && (last.repeats || last.alternates))
          return "wiederholt eine Gruppe, die selbst wiederholt oder Alternativen hat (etwa „(a+)+“); das kann sehr langsam werden.";
        current.repeats = true;
        i += repeat - 1;
      }
      last = null;
    }
  }
  return null;
}

/** The index of the "]" closing the character class opened at `start`. */
function classEnd(source: string, start: number): number {
  for (let i = start + 1; i < source.length; i++) {
    if (source[i] === "\\") i++;
    else if (source[i] === "]") return i;
  }
  return source.length;
}

/** The length of a repeating quantifier at `i` ("*", "+", "{2,}", "{1,4}", each maybe lazy), or 0 ("?" or "{1}" do not repeat). */
function repeatsAt(source: string, i: number): number {
  const lazy = (n: number) => (source[i + n] === "?" ? n + 1 : n);
  if (source[i] === "*" || source[i] === "+") return lazy(1);
  const braces = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i, i + 20));
  if (!braces) return 0;
  const max = braces[2] === undefined ? Number(braces[1]) : braces[3] === "" ? Infinity : Number(braces[3]);
  return max > 1 ? lazy(braces[0].length) : 0;
}
