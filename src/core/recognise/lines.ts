/**
 * A document without controls of ours, as the recogniser reads it: one line per paragraph and per table row, in
 * document order. A row's cells are its columns; a paragraph's "cells" are its tab-separated parts, so that a
 * header typed with tabs reads like the table it imitates.
 */
import { hasChildren, textOf, type WmlNode } from "../ooxml/tree";

export interface Line {
  /** Position in the document's line list. */
  index: number;
  /** The text of each cell (a paragraph: its tab-separated parts), paragraphs within a cell joined by "\n". */
  cells: string[];
  /** True for a table row. */
  row: boolean;
  /** The top-level block of the body the line belongs to (a paragraph, a table, a foreign control). */
  block: number;
}

/** Lines of a body; controls of others are looked through, nested tables read as their cells' text. Iterative. */
export function linesOf(body: WmlNode[]): Line[] {
  const lines: Line[] = [];
  const stack: { node: WmlNode; block: number }[] = body.map((node, block) => ({ node, block })).reverse();
  while (stack.length > 0) {
    const { node, block } = stack.pop()!;
    if (node.type === "paragraph") {
      lines.push({ index: lines.length, cells: textOf([node]).split("\t"), row: false, block });
    } else if (node.type === "row") {
      const cells = node.children
        .filter((c) => c.type === "cell")
        .map((cell) => textOf(hasChildren(cell) ? cell.children : []));
      lines.push({ index: lines.length, cells, row: true, block });
    } else if (hasChildren(node) && node.type !== "cell") {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i], block });
    }
  }
  return lines;
}

/** The text of a line, cells joined by a space. */
export function lineText(line: Line): string {
  return line.cells
    .map((c) => c.trim())
    .filter((c) => c !== "")
    .join(" ");
}

/** The same labels and lines are compared again and again; remembered up to a bound, then forgotten at once. */
const normalised = new Map<string, string>();
const MAX_REMEMBERED = 10_000;

/** For comparing labels and headings: case, dashes, spaces and a trailing colon do not count. */
export function normalise(text: string): string {
  let result = normalised.get(text);
  if (result === undefined) {
    if (normalised.size >= MAX_REMEMBERED) normalised.clear();
    result = normaliseNow(text);
    normalised.set(text, result);
  }
  return result;
}

function normaliseNow(text: string): string {
  return text
    .normalize("NFC")
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/\s+/g, " ")
    .replace(/[\s:.]+$/, "")
    .trim();
}

/**
 * When `text` begins with one of `names` (as a whole word, normalised), what follows it (a colon, a full stop and
 * spaces dropped); otherwise null.
 */
export function afterName(text: string, names: string[]): string | null {
  const trimmed = text.trim();
  const plain = normalise(trimmed);
  for (const name of names) {
    const wanted = normalise(name);
    if (wanted === "" || !plain.startsWith(wanted)) continue;
    const next = plain.charAt(wanted.length);
    if (next !== "" && !" :.".includes(next)) continue;
    return restAfter(trimmed, wanted.length);
  }
  return null;
}

/** The original text after its first `count` normalised characters, with a colon and spaces dropped. */
function restAfter(text: string, count: number): string {
  // Normalising only collapses spaces and folds case and dashes; walk the original until as many have been seen.
  let seen = 0;
  let i = 0;
  let previousSpace = false;
  for (; i < text.length && seen < count; i++) {
    const space = /\s/.test(text[i]);
    if (!(space && previousSpace)) seen++;
    previousSpace = space;
  }
  return text
    .slice(i)
    .replace(/^[\s:.]+/, "")
    .trim();
}
