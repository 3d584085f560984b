/**
 * The document behind the emulator: WmlNode trees (src/core/ooxml/tree.ts) for the main body and the page
 * header, a cursor, control ids, and the edits insertOoxml, insertText and ContentControl.delete make, with
 * Word's locks. Proxies never touch this directly; they queue operations that run here during a sync.
 */
import { readWordBody } from "../core/ooxml/read";
import { controlsOf, hasChildren, textOf, type ContainerNode, type WmlNode } from "../core/ooxml/tree";
import { EDITIONS, wordDefaultPlaceholder, type Edition } from "./editions";
import { DocumentStyles } from "./styles";
import { invalidArgument, itemNotFound, notAllowed, notModelled } from "./errors";

/** Misbehaviour a test switches on: Word failing in ways seen in the field, on any edition. */
export interface Faults {
  /** Body.getOoxml() fails with GeneralException (office-js #5394, #6059). */
  getOoxmlFails?: boolean;
  /** Inserted controls lose their tags (as with insertFileFromBase64 on the web, office-js #2752). */
  losesTags?: boolean;
  /** An insert "After" a control lands inside it, at its end, as "End" inserts do (office-js #866): what the add-in verifies. */
  nestsInserts?: boolean;
}

export type ParagraphNode = Extract<WmlNode, { type: "paragraph" }>;
export type ControlNode = Extract<WmlNode, { type: "control" }>;
export type TableNode = Extract<WmlNode, { type: "table" }>;
export type CellNode = Extract<WmlNode, { type: "cell" }>;

/** A story: the main text or a header. Word's Body of type "MainDoc" / "Header". */
export interface Story {
  type: "MainDoc" | "Header";
  nodes: WmlNode[];
}

/** Where a node sits: its story, the containers around it (outermost first) and its sibling list. */
export interface Location {
  story: Story;
  ancestors: ContainerNode[];
  siblings: WmlNode[];
  index: number;
}

/** What a Body proxy stands for: a whole story, or the body of one table cell (BodyType "TableCell"). */
export type BodyTarget = { kind: "story"; story: Story } | { kind: "cell"; cell: CellNode };

/**
 * A Range: a whole node, or the collapsed point at its start or end (the cursor is such a point), or the
 * collapsed point just before or after it (outside it), or a control's content without its bounds; a whole
 * range may run on `through` a later sibling (a selection of several paragraphs).
 */
export interface RangeTarget {
  node: ParagraphNode | ControlNode | TableNode;
  extent: "whole" | "start" | "end" | "before" | "after" | "content";
  through?: WmlNode;
}

/** A collapsed range outside its node. */
const isOutside = (range: RangeTarget) => range.extent === "before" || range.extent === "after";

export const isControl = (node: WmlNode): node is ControlNode => node.type === "control";
export const isParagraph = (node: WmlNode): node is ParagraphNode => node.type === "paragraph";

/**
 * Text as Word's `text` properties give it: paragraphs separated by "\r", manual line breaks as "\v"
 * (src/core/questions/normalize.ts expects both), tracked deletions included. textOf in src/core uses "\n" for both.
 */
export function wordText(nodes: WmlNode[]): string {
  const paragraphs: string[] = [];
  let inParagraph = false;
  const stack: (WmlNode | "end")[] = [...nodes].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === "end") {
      inParagraph = false;
    } else if (node.type === "paragraph") {
      paragraphs.push("");
      inParagraph = true;
      stack.push("end");
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
    } else if (node.type === "text" || node.type === "deleted" || node.type === "break" || node.type === "tab") {
      if (!inParagraph) paragraphs.push(""); // runs outside a paragraph (an inline control's own range)
      inParagraph = true;
      // Tracked deletions are part of `text` (office-js #1267 on the web; on the desktop it depends on the view, #5286).
      paragraphs[paragraphs.length - 1] +=
        node.type === "text" || node.type === "deleted" ? node.text : node.type === "break" ? "\v" : "\t";
    } else if (hasChildren(node)) {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
    }
  }
  return paragraphs.join("\r");
}

export function emptyParagraph(): ParagraphNode {
  return { type: "paragraph", style: "", children: [] };
}

/** Every node under `nodes`, depth first in document order, with the containers around it. */
function* walk(
  nodes: WmlNode[],
  outer: ContainerNode[] = [],
): Generator<{ node: WmlNode; ancestors: ContainerNode[]; siblings: WmlNode[]; index: number }> {
  const stack: { siblings: WmlNode[]; index: number; ancestors: ContainerNode[] }[] = [
    { siblings: nodes, index: 0, ancestors: outer },
  ];
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    if (top.index >= top.siblings.length) {
      stack.pop();
      continue;
    }
    const index = top.index++;
    const node = top.siblings[index];
    yield { node, ancestors: top.ancestors, siblings: top.siblings, index };
    if (hasChildren(node)) stack.push({ siblings: node.children, index: 0, ancestors: [...top.ancestors, node] });
  }
}

export function descendants<T extends WmlNode>(nodes: WmlNode[], is: (node: WmlNode) => node is T): T[] {
  const found: T[] = [];
  for (const { node } of walk(nodes)) if (is(node)) found.push(node);
  return found;
}

/** Like descendants, but does not look into tables (a table itself is still visited). */
function outsideTables<T extends WmlNode>(nodes: WmlNode[], is: (node: WmlNode) => node is T): T[] {
  const found: T[] = [];
  const stack: WmlNode[] = [...nodes].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (is(node)) found.push(node);
    if (node.type !== "table" && hasChildren(node))
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
  }
  return found;
}

const isTable = (node: WmlNode): node is TableNode => node.type === "table";

/**
 * Text as runs: "\t" a tab, "\v" a manual line break. A paragraph break ("\n", "\r") cannot go into runs;
 * the caller splits paragraphs first.
 */
export function textRuns(text: string, what: string): WmlNode[] {
  if (/[\r\n]/.test(text)) throw notModelled(`${what} with a paragraph break inside a paragraph (splitting it)`);
  const runs: WmlNode[] = [];
  for (const part of text.split(/([\t\v])/)) {
    if (part === "\t") runs.push({ type: "tab" });
    else if (part === "\v") runs.push({ type: "break" });
    else if (part) runs.push({ type: "text", text: part });
  }
  return runs;
}

/** Body-level XML (a fragment), a w:document, or a Flat OPC package, read with the add-in's own reader. */
export function parseWordprocessingMl(xml: string): WmlNode[] {
  const hasBody = /<([A-Za-z_][\w.-]*:)?body[\s>/]/.test(xml);
  const document = hasBody
    ? xml
    : `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${xml}</w:body></w:document>`;
  const result = readWordBody(document);
  if (!result.ok) throw new Error(`word emulator: cannot read the WordprocessingML: ${result.error}`);
  return result.body;
}

/**
 * Word keeps a paragraph at the end of every story and every cell, and after a table. A story or cell may end in
 * a block control, though, whose last paragraph is then the story's last: "End" inserts go into it (office-js #866).
 */
function keepFinalParagraph(nodes: WmlNode[]): void {
  const last = nodes[nodes.length - 1];
  if (!last || last.type === "table") nodes.push(emptyParagraph());
}

/** A control that holds blocks (paragraphs, tables), not runs. */
const isBlockControl = (node: WmlNode | undefined): node is ControlNode =>
  node?.type === "control" &&
  node.children.some((c) => c.type === "paragraph" || c.type === "table" || isBlockControl(c));

/**
 * Where "End" puts content: at the end of the container, or, when that ends in a block control, inside it, and so
 * on down. Word inserts "within the boundaries" of the last object (office-js #866, by design).
 */
function endOf(nodes: WmlNode[]): { target: WmlNode[]; entered: ControlNode[] } {
  let target = nodes;
  const entered: ControlNode[] = [];
  for (let last = target[target.length - 1]; isBlockControl(last); last = target[target.length - 1]) {
    entered.push(last);
    target = last.children;
  }
  return { target, entered };
}

/** Bytes of a string in UTF-8 (jsdom, where the tests run, has no TextEncoder). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

export class WordDocument {
  readonly main: Story = { type: "MainDoc", nodes: [emptyParagraph()] };
  readonly header: Story = { type: "Header", nodes: [emptyParagraph()] };
  /** The collapsed selection. Word opens a document with the cursor at its start. */
  cursor: RangeTarget = { node: this.main.nodes[0] as ParagraphNode, extent: "start" };
  readOnly = false;
  /** How often the add-in moved the selection (ContentControl.select): the preview brings such a place into view. */
  selectionsByApi = 0;
  /**
   * Word on the web leaves controls inside table cells out of Document.contentControls and
   * Body.contentControls, while a table's range still lists them (office-js issue #2040).
   */
  tableControlsMissingFromDocumentCollection = false;
  /** The Word this document is open in: what its collections list, what it refuses. */
  edition: Edition = EDITIONS["365"];
  /** Misbehaviour on demand, beyond any edition: what the Selbsttest must notice. */
  faults: Faults = {};
  /** UTF-8 bytes of every package given to insertOoxml, for the benchmark's payload figure. */
  insertedOoxmlBytes = 0;
  /** UTF-8 bytes of every package getOoxml gave, for the benchmark. */
  readOoxmlBytes = 0;
  /** Office.context.displayLanguage: the language of Word's own placeholders. */
  displayLanguage = "de-DE";
  /** Document.changeTrackingMode is "TrackAll": edits leave tracked deletions behind. */
  trackChanges = false;
  /** Document.properties.customProperties: name → value, in the order they were added. */
  readonly customProperties = new Map<string, string>();
  /** Document.properties.title. */
  title = "";
  /** The styles part getOoxml returns with the body (office-js-docs #56); insertOoxml adds the package's new styles. */
  readonly styles = new DocumentStyles();
  /** ContentControl.id: given to a control node the first time the API sees it, kept while the node lives. */
  private readonly ids = new WeakMap<ControlNode, number>();
  private nextId = 1_000_003;

  setStory(story: Story, nodes: WmlNode[]): void {
    story.nodes.splice(0, story.nodes.length, ...nodes);
    keepFinalParagraph(story.nodes);
    if (story === this.main || !this.locateOrNull(this.cursor.node)) {
      this.cursor = {
        node: this.main.nodes.find(isParagraph) ?? (this.main.nodes[0] as ParagraphNode),
        extent: "start",
      };
    }
  }

  locateOrNull(target: WmlNode): Location | null {
    for (const story of [this.main, this.header]) {
      for (const { node, ancestors, siblings, index } of walk(story.nodes)) {
        if (node === target) return { story, ancestors, siblings, index };
      }
    }
    return null;
  }

  /** A proxy's object that has left the document (replaced, say) no longer exists for Word either. */
  locate(target: WmlNode, where: string): Location {
    const location = this.locateOrNull(target);
    if (!location) throw itemNotFound(where);
    return location;
  }

  /** Controls in document order: the main text first, then the header (Document.contentControls includes headers). */
  allControls(): ControlNode[] {
    return [...descendants(this.main.nodes, isControl), ...descendants(this.header.nodes, isControl)];
  }

  bodyNodes(body: BodyTarget): WmlNode[] {
    return body.kind === "story" ? body.story.nodes : body.cell.children;
  }

  /** A control's id; unique in the document, never reused (the step is not 1, so ids are no counters to do sums with). */
  idOf(control: ControlNode): number {
    let id = this.ids.get(control);
    if (id === undefined) {
      id = this.nextId;
      this.nextId += 7;
      this.ids.set(control, id);
    }
    return id;
  }

  /** Document.contentControls: the main text's controls, then the header's; see tableControlsMissingFromDocumentCollection. */
  documentControls(): ControlNode[] {
    if (!this.tableControlsMissingFromDocumentCollection) return this.allControls();
    return [...outsideTables(this.main.nodes, isControl), ...outsideTables(this.header.nodes, isControl)];
  }

  /** Body.contentControls; a story's body misses table controls as the document's collection does. */
  bodyControls(body: BodyTarget): ControlNode[] {
    const nodes = this.bodyNodes(body);
    return body.kind === "story" && this.tableControlsMissingFromDocumentCollection
      ? outsideTables(nodes, isControl)
      : this.controlsIn(nodes);
  }

  /**
   * The tables in some content, not those nested in their cells (Table.tables gives those, "one level
   * deeper"), as Word's Tables collections do.
   */
  tablesIn(nodes: WmlNode[]): TableNode[] {
    return outsideTables(nodes, isTable);
  }

  /** Table.tables: the tables in the table's cells, one level deeper. */
  nestedTables(table: TableNode): TableNode[] {
    return this.tablesIn(
      table.children.flatMap((row) =>
        hasChildren(row) ? row.children.flatMap((cell) => (hasChildren(cell) ? cell.children : [])) : [],
      ),
    );
  }

  /**
   * The innermost control around a node (not the node itself). The API's parent lookups return only the "currently
   * supported" kind, rich text (`listedOnly`; office-js #1302: ItemNotFound inside a plain-text control).
   */
  enclosingControl(node: WmlNode, where: string, listedOnly = false): ControlNode | null {
    return (
      [...this.locate(node, where).ancestors]
        .reverse()
        .find((n): n is ControlNode => isControl(n) && (!listedOnly || n.control.kind === "richText")) ?? null
    );
  }

  // ------------------------------------------------------------------ facts about a range

  /** The innermost control around a range; the cursor inside a control counts as in it. */
  parentControl(range: RangeTarget, where: string, listedOnly = false): ControlNode | null {
    if (range.node.type === "control" && !isOutside(range) && (!listedOnly || range.node.control.kind === "richText"))
      return range.node;
    return this.enclosingControl(range.node, where, listedOnly);
  }

  /** The innermost table around a range; a table's own range is in that table. */
  parentTable(range: RangeTarget, where: string): TableNode | null {
    if (range.node.type === "table" && !isOutside(range)) return range.node;
    const { ancestors } = this.locate(range.node, where);
    return ([...ancestors].reverse().find((n) => n.type === "table") as TableNode | undefined) ?? null;
  }

  /**
   * The innermost body around a range. Word gives a table cell a body of its own (BodyType "TableCell",
   * whose parentBody is the story around the table), so a cursor in a cell is not in "MainDoc".
   */
  parentBody(range: RangeTarget, where: string): BodyTarget {
    const { story, ancestors } = this.locate(range.node, where);
    const cell = [...ancestors].reverse().find((n): n is CellNode => n.type === "cell");
    return cell ? { kind: "cell", cell } : { kind: "story", story };
  }

  /** Body.parentBodyOrNullObject: a cell's body lies in the next cell out, or in its story; a story has none. */
  outerBody(body: BodyTarget, where: string): BodyTarget | null {
    if (body.kind === "story") return null;
    const { story, ancestors } = this.locate(body.cell, where);
    const cell = [...ancestors].reverse().find((n): n is CellNode => n.type === "cell");
    return cell ? { kind: "cell", cell } : { kind: "story", story };
  }

  /** The nodes a whole range covers: one, or a run of siblings up to `through`. */
  covered(range: RangeTarget, where: string): WmlNode[] {
    if (range.extent === "content") return range.node.type === "control" ? range.node.children : [range.node];
    if (range.extent !== "whole") return [];
    if (!range.through) return [range.node];
    const { siblings, index } = this.locate(range.node, where);
    const last = siblings.indexOf(range.through, index);
    if (last < 0) throw itemNotFound(where);
    return siblings.slice(index, last + 1);
  }

  /** The paragraphs a range touches: its own, the one around an inline control, or those inside a block. */
  paragraphsOf(range: RangeTarget, where: string): ParagraphNode[] {
    if (range.through) return descendants(this.covered(range, where), isParagraph);
    if (range.node.type === "paragraph") return [range.node];
    const around = [...this.locate(range.node, where).ancestors].reverse().find(isParagraph);
    if (around) return [around];
    if (isOutside(range))
      throw notModelled(`the paragraphs of the point ${range.extent} a block-level ${range.node.type}`);
    const inside = descendants(range.node.children, isParagraph);
    if (range.extent === "whole" || range.extent === "content" || inside.length === 0) return inside;
    return [range.extent === "start" ? inside[0] : inside[inside.length - 1]];
  }

  controlsIn(nodes: WmlNode[]): ControlNode[] {
    return descendants(nodes, isControl);
  }

  // ------------------------------------------------------------------ edits

  /** Parses what insertOoxml got; Word rejects a package it cannot read. */
  parseInsert(ooxml: string, where: string): WmlNode[] {
    this.insertedOoxmlBytes += utf8Length(ooxml);
    const result = readWordBody(ooxml);
    if (!result.ok) throw invalidArgument(where, result.error);
    this.styles.merge(ooxml);
    if (this.faults.losesTags) for (const control of descendants(result.body, isControl)) control.control.tag = "";
    return result.body;
  }

  insertIntoBody(body: BodyTarget, nodes: WmlNode[], location: string, where: string): void {
    const target = this.bodyNodes(body);
    if (body.kind === "cell") this.assertEditableWithin(this.locate(body.cell, where).ancestors, where);
    switch (location) {
      case "Start":
        target.unshift(...nodes);
        break;
      case "End":
        this.endFor(target, where).push(...nodes);
        break;
      case "Replace":
        this.assertRemovable(target, where);
        target.splice(0, target.length, ...nodes);
        break;
      default:
        throw invalidArgument(where, `Body.insertOoxml takes "Start", "End" or "Replace", not "${location}"`);
    }
    keepFinalParagraph(target);
  }

  insertIntoControl(control: ControlNode, nodes: WmlNode[], location: string, where: string): void {
    const { ancestors } = this.locate(control, where);
    this.assertEditableWithin([...ancestors, control], where);
    const content = this.isInline(ancestors)
      ? inlineContent(nodes, `inserting ${nodes.length} blocks into an inline content control`)
      : nodes;
    switch (location) {
      case "Start":
        control.children.unshift(...content);
        break;
      case "End":
        this.endFor(control.children, where).push(...content);
        break;
      case "Replace":
        this.assertRemovable(control.children, where);
        control.children.splice(0, control.children.length, ...content);
        break;
      default:
        throw invalidArgument(where, `ContentControl.insertOoxml takes "Start", "End" or "Replace", not "${location}"`);
    }
  }

  insertAtRange(range: RangeTarget, nodes: WmlNode[], location: string, where: string): void {
    if (!["Before", "After", "Start", "End", "Replace"].includes(location)) {
      throw invalidArgument(
        where,
        `Range.insertOoxml takes "Before", "After", "Start", "End" or "Replace", not "${location}"`,
      );
    }
    // The point just outside a node: every location means "here", beside the node in its container.
    if (range.extent === "before" || range.extent === "after") {
      this.insertAtRange(
        { node: range.node, extent: "whole" },
        nodes,
        range.extent === "before" ? "Before" : "After",
        where,
      );
      return;
    }
    if (range.extent === "content") {
      if (range.node.type !== "control") throw notModelled(`the content range of a ${range.node.type}`);
      if (location === "Before" || location === "After")
        throw notModelled(`inserting "${location}" a control's content range`);
      this.insertIntoControl(range.node, nodes, location, where);
      return;
    }
    const { ancestors, siblings, index } = this.locate(range.node, where);
    // A collapsed range is a point: every location means "here".
    if (range.extent !== "whole") {
      this.insertAtPoint(range.node, range.extent, nodes, ancestors, where);
      return;
    }
    if (location === "Start" || location === "End") {
      if (range.through && location === "End") {
        const last = this.covered(range, where).pop();
        if (last?.type !== "paragraph" && last?.type !== "control" && last?.type !== "table")
          throw notModelled("a range ending in a run");
        this.insertAtPoint(last, "end", nodes, ancestors, where);
      } else {
        this.insertAtPoint(range.node, location === "Start" ? "start" : "end", nodes, ancestors, where);
      }
      return;
    }
    this.assertEditableWithin(ancestors, where);
    const content = this.isInline(ancestors)
      ? inlineContent(nodes, `inserting ${nodes.length} blocks beside inline content`)
      : nodes;
    const covered = this.covered(range, where);
    if (location === "Replace") {
      this.assertRemovable(covered, where);
      siblings.splice(index, covered.length, ...content);
    } else if (location === "After" && range.node.type === "control" && this.faults.nestsInserts) {
      range.node.children.push(...content);
    } else {
      siblings.splice(location === "Before" ? index : index + covered.length, 0, ...content);
    }
    if (ancestors.length === 0 || ancestors[ancestors.length - 1].type === "cell") keepFinalParagraph(siblings);
  }

  /**
   * Inserting at the start or end of a paragraph: the paragraph is not split, its marks are kept. The
   * inserted paragraph next to it merges into it; the other blocks go before (at the start) or after (at the end).
   */
  private insertAtPoint(
    node: RangeTarget["node"],
    at: "start" | "end",
    nodes: WmlNode[],
    ancestors: ContainerNode[],
    where: string,
  ): void {
    if (node.type === "table") throw notModelled("inserting at the start or end of a table range");
    this.assertEditableWithin(node.type === "control" ? [...ancestors, node] : ancestors, where);
    if (node.type === "control") {
      const content = this.isInline(ancestors)
        ? inlineContent(nodes, "inserting blocks at a point inside an inline control")
        : nodes;
      if (at === "start") node.children.unshift(...content);
      else this.endFor(node.children, where).push(...content);
      return;
    }
    const { siblings, index } = this.locate(node, where);
    if (this.isInline(ancestors)) throw notModelled("a paragraph inside a paragraph");
    if (at === "start") {
      const last = nodes[nodes.length - 1];
      const merged = last?.type === "paragraph" ? last.children : [];
      const before = last?.type === "paragraph" ? nodes.slice(0, -1) : nodes;
      node.children.unshift(...merged);
      siblings.splice(index, 0, ...before);
    } else {
      const first = nodes[0];
      const merged = first?.type === "paragraph" ? first.children : [];
      const after = first?.type === "paragraph" ? nodes.slice(1) : nodes;
      node.children.push(...merged);
      siblings.splice(index + 1, 0, ...after);
      if (ancestors.length === 0 || ancestors[ancestors.length - 1].type === "cell") keepFinalParagraph(siblings);
    }
  }

  /**
   * ContentControl.insertText. "Replace" puts the text in place of the content: an inline control gets runs,
   * a block control one paragraph per line (in the style of its first paragraph). "Start" and "End" add runs
   * inside; a control showing its placeholder is replaced, as typing into it does.
   */
  insertTextIntoControl(control: ControlNode, text: string, location: string, where: string): void {
    if (!["Replace", "Start", "End"].includes(location)) {
      throw invalidArgument(where, `ContentControl.insertText takes "Replace", "Start" or "End", not "${location}"`);
    }
    const { ancestors } = this.locate(control, where);
    this.assertEditableWithin([...ancestors, control], where);
    if (control.control.kind !== "richText" && control.control.kind !== "plainText")
      throw notModelled(`insertText into a ${control.control.kind} control`);
    if (location === "Replace" || control.control.showingPlaceholder) {
      this.assertRemovable(control.children, where);
      this.setControlText(control, text, where);
      return;
    }
    const runs = textRuns(text, "ContentControl.insertText");
    if (this.holdsRuns(control, ancestors)) {
      if (location === "Start") control.children.unshift(...runs);
      else control.children.push(...runs);
      return;
    }
    const paragraph = location === "Start" ? control.children[0] : control.children[control.children.length - 1];
    if (paragraph?.type !== "paragraph")
      throw notModelled(
        `insertText at the ${location} of a control that does not ${location === "Start" ? "begin" : "end"} with a paragraph`,
      );
    if (location === "Start") paragraph.children.unshift(...runs);
    else paragraph.children.push(...runs);
  }

  /**
   * Sets a control's content to plain text (no lock checks: the callers check, or stand for the user). An emptied
   * control shows Word's own placeholder, not ours, and `text` returns it (office-js #1515). With Track Changes on,
   * the old text stays as a tracked deletion in front of the new (office-js #1267).
   */
  setControlText(control: ControlNode, text: string, where: string): void {
    const location = this.locate(control, where);
    if (control.children.length === 1 && control.children[0].type === "table")
      throw notModelled("replacing the text of a control around a table");
    const shown = text === "" ? wordDefaultPlaceholder(control.control.kind, this.displayLanguage) : text;
    // Earlier tracked deletions stay; the text replaced now joins them, unless it was only a placeholder.
    const earlier = descendants(control.children, (n): n is WmlNode => n.type === "deleted");
    const current = control.control.showingPlaceholder ? "" : textOf(control.children);
    const deleted: WmlNode[] = this.trackChanges
      ? [...earlier, ...(current ? [{ type: "deleted" as const, text: current }] : [])]
      : [];
    if (this.holdsRuns(control, location.ancestors)) {
      control.children.splice(
        0,
        control.children.length,
        ...deleted,
        ...textRuns(shown, "text for a control holding runs"),
      );
    } else {
      const style = descendants(control.children, isParagraph)[0]?.style ?? "";
      const lines = shown
        .split(/\r\n?|\n/)
        .map((line): ParagraphNode => ({ type: "paragraph", style, children: textRuns(line, "a line") }));
      lines[0].children.unshift(...deleted);
      control.children.splice(0, control.children.length, ...lines);
    }
    control.control.showingPlaceholder = text === "";
    this.keepCursor(location);
  }

  /**
   * ContentControl.delete. Without keepContent the control goes with its content: neither it nor a control
   * inside may be locked against deletion. With keepContent it is unwrapped: only its own lock counts.
   * Either way the content around must be editable.
   */
  deleteControl(control: ControlNode, keepContent: unknown, where: string): void {
    if (typeof keepContent !== "boolean")
      throw invalidArgument(where, "ContentControl.delete needs keepContent, true or false");
    const location = this.locate(control, where);
    this.assertEditableWithin(location.ancestors, where);
    if (keepContent) {
      if (cannotDelete(control))
        throw notAllowed(where, `control '${control.control.tag || control.control.title}' cannot be deleted`);
      location.siblings.splice(location.index, 1, ...control.children);
    } else {
      this.assertRemovable([control], where);
      location.siblings.splice(location.index, 1);
    }
    this.afterRemoval(location);
  }

  /** Paragraph.delete: the paragraph goes, if the content around it may be edited and no locked control is in it. */
  deleteParagraph(paragraph: ParagraphNode, where: string): void {
    const location = this.locate(paragraph, where);
    this.assertEditableWithin(location.ancestors, where);
    this.assertRemovable(descendants(paragraph.children, isControl), where);
    location.siblings.splice(location.index, 1);
    this.afterRemoval(location);
  }

  /** Word keeps a final paragraph in a story and a cell, and moves the cursor out of what went. */
  afterRemoval(location: Location, moveCursor = true): void {
    const container = location.ancestors[location.ancestors.length - 1];
    if (!container || container.type === "cell") keepFinalParagraph(location.siblings);
    if (moveCursor) this.keepCursor(location);
  }

  /** If the cursor was in what an edit removed, it stands where that was. */
  private keepCursor(location: Location): void {
    if (this.locateOrNull(this.cursor.node)) return;
    const here = location.siblings[location.index];
    const before = location.siblings[location.index - 1];
    const around = [...location.ancestors]
      .reverse()
      .find((n): n is ParagraphNode | ControlNode => n.type === "paragraph" || n.type === "control");
    if (here && (here.type === "paragraph" || here.type === "control" || here.type === "table"))
      this.cursor = { node: here, extent: "start" };
    else if (before && (before.type === "paragraph" || before.type === "control" || before.type === "table"))
      this.cursor = { node: before, extent: "end" };
    else if (around) this.cursor = { node: around, extent: here ? "start" : "end" };
    else this.cursor = { node: this.main.nodes.find(isParagraph) ?? emptyParagraph(), extent: "start" };
  }

  /** A control whose content is runs: an inline one, or one that holds nothing but runs (and inline controls). */
  private holdsRuns(control: ControlNode, ancestors: ContainerNode[]): boolean {
    if (this.isInline(ancestors)) return true;
    return (
      control.children.length > 0 &&
      descendants(control.children, (n): n is WmlNode => n.type === "paragraph" || n.type === "table").length === 0
    );
  }

  /** Inline context: the nearest container that is not a control is a paragraph. */
  isInline(ancestors: ContainerNode[]): boolean {
    const container = [...ancestors].reverse().find((n) => n.type !== "control");
    return container?.type === "paragraph";
  }

  /** Where "End" goes (endOf); a locked control it would enter refuses the insertion. */
  private endFor(nodes: WmlNode[], where: string): WmlNode[] {
    const { target, entered } = endOf(nodes);
    this.assertEditableWithin(entered, where);
    return target;
  }

  /** Content-locked controls (w:lock contentLocked / sdtContentLocked) refuse every edit inside them. */
  private assertEditableWithin(containers: ContainerNode[], where: string): void {
    const locked = containers.filter(isControl).find(cannotEdit);
    if (locked)
      throw notAllowed(where, `the content of control '${locked.control.tag || locked.control.title}' is locked`);
  }

  /** Controls locked against deletion (sdtLocked / sdtContentLocked) cannot be replaced away. */
  private assertRemovable(nodes: WmlNode[], where: string): void {
    const locked = controlsOf(nodes).find(({ node }) => cannotDelete(node));
    if (locked)
      throw notAllowed(where, `control '${locked.node.control.tag || locked.node.control.title}' cannot be deleted`);
  }
}

/** w:lock sdtLocked / sdtContentLocked: Word's ContentControl.cannotDelete. */
export const cannotDelete = (control: ControlNode) =>
  control.control.lock === "sdtLocked" || control.control.lock === "sdtContentLocked";

/** w:lock contentLocked / sdtContentLocked: Word's ContentControl.cannotEdit. */
export const cannotEdit = (control: ControlNode) =>
  control.control.lock === "contentLocked" || control.control.lock === "sdtContentLocked";

/** Into a paragraph only runs fit: one inserted paragraph is unwrapped; more would split the paragraph. */
function inlineContent(nodes: WmlNode[], what: string): WmlNode[] {
  if (nodes.length === 1 && nodes[0].type === "paragraph") return nodes[0].children;
  if (
    nodes.every(
      (n) =>
        n.type !== "paragraph" &&
        n.type !== "table" &&
        !(n.type === "control" && n.children.some((c) => c.type === "paragraph" || c.type === "table")),
    )
  )
    return nodes;
  throw notModelled(what);
}
