/**
 * A document without controls of ours, as the recogniser reads it: one line per paragraph and per table row, in
 * document order. A row's cells are its columns; a paragraph's "cells" are its tab-separated parts, so that a
 * header typed with tabs reads like the table it imitates.
 */
import { hasChildren, textOf, type WmlNode } from "../ooxml/tree";
import { withoutTrailing } from "../trailing";

export interface Line {
  /** Position in the document's line list. */
  index: number;
  /** The text of each cell (a paragraph: its tab-separated parts), paragraphs within a cell joined by "\n". */
  cells: string[];
  /** True for a table row. */
  row: boolean;
  /** The top-level block of the body the line belongs to (a paragraph, a table, a foreign control). */
  block: number;
  /** Its text: the cells trimmed, the empty ones left out, joined by a space. */
  text: string;
  /**
   * The text and each trimmed cell normalised (`normalise`), once per line: labels and headings are looked for in
   * every line, and most documents checked are no answer, so all their lines are searched.
   */
  plain: string;
  plainCells: string[];
}

function line(index: number, cells: string[], row: boolean, block: number): Line {
  const text = cells
    .map((c) => c.trim())
    .filter((c) => c !== "")
    .join(" ");
  const plain = normaliseNow(text);
  const plainCells = cells.length === 1 ? [plain] : cells.map((c) => normaliseNow(c.trim()));
  return { index, cells, row, block, text, plain, plainCells };
}

/** Lines of a body; controls of others are looked through, nested tables read as their cells' text. Iterative. */
export function linesOf(body: WmlNode[]): Line[] {
  const lines: Line[] = [];
  const stack: { node: WmlNode; block: number }[] = body.map((node, block) => ({ node, block })).reverse();
  while (stack.length > 0) {
    const { node, block } = stack.pop()!;
    if (node.type === "paragraph") {
      lines.push(line(lines.length, textOf([node]).split("\t"), false, block));
    } else if (node.type === "row") {
      const cells = node.children
        .filter((c) => c.type === "cell")
        .map((cell) => textOf(hasChildren(cell) ? cell.children : []));
      lines.push(line(lines.length, cells, true, block));
    } else if (hasChildren(node) && node.type !== "cell") {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i], block });
    }
  }
  return lines;
}

/** The same labels are compared again and again; remembered up to a bound, then forgotten at once. */
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

/** Case, dashes and white space folded as `normalise` does, nothing trimmed: for a whole text, not one label. */
export function foldText(text: string): string {
  return (
    text
      .normalize("NFC")
      .toLowerCase()
      .replace(/[\u2010-\u2015\u2212]/g, "-")
      // Runs and other white space become one space; a lone space is left as it is, which spares copying most lines.
      .replace(/\s{2,}|[^\S ]/g, " ")
  );
}

function normaliseNow(text: string): string {
  return withoutTrailing(foldText(text), /[\s:.]/).trimStart();
}

/**
 * When `text` begins with one of `names` (as a whole word, normalised), what follows it (a colon, a full stop and
 * spaces dropped); otherwise null.
 */
export function afterName(text: string, names: string[]): string | null {
  const trimmed = text.trim();
  return afterNormalisedName(trimmed, normalise(trimmed), names);
}

/** `afterName` for a line's text. */
export const lineAfterName = (line: Line, names: string[]) => afterNormalisedName(line.text, line.plain, names);

/** `afterName` for a line's cell. */
export const cellAfterName = (line: Line, cell: number, names: string[]) =>
  afterNormalisedName(line.cells[cell].trim(), line.plainCells[cell], names);

/** `afterName` for trimmed text whose normalised form is known. */
function afterNormalisedName(trimmed: string, plain: string, names: string[]): string | null {
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
