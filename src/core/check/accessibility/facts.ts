/**
 * What the accessibility rules look at, gathered from a body tree in one walk: pictures, tables, empty paragraphs,
 * headings, bold lines, links and coloured text, each with the paragraph it is in. Both readers (Word's OOXML and a
 * .docx) build it, so that Word and `ratsantwort check` find the same.
 */
import type { StyleFacts } from "../../ooxml/documentStyles";
import { hasChildren, textOf, type WmlNode } from "../../ooxml/tree";
import { parseTag } from "../../tags";
import type { AccessibilityFacts, ParagraphPlace } from "../snapshot";

type ParagraphNode = Extract<WmlNode, { type: "paragraph" }>;
type TextNode = Extract<WmlNode, { type: "text" }>;

/** A paragraph as the rules see it; `index` counts paragraphs as Word's body.paragraphs does (tables included). */
interface Paragraph {
  index: number;
  node: ParagraphNode;
  text: string;
  /** Its text runs, pictures, breaks and tabs, through inline controls and hyperlinks, in order. */
  leaves: WmlNode[];
  inTable: boolean;
  /** Holds a content control (a line of fields): our own lines are no headings in disguise. */
  holdsControl: boolean;
  /** The only block of a content control: an emptied field, not spacing. */
  onlyBlockOfControl: boolean;
  /** Nothing but tables around it in its container: the paragraph Word needs after or between tables. */
  neededByTable: boolean;
  /**
   * Right after a section frame of ours: the paragraph the add-in writes after what it inserts, so that Word's later
   * inserts stay outside the frame (docs/word-behaviour.md, row 4). Structure, not spacing.
   */
  afterFrame: boolean;
}

/** How much of a place's text goes with it: enough for Word to find the paragraph again. */
const PLACE_TEXT_LENGTH = 80;
/** Longer than this, a bold paragraph is emphasis, not a heading. */
const HEADING_LIKE_LENGTH = 150;

const placeOf = (paragraph: Paragraph): ParagraphPlace => ({
  paragraph: paragraph.index,
  text: paragraph.text.slice(0, PLACE_TEXT_LENGTH),
});

type TableFact = AccessibilityFacts["tables"][number];

/** A table met in the walk, given its place when the walk reaches its first paragraph. */
interface PendingTable {
  fact: Omit<TableFact, "place">;
  place?: ParagraphPlace;
}

/**
 * Paragraphs and tables in document order, in one walk; paragraphs inside a paragraph (text boxes) are not Word's
 * body.paragraphs. A table is placed at its first paragraph, the first one the walk meets with it among its ancestors.
 */
function walk(body: WmlNode[]): { paragraphs: Paragraph[]; tables: TableFact[] } {
  const paragraphs: Paragraph[] = [];
  const tables: PendingTable[] = [];
  const stack: Place[] = [...body]
    .reverse()
    .map((node, i) => ({ node, siblings: body, at: body.length - 1 - i, tables: [], parentIsControl: false }));
  while (stack.length > 0) {
    const place = stack.pop()!;
    const { node } = place;
    if (node.type === "paragraph") {
      const paragraph = describeParagraph(node, paragraphs.length, place);
      paragraphs.push(paragraph);
      for (const table of place.tables) table.place ??= placeOf(paragraph);
      continue;
    }
    if (!hasChildren(node)) continue;
    let enclosing = place.tables;
    if (node.type === "table") {
      const table: PendingTable = { fact: tableFact(node) };
      tables.push(table);
      enclosing = [...enclosing, table];
    }
    const children = node.children;
    for (let i = children.length - 1; i >= 0; i--)
      stack.push({
        node: children[i],
        siblings: children,
        at: i,
        tables: enclosing,
        parentIsControl: node.type === "control",
      });
  }
  return { paragraphs, tables: tables.flatMap(({ fact, place }) => (place ? [{ place, ...fact }] : [])) };
}

function tableFact(table: Extract<WmlNode, { type: "table" }>): Omit<TableFact, "place"> {
  const rows = table.children.filter((child) => child.type === "row");
  const headerRow = rows[0]?.header === true;
  return { rows: rows.length, headerRow, layout: !headerRow && !table.style };
}

/** Where a node stands: its siblings and its index among them (no search: a body may hold 100,000 paragraphs). */
interface Place {
  node: WmlNode;
  siblings: WmlNode[];
  at: number;
  /** The tables it is in, outermost first. */
  tables: PendingTable[];
  parentIsControl: boolean;
}

function describeParagraph(node: ParagraphNode, index: number, place: Place): Paragraph {
  const { siblings, at } = place;
  const before = siblings[at - 1];
  const after = siblings[at + 1];
  const { leaves, text } = leavesOf(node);
  return {
    index,
    node,
    text: text.trim(),
    leaves,
    inTable: place.tables.length > 0,
    holdsControl: node.children.some((child) => child.type === "control"),
    onlyBlockOfControl: place.parentIsControl && siblings.length === 1,
    afterFrame: before?.type === "control" && isSectionFrame(before.control.tag),
    neededByTable: tableOrNothing(before) && tableOrNothing(after) && (before ?? after) !== undefined,
  };
}

const tableOrNothing = (node: WmlNode | undefined) => node === undefined || node.type === "table";

function isSectionFrame(tag: string): boolean {
  const parsed = parseTag(tag);
  return parsed.kind === "ours" && parsed.tag.role === "section";
}

/**
 * Every leaf inside a paragraph (through inline controls and hyperlinks), in order, and the paragraph's text as
 * textOf gives it: read from the leaves in the same walk, unless a paragraph inside (a text box) adds its own.
 */
function leavesOf(paragraph: ParagraphNode): { leaves: WmlNode[]; text: string } {
  const leaves: WmlNode[] = [];
  let text = "";
  let textBox = false;
  const stack: WmlNode[] = [...paragraph.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    // A paragraph inside (a text box) is a paragraph of its own for Word; its content is not this one's.
    if (node.type === "paragraph") textBox = true;
    else if (hasChildren(node)) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
    else {
      leaves.push(node);
      text += node.type === "text" ? node.text : node.type === "break" ? "\n" : node.type === "tab" ? "\t" : "";
    }
  }
  return { leaves, text: textBox ? textOf(paragraph.children) : text };
}

const isVisibleText = (node: WmlNode): node is TextNode => node.type === "text" && node.text.trim() !== "";

function headingLevel(paragraph: ParagraphNode, styles: StyleFacts | null): number | undefined {
  const level =
    paragraph.outline ?? styles?.paragraphStyles.get(paragraph.style || styles.defaultParagraphStyle)?.outline;
  return level === undefined ? undefined : level + 1;
}

function isBold(paragraph: Paragraph, styles: StyleFacts | null): boolean {
  const texts = paragraph.leaves.filter(isVisibleText);
  const styleBold = styles?.paragraphStyles.get(paragraph.node.style)?.bold ?? false;
  return texts.length > 0 && texts.every((text) => text.bold ?? styleBold);
}

/** Runs of empty paragraphs that only make space: not a table's needed paragraph, not an emptied field, not the last. */
function spacingRuns(paragraphs: Paragraph[], lastIndex: number): AccessibilityFacts["spacing"] {
  const runs: AccessibilityFacts["spacing"] = [];
  let previous: Paragraph | null = null;
  for (const paragraph of paragraphs) {
    const empty =
      paragraph.text === "" && !paragraph.leaves.some((leaf) => leaf.type === "image" || leaf.type === "break");
    const spacing =
      empty &&
      !paragraph.inTable &&
      !paragraph.onlyBlockOfControl &&
      !paragraph.neededByTable &&
      !paragraph.afterFrame &&
      paragraph.index !== lastIndex;
    if (!spacing) {
      previous = null;
      continue;
    }
    const last = runs[runs.length - 1];
    if (previous && last && previous.index === paragraph.index - 1) last.count++;
    else runs.push({ place: placeOf(paragraph), count: 1 });
    previous = paragraph;
  }
  return runs;
}

function linksOf(paragraph: Paragraph): AccessibilityFacts["links"] {
  if (!paragraph.leaves.some((leaf) => leaf.type === "text" && leaf.link !== undefined)) return [];
  const texts = new Map<number, string>();
  for (const leaf of paragraph.leaves)
    if (leaf.type === "text" && leaf.link !== undefined) texts.set(leaf.link, (texts.get(leaf.link) ?? "") + leaf.text);
  return [...texts.values()].map((text) => ({ place: placeOf(paragraph), text: text.trim() }));
}

/**
 * Coloured words among plain ones, set apart by nothing else (not bold, not a link): where we can tell that colour
 * carries meaning. A paragraph coloured throughout is styling, and not reported.
 */
function colouredOf(paragraph: Paragraph): AccessibilityFacts["coloured"] {
  const texts = paragraph.leaves.filter(isVisibleText);
  const isPlain = (text: TextNode) => !text.color || text.color === "auto";
  const marked = texts.find((text) => !isPlain(text) && text.link === undefined && !text.bold);
  return marked?.color && texts.some(isPlain) ? [{ place: placeOf(paragraph), colour: marked.color }] : [];
}

/** The facts of a body; `styles` and `title` where the reader could see them (null: unknown, nothing is said). */
export function accessibilityFacts(
  body: WmlNode[],
  styles: StyleFacts | null,
  title: string | null,
): AccessibilityFacts {
  const { paragraphs, tables } = walk(body);
  const facts: AccessibilityFacts = {
    title: title === null ? null : title.trim(),
    language: styles === null ? null : styles.language,
    images: [],
    tables,
    spacing: spacingRuns(paragraphs, paragraphs.length - 1),
    headings: [],
    boldLines: [],
    links: [],
    coloured: [],
  };
  paragraphs.forEach((paragraph, i) => {
    for (const leaf of paragraph.leaves)
      if (leaf.type === "image")
        facts.images.push({ place: placeOf(paragraph), alt: leaf.alt, decorative: leaf.decorative });
    facts.links.push(...linksOf(paragraph));
    facts.coloured.push(...colouredOf(paragraph));
    if (paragraph.text === "") return;
    const level = headingLevel(paragraph.node, styles);
    if (level !== undefined) facts.headings.push({ place: placeOf(paragraph), level });
    else if (looksLikeHeading(paragraph, paragraphs[i + 1], styles))
      facts.boldLines.push({ place: placeOf(paragraph) });
  });
  return facts;
}

/** A short bold line of its own, outside tables and field lines, before body text: a heading made by hand. */
function looksLikeHeading(paragraph: Paragraph, next: Paragraph | undefined, styles: StyleFacts | null): boolean {
  return (
    !paragraph.inTable &&
    !paragraph.holdsControl &&
    paragraph.text.length <= HEADING_LIKE_LENGTH &&
    isBold(paragraph, styles) &&
    next !== undefined &&
    next.text !== "" &&
    !isBold(next, styles)
  );
}
