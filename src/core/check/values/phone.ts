/**
 * German telephone numbers as people write them: "747 63 800", "(0202) 563-1234", "+49 202 5631234".
 * A local number without area code is fine, because the label in front of the field names the area code.
 */

export type PhoneProblem = "characters" | "country" | "digits";

/** Digits, spaces (also no-break), slash, hyphen, en dash, parentheses, and "+" only at the start. */
const PHONE_CHARACTERS = /^\+?[\d\s/()\-\u2013]+$/u;
const MIN_DIGITS = 3;
/** E.164 allows at most 15 digits. */
const MAX_DIGITS = 15;

function balancedParentheses(text: string): boolean {
  let depth = 0;
  for (const ch of text) {
    if (ch === "(") depth++;
    if (ch === ")" && --depth < 0) return false;
  }
  return depth === 0;
}

/** What is wrong with a phone number, or null when it is a plausible German number. */
export function phoneProblem(text: string): PhoneProblem | null {
  const value = text.trim();
  if (!PHONE_CHARACTERS.test(value) || !balancedParentheses(value)) return "characters";
  if (value.startsWith("+") && !/^\+\s*49/.test(value)) return "country";
  const digits = value.replace(/\D/g, "").length;
  if (digits < MIN_DIGITS || digits > MAX_DIGITS) return "digits";
  return null;
}

export function digitCount(text: string): number {
  return text.replace(/\D/g, "").length;
}

export const PHONE_DIGIT_RANGE = { min: MIN_DIGITS, max: MAX_DIGITS } as const;
