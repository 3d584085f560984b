/**
 * Council document numbers ("Drucksachennummern") read with the profile's patterns. The named groups of
 * a pattern are the number's parts; which parts exist is the profile's business, not the code's.
 */
import type { NumberRule } from "../../profile/types";
import { anchoredPattern, matchBounded } from "../../profile/patterns";

/** Named parts of a number, e.g. { prefix: "VO", number: "0548", year: "13" }. */
export type NumberParts = Record<string, string>;

/** The part that holds the year, by the profile's convention for group names. */
export const YEAR_PART = "year";

/** The profile's pattern anchored to the whole text; null when it does not compile (the profile validator reports that). */
export function numberPattern(rule: NumberRule): RegExp | null {
  return anchoredPattern(rule.pattern);
}

/** The parts of a number written in the rule's form, or null when it is not in that form. */
export function parseNumber(rule: NumberRule, text: string): NumberParts | null {
  const pattern = numberPattern(rule);
  const match = pattern ? matchBounded(pattern, text.trim()) : null;
  if (!match) return null;
  const parts: NumberParts = {};
  for (const [name, value] of Object.entries(match.groups ?? {})) if (value !== undefined) parts[name] = value;
  return parts;
}

/** Whether a year part names the year: "13" and "2013" both name 2013. */
export function yearPartMatches(part: string, year: number): boolean {
  return /^\d{1,4}$/.test(part) && String(year).padStart(4, "0").endsWith(part);
}

export interface PartDifference {
  name: string;
  expected: string;
  found: string;
}

/** Parts that both numbers have but that differ: where `found` does not continue `expected`. */
export function differingParts(expected: NumberParts, found: NumberParts): PartDifference[] {
  return Object.keys(expected)
    .filter((name) => name in found && found[name] !== expected[name])
    .map((name) => ({ name, expected: expected[name], found: found[name] }));
}
