/** A value's lines, whichever of the three line endings it was typed or pasted with. */
export function textLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/** A value's first line. */
export function firstLine(text: string): string {
  return textLines(text)[0];
}
