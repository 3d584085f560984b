/**
 * Taking an answer written without the add-in into the add-in's structure: every recognised part is wrapped, where
 * it stands, in the control the add-in would have written (same tag and title; rich text, the one kind every Word
 * lists again). Runs are split where a value shares a paragraph with its label, keeping their formatting; nothing
 * is moved, retyped or deleted. Empty fields get a control showing its placeholder. What is not recognised stays
 * where it is, outside the controls, and is listed. The result is verified before it is returned.
 */
import { sdtProperties, placeholderRun, type ControlProperties, type Lock } from "../ooxml/controls";
import { FlatOpcPackage } from "../ooxml/flatOpc";
import { readWordBody, SKIPPED } from "../ooxml/read";
import { textOf, type WmlNode } from "../ooxml/tree";
import type { Profile } from "../profile/types";
import { parseTag, type TagRole } from "../tags";
import { expectedSections, type ExpectedControl, type ExpectedSection } from "./expected";
import { readAnswer } from "./snapshot";
import type { RecognisedPair, Recognition, Source } from "./legacy";
import {
  childOf,
  element,
  localName,
  parseRaw,
  serializeRaw,
  wrapSiblings,
  type RawElement,
  type RawNode,
} from "../ooxml/raw";

const W_NAMESPACE = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

export interface AdoptedSection {
  id: string;
  title: string;
  /** The text the section's fields now hold, as the preview shows it before the user confirms. */
  text: string;
}

export type AdoptResult =
  | {
      ok: true;
      /** The main document part with the controls. */
      xml: string;
      sections: AdoptedSection[];
      /** Text that was not recognised and stays outside the controls. */
      unplaced: string[];
      /** Fields that were recognised but could not be wrapped where they stand (they stay as text). */
      notWrapped: string[];
      /** The placeholder texts of the empty fields added: the only words adoption adds. */
      added: string[];
    }
  | { ok: false; error: string };

/** Refusals, in German: the document stays as it is. */
const REFUSED = {
  unreadable: "Das Dokument kann nicht gelesen werden; es bleibt unverändert.",
  hasStructure: "Das Dokument hat die Antwortstruktur bereits.",
  noAnswer:
    "In diesem Dokument wurde keine Antwort erkannt (zu wenige Überschriften und Beschriftungen des Profils). Es bleibt unverändert.",
  unusual: "Das Dokument ist zu ungewöhnlich aufgebaut, um es sicher zu überführen; es bleibt unverändert.",
  unverified:
    "Die Überführung hätte Text verändert und wurde deshalb nicht ausgeführt; das Dokument bleibt unverändert.",
};

export function adoptMainPart(xml: string, profile: Profile, firstId: number): AdoptResult {
  const read = readWordBody(xml);
  if (!read.ok) return { ok: false, error: read.error };
  const { snapshot: before, recognition } = readAnswer(read.body, profile);
  if (!recognition) {
    return {
      ok: false,
      error: before.controls.some((c) => parseTag(c.tag).kind === "ours") ? REFUSED.hasStructure : REFUSED.noAnswer,
    };
  }
  const raw = parseRaw(xml);
  if (!raw.ok) return { ok: false, error: raw.error };
  const body = raw.root.children.find((c): c is RawElement => c.kind === "element" && localName(c) === "body");
  const prefix = raw.root.attributes.find(([, value]) => value === W_NAMESPACE)?.[0].replace(/^xmlns:?/, "");
  if (!body || prefix !== "w") return { ok: false, error: REFUSED.unusual };
  const lines = rawLinesOf(body);
  if (!sameLines(lines, recognition)) return { ok: false, error: REFUSED.unusual };

  const adopter = new Adopter(body, lines, recognition, firstId);
  const sections = expectedSections(profile).filter((e) => recognition.sections.some((s) => s.id === e.section.id));
  for (const expected of sections) adopter.adoptSection(expected);
  const adopted = serializeRaw(raw.root);
  const reread = readWordBody(adopted);
  if (!reread.ok || !keepsEveryWord(read.body, reread.body, adopter.insertedTexts))
    return { ok: false, error: REFUSED.unverified };
  return {
    ok: true,
    xml: adopted,
    sections: sections.map((e) => ({ id: e.section.id, title: e.section.title, text: sectionText(e, recognition) })),
    unplaced: recognition.unplaced.map((line) => line.text),
    notWrapped: adopter.notWrapped,
    added: adopter.insertedTexts,
  };
}

// ---------------------------------------------------------------- the lines, as the recogniser saw them

/** The paragraphs and table rows of the body in the order lines.ts reads them. */
function rawLinesOf(body: RawElement): RawElement[] {
  const found: RawElement[] = [];
  const stack: RawNode[] = [...body.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.kind !== "element") continue;
    const local = localName(node);
    if (local === "p" || local === "tr") found.push(node);
    else if (!OPAQUE.has(local)) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
  }
  return found;
}

/** Elements whose inside is no line: properties, and what the body reader leaves out. */
const OPAQUE = new Set(["tc", "sectPr", "tblPr", "tblGrid", "trPr", "sdtPr", "sdtEndPr", "Fallback"]);
/** Subtrees whose text the body reader leaves out: what it skips, and the controls' properties and fallbacks. */
const TEXTLESS = new Set([...SKIPPED, "sdtPr", "Fallback"]);

/** The visible text of an element, as the body reader counts it: w:t, tabs and breaks. */
function rawText(node: RawNode): string {
  const out: string[] = [];
  const stack: RawNode[] = [node];
  while (stack.length > 0) {
    const at = stack.pop()!;
    if (at.kind !== "element") continue;
    const local = localName(at);
    if (TEXTLESS.has(local)) continue;
    if (local === "t") out.push(at.children.map((c) => (c.kind === "text" ? c.text : "")).join(""));
    else if (local === "tab") out.push("\t");
    else if (local === "br" || local === "cr") out.push("\n");
    else for (let i = at.children.length - 1; i >= 0; i--) stack.push(at.children[i]);
  }
  return out.join("");
}

const squeezed = (text: string) => text.replace(/\s+/g, "");

/** The raw lines are the recogniser's lines, one for one, with the same text: otherwise nothing is touched. */
function sameLines(lines: RawElement[], recognition: Recognition): boolean {
  return (
    lines.length === recognition.lines.length &&
    lines.every((line, i) => squeezed(rawText(line)) === squeezed(recognition.lines[i].cells.join("")))
  );
}

// ---------------------------------------------------------------- wrapping

class Adopter {
  private nextId: number;
  /** Placeholder texts of the empty controls added, in order: the only text adoption adds. */
  readonly insertedTexts: string[] = [];
  readonly notWrapped: string[] = [];
  /** Section frames made so far: a later section never reaches into one. */
  private readonly frames = new Set<RawElement>();

  constructor(
    private readonly body: RawElement,
    private readonly lines: RawElement[],
    private readonly found: Recognition,
    firstId: number,
  ) {
    this.nextId = firstId;
  }

  adoptSection(expected: ExpectedSection): void {
    for (const leaf of expected.leaves) {
      const source = this.found.sources.get(leaf.key);
      if (source)
        this.wrapValue(
          leaf,
          this.found.values.get(leaf.key) ?? "",
          source,
          leaf.role === "heading" ? "sdtContentLocked" : "none",
        );
    }
    for (const pair of this.found.pairs.get(expected.section.id) ?? []) this.adoptPair(expected, pair);
    const lineIndexes = this.found.sections.find((s) => s.id === expected.section.id)!.lines;
    this.wrapFrame(
      expected,
      lineIndexes.map((i) => this.lines[i]),
    );
  }

  private props(leaf: ExpectedControl, lock: Lock, showingPlaceholder: boolean, title = leaf.title): ControlProperties {
    return { title, tag: leaf.tag, id: this.nextId++, lock, control: { type: "richText" }, showingPlaceholder };
  }

  private wrapValue(leaf: ExpectedControl, value: string, source: Source, lock: Lock, title?: string): void {
    const done =
      source.kind === "block"
        ? this.wrapBlock(source, this.props(leaf, lock, source.lines.length === 0, title), leaf)
        : this.wrapInline(source, value, this.props(leaf, lock, value === "", title), leaf);
    if (!done) this.notWrapped.push(title ?? leaf.title);
  }

  private adoptPair(expected: ExpectedSection, pair: RecognisedPair): void {
    if (!expected.pair) return;
    const byRole = (role: TagRole) => expected.pair!.leaves.find((l) => l.role === role)!;
    const numbered = (title: string) => title.replace(/\d+$/, String(pair.number));
    const numberLine = this.lines[pair.numberLine];
    this.wrapInParagraph(numberLine, pair.numberText, 0, this.props(byRole("questionNumber"), "none", false));
    const questionLeaf = byRole("questionText");
    const questionFrom =
      pair.questionLine === pair.numberLine ? rawText(numberLine).indexOf(pair.numberText) + pair.numberText.length : 0;
    if (
      !this.wrapInParagraph(
        this.lines[pair.questionLine],
        pair.question,
        questionFrom,
        this.props(questionLeaf, "none", pair.question === "", numbered(questionLeaf.title)),
      )
    ) {
      this.notWrapped.push(numbered(questionLeaf.title));
    }
    const answerLeaf = byRole("answer");
    this.wrapValue(
      answerLeaf,
      pair.answer,
      { kind: "block", lines: pair.answerLines, after: pair.questionLine },
      "none",
      numbered(answerLeaf.title),
    );
    const last = pair.answerLines.length > 0 ? pair.answerLines[pair.answerLines.length - 1] : pair.questionLine;
    this.wrapRange(
      this.body,
      this.lines[pair.numberLine],
      this.lines[last],
      this.props(expected.pair.frame, "none", false, numbered(expected.pair.frame.title)),
    );
  }

  /** Whole paragraphs (or the top-level blocks holding them); an empty field becomes a paragraph after `after`. */
  private wrapBlock(
    source: Extract<Source, { kind: "block" }>,
    props: ControlProperties,
    leaf: ExpectedControl,
  ): boolean {
    if (source.lines.length === 0) {
      if (source.after < 0) return false;
      const anchor = childOf(this.body, this.lines[source.after]);
      if (!anchor) return false;
      const paragraph = element("w:p", [], [this.placeholderRun(leaf)]);
      const { sdt } = this.control(props, [paragraph]);
      this.body.children.splice(this.body.children.indexOf(anchor) + 1, 0, sdt);
      sdt.parent = this.body;
      return true;
    }
    return (
      this.wrapRange(
        this.body,
        this.lines[source.lines[0]],
        this.lines[source.lines[source.lines.length - 1]],
        props,
      ) !== null
    );
  }

  /**
   * Wraps the children of `parent` from the one holding `first` to the one holding `last` (blocks of the body, rows
   * of a table, runs of a paragraph), unless a section frame is among them. Returns the new control, or null.
   */
  private wrapRange(parent: RawElement, first: RawNode, last: RawNode, props: ControlProperties): RawElement | null {
    // Text between a paragraph's runs is given as the child it is.
    const from = first.kind === "element" ? childOf(parent, first) : first;
    const to = last.kind === "element" ? childOf(parent, last) : last;
    if (!from || !to) return null;
    const siblings = parent.children.slice(parent.children.indexOf(from), parent.children.indexOf(to) + 1);
    if (siblings.length === 0 || siblings.some((s) => s.kind === "element" && this.frames.has(s))) return null;
    const { sdt, content } = this.control(props, []);
    wrapSiblings(parent, from, to, sdt, content);
    return sdt;
  }

  /** A section's frame: around its blocks, or around its rows where its table holds another section too. */
  private wrapFrame(expected: ExpectedSection, lines: RawElement[]): void {
    const props = this.props(expected.frame, "sdtLocked", false, expected.section.title);
    const rows = lines.every((l) => localName(l) === "tr");
    const table = rows ? childOf(this.body, lines[0]) : null;
    const shared =
      table !== null &&
      this.found.sections.some(
        (s) => s.id !== expected.section.id && s.lines.some((i) => childOf(this.body, this.lines[i]) === table),
      );
    const frame = this.wrapRange(shared ? lines[0].parent! : this.body, lines[0], lines[lines.length - 1], props);
    if (!frame) this.notWrapped.push(expected.section.title);
    else if (!shared) this.frames.add(frame);
  }

  /** A value within a line: in the line's paragraph, or in its cells from `fromCell` on; empty, a placeholder is added. */
  private wrapInline(
    source: Extract<Source, { kind: "inline" }>,
    value: string,
    props: ControlProperties,
    leaf: ExpectedControl,
  ): boolean {
    const paragraphs = this.paragraphsFrom(this.lines[source.line], source.fromCell);
    if (value !== "")
      return paragraphs.some(({ paragraph, from }) => this.wrapInParagraph(paragraph, value, from, props));
    // The old template's own placeholder ("+/0/−") is wrapped as the control's placeholder.
    const shown = paragraphs.find(
      ({ paragraph, from }) => leaf.placeholder !== "" && rawText(paragraph).includes(leaf.placeholder, from),
    );
    if (shown) return this.wrapInParagraph(shown.paragraph, leaf.placeholder, shown.from, props);
    const target = paragraphs[Math.min(1, paragraphs.length - 1)];
    if (!target) return false;
    const { sdt } = this.control(props, [this.placeholderRun(leaf)]);
    target.paragraph.children.push(sdt);
    sdt.parent = target.paragraph;
    return true;
  }

  /** The paragraphs a value may be in, each with the offset its search starts at. */
  private paragraphsFrom(line: RawElement, fromCell: number): { paragraph: RawElement; from: number }[] {
    if (localName(line) === "p") {
      const cells = rawText(line).split("\t");
      return [{ paragraph: line, from: cells.slice(0, fromCell).reduce((n, c) => n + c.length + 1, 0) }];
    }
    const cells = line.children.filter((c): c is RawElement => c.kind === "element" && localName(c) === "tc");
    return cells.slice(fromCell).flatMap((cell) =>
      rawLinesOf(cell)
        .filter((p) => localName(p) === "p")
        .map((paragraph) => ({ paragraph, from: 0 })),
    );
  }

  /** Wraps the first occurrence of `text` at or after `from` in the paragraph, splitting runs at its ends. */
  private wrapInParagraph(paragraph: RawElement, text: string, from: number, props: ControlProperties): boolean {
    if (text === "") return false;
    const start = rawText(paragraph).indexOf(text, from);
    if (start < 0) return false;
    const first = splitAt(paragraph, start);
    const last = splitAt(paragraph, start + text.length);
    if (first === null || last === null) return false;
    const children = paragraph.children;
    const firstIndex = first === "end" ? children.length : children.indexOf(first);
    const lastIndex = (last === "end" ? children.length : children.indexOf(last)) - 1;
    if (lastIndex < firstIndex) return false;
    return this.wrapRange(paragraph, children[firstIndex], children[lastIndex], props) !== null;
  }

  private placeholderRun(leaf: ExpectedControl): RawElement {
    const text = leaf.placeholder || leaf.title;
    this.insertedTexts.push(text);
    return fragment(placeholderRun(text));
  }

  private control(props: ControlProperties, children: RawNode[]): { sdt: RawElement; content: RawElement } {
    const content = element("w:sdtContent", [], children);
    const sdt = element("w:sdt", [], [fragment(sdtProperties(props)), content]);
    return { sdt, content };
  }
}

/** One element of our own writing, parsed. */
function fragment(xml: string): RawElement {
  const parsed = parseRaw(xml);
  if (!parsed.ok) throw new Error(parsed.error); // our writer's output: a failure is a bug
  return parsed.root;
}

/**
 * Makes `offset` (in the paragraph's text) fall between two children: splits the run it falls in. Returns the child
 * that now starts there ("end" past the last), or null when the offset is inside something other than a plain run.
 */
function splitAt(paragraph: RawElement, offset: number): RawElement | "end" | null {
  let at = 0;
  for (const child of paragraph.children) {
    if (child.kind !== "element") continue;
    const length = rawText(child).length;
    if (offset === at && length > 0) return child;
    if (offset > at && offset < at + length) return localName(child) === "r" ? splitRun(child, offset - at) : null;
    at += length;
  }
  return offset === at ? "end" : null;
}

/** Splits a run into two with the same properties; returns the second. */
function splitRun(run: RawElement, offset: number): RawElement | null {
  const properties = run.children.filter((c) => c.kind === "element" && localName(c) === "rPr");
  const before: RawNode[] = [];
  const after: RawNode[] = [];
  let at = 0;
  for (const child of run.children) {
    if (child.kind === "element" && localName(child) === "rPr") continue;
    const length = rawText(child).length;
    if (at + length <= offset) before.push(child);
    else if (at >= offset) after.push(child);
    else if (child.kind === "element" && localName(child) === "t") {
      const text = rawText(child);
      const cut = offset - at;
      const t = (part: string) => element(child.name, [["xml:space", "preserve"]], [{ kind: "text", text: part }]);
      before.push(t(text.slice(0, cut)));
      after.push(t(text.slice(cut)));
    } else {
      return null;
    }
    at += length;
  }
  const second = element(run.name, run.attributes.slice(), [...properties.map(cloneNode), ...after]);
  run.children = [...properties, ...before];
  for (const child of run.children) if (child.kind === "element") child.parent = run;
  const parent = run.parent!;
  parent.children.splice(parent.children.indexOf(run) + 1, 0, second);
  second.parent = parent;
  return second;
}

function cloneNode(node: RawNode): RawNode {
  if (node.kind !== "element") return { ...node };
  return element(node.name, node.attributes.slice(), node.children.map(cloneNode));
}

// ---------------------------------------------------------------- verifying and describing

const words = (text: string) => text.split(/\s+/).filter((w) => w !== "");

/** Every word of the original is there, in order, and the only words added are the placeholders of empty fields. */
export function keepsEveryWord(original: WmlNode[], adopted: WmlNode[], inserted: string[]): boolean {
  const before = words(textOf(original));
  const after = words(textOf(adopted));
  if (after.length !== before.length + inserted.flatMap(words).length) return false;
  let i = 0;
  for (const word of after) if (i < before.length && word === before[i]) i++;
  return i === before.length;
}

function sectionText(expected: ExpectedSection, recognition: Recognition): string {
  const pairs = recognition.pairs.get(expected.section.id);
  if (pairs) return pairs.map((p) => `${p.number}. ${p.question}`).join("\n");
  return expected.leaves
    .filter((leaf) => leaf.role !== "heading")
    .map((leaf) => {
      const value = recognition.values.get(leaf.key);
      return value === undefined ? null : `${leaf.title}: ${value === "" ? "–" : value}`;
    })
    .filter((line): line is string => line !== null)
    .join("\n");
}

// ---------------------------------------------------------------- in Word: the body's Flat OPC package

/** The same for what Word's Body.getOoxml() gives: the package back, adopted, ready to replace the body. */
export function adoptFlatOpc(flatOpc: string, profile: Profile, firstId: number): AdoptResult {
  const pkg = FlatOpcPackage.open(flatOpc);
  if (!pkg) return { ok: false, error: REFUSED.unreadable };
  const adopted = adoptMainPart(pkg.mainPart, profile, firstId);
  if (!adopted.ok) return adopted;
  if (!pkg.replaceMainPart(adopted.xml)) return { ok: false, error: REFUSED.unverified };
  return { ...adopted, xml: pkg.forBodyReplace() };
}
