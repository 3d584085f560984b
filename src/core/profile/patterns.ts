/** A profile's number patterns match whole texts; one place anchors and compiles them, the same way everywhere. */

/** The pattern anchored to the whole text, or null when it does not compile (the profile reader reports that). */
export function anchoredPattern(source: string): RegExp | null {
  try {
    return new RegExp(`^(?:${source})$`, "u");
  } catch {
    return null;
  }
}

export function matchesWhole(source: string, text: string): boolean {
  return anchoredPattern(source)?.test(text) ?? false;
}
