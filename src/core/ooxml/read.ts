/**
 * Reads the body of a WordprocessingML part into a WmlNode tree. Built for untrusted input: no DTD is
 * accepted (so no entity expansion), nesting depth is bounded, and every failure is a German message.
 */
import {
  DECORATIVE_NAMESPACE,
  DRAWING_NAMESPACE,
  MC_NAMESPACE,
  scanResolved,
  STRICT_WORD_NAMESPACE,
  W14_NAMESPACE,
  WORD_NAMESPACE,
  type ResolvedTag,
} from "./namespaces";
import { XmlError, xmlProblem, type XmlText } from "./xmlScanner";
import { isOn, outlineLevel } from "./documentStyles";
import type { ControlInfo, ContainerNode, RunFormat, WmlNode } from "./tree";

/** Far deeper than any real document; keeps hostile nesting from exhausting memory or later recursion. */
export const MAX_DEPTH = 2000;

/**
 * What a body may hold, far beyond any genuine answer (one with 500 questions has about 5,200 nodes, 2,000
 * controls and 40,000 characters; `npm run bench` prints the margins): past these, reading stops with a German
 * message instead of filling memory.
 */
export interface ReadLimits {
  nodes: number;
  controls: number;
  characters: number;
}

export const READ_LIMITS: ReadLimits = { nodes: 2_000_000, controls: 100_000, characters: 64 * 1024 * 1024 };

const tooLarge = (what: string) =>
  new Error(`Das Dokument ist zu groß, um es zu prüfen (${what}); keine echte Antwort ist so groß.`);

export type ReadResult = { ok: true; body: WmlNode[] } | { ok: false; error: string };

type ParagraphNode = Extract<WmlNode, { type: "paragraph" }>;
type RowNode = Extract<WmlNode, { type: "row" }>;
type TableNode = Extract<WmlNode, { type: "table" }>;
type ImageNode = Extract<WmlNode, { type: "image" }>;

/** Whose properties a skipped properties element (w:pPr, w:rPr, w:trPr, w:tblPr) describes; its direct children are read. */
type Described = { paragraph: ParagraphNode } | { run: RunFormat } | { row: RowNode } | { table: TableNode };

type Frame =
  | { kind: "node"; node: ContainerNode }
  | { kind: "sdtPr"; control: ControlInfo }
  | { kind: "sdtContent"; node: ContainerNode }
  | { kind: "text"; node: ContainerNode } // inside w:t: character data is kept
  /** Subtree ignored (deleted text, field codes, fallbacks); properties read from its children where `described`. */
  | { kind: "skip"; described?: Described }
  /** Any other element: its children go where its own would have gone (`container`, resolved when it opened). */
  | { kind: "other"; container: ContainerNode | null }
  /** A run, a hyperlink or a drawing: like "other"; what it puts in force ends with it, the `previous` coming back. */
  | { kind: "run"; container: ContainerNode; format: RunFormat; previous: RunFormat | null }
  | { kind: "link"; container: ContainerNode; previous: number | undefined }
  | { kind: "drawing"; container: ContainerNode; previous: ImageNode | null };

/** Frames are made for every element of a body (hundreds of thousands): the common ones are shared. */
const SKIP: Frame = Object.freeze({ kind: "skip" });

/** Elements whose subtree holds no text of the body: deleted text, field codes, properties. */
export const SKIPPED = new Set([
  "delText",
  "instrText",
  "fldData",
  "sectPr",
  "rPr",
  "pPr",
  "tblPr",
  "trPr",
  "tcPr",
  "tblGrid",
]);

function newControl(): ControlInfo {
  return { tag: "", title: "", lock: "none", showingPlaceholder: false, kind: "richText", choices: [] };
}

/** Namespace names are one string each (see namespaces.ts): comparing references, not texts. */
const isWordNamespace = (uri: string) => uri === WORD_NAMESPACE || uri === STRICT_WORD_NAMESPACE;
const isWordOrNone = (uri: string) => uri === "" || isWordNamespace(uri);

/** An attribute of the element opening now, unprefixed or in Word's namespace; "" where it has none. */
function attribute(tag: ResolvedTag, local: string): string {
  return tag.attribute(local, isWordOrNone) ?? "";
}

const LOCKS = new Map<string, ControlInfo["lock"]>([
  ["sdtLocked", "sdtLocked"],
  ["sdtContentLocked", "sdtContentLocked"],
  ["contentLocked", "contentLocked"],
]);

/** Applies a child element of w:sdtPr to the control it describes. */
function readControlProperty(control: ControlInfo, tag: ResolvedTag, inW14: boolean): void {
  if (inW14) {
    if (tag.local === "checkbox") control.kind = "checkbox";
    return;
  }
  switch (tag.local) {
    case "alias":
      control.title = attribute(tag, "val");
      break;
    case "tag":
      control.tag = attribute(tag, "val");
      break;
    case "lock":
      control.lock = LOCKS.get(attribute(tag, "val")) ?? "none";
      break;
    case "showingPlcHdr":
      control.showingPlaceholder = attribute(tag, "val") !== "0" && attribute(tag, "val") !== "false";
      break;
    case "text":
      control.kind = "plainText";
      break;
    case "date":
      control.kind = "date";
      break;
    case "dropDownList":
      control.kind = "dropDown";
      break;
    case "comboBox":
      control.kind = "comboBox";
      break;
    case "listItem":
      control.choices.push(attribute(tag, "displayText") || attribute(tag, "value"));
      break;
    case "picture":
    case "docPartObj":
    case "docPartList":
    case "equation":
    case "citation":
    case "bibliography":
    case "group":
      control.kind = "other";
      break;
  }
}

function readProperty(described: Described, tag: ResolvedTag): void {
  if ("paragraph" in described) {
    if (tag.local === "pStyle") described.paragraph.style = attribute(tag, "val");
    else if (tag.local === "outlineLvl") described.paragraph.outline = outlineLevel(attribute(tag, "val"));
  } else if ("run" in described) {
    if (tag.local === "b") described.run.bold = isOn(attribute(tag, "val"));
    else if (tag.local === "color") described.run.color = attribute(tag, "val");
  } else if ("row" in described) {
    if (tag.local === "tblHeader") described.row.header = isOn(attribute(tag, "val"));
  } else if (tag.local === "tblStyle") {
    described.table.style = attribute(tag, "val");
  }
}

/** wp:docPr holds the alternative text (descr, or the older title); Office marks a decorative picture in an extension. */
function readDrawingProperty(image: ImageNode, tag: ResolvedTag): void {
  if (tag.uri === DRAWING_NAMESPACE && tag.local === "docPr") {
    image.alt = (attribute(tag, "descr") || attribute(tag, "title")).trim();
  } else if (tag.uri === DECORATIVE_NAMESPACE && tag.local === "decorative") {
    image.decorative = isOn(attribute(tag, "val"));
  }
}

/*
 * Nodes are made with every property they may get, even where it stays undefined: an object that gains a property
 * later changes its hidden class, and code V8 optimised for the one class is thrown away and compiled again when it
 * meets the other (the body's walks were compiled three to five times over the corpus).
 */

// A Map, not an object: element names such as "constructor" or "__proto__" must find nothing.
const CONTAINERS = new Map<string, () => ContainerNode>([
  ["p", () => ({ type: "paragraph", style: "", outline: undefined, children: [] })],
  ["tbl", () => ({ type: "table", style: undefined, children: [] })],
  ["tr", () => ({ type: "row", header: undefined, children: [] })],
  ["tc", () => ({ type: "cell", children: [] })],
]);

/** A run's formatting, every property present (see above). */
const newFormat = (link: number | undefined): RunFormat => ({ bold: undefined, color: undefined, link });

class BodyReader {
  private readonly stack: Frame[] = [];
  private readonly root: ContainerNode = { type: "cell", children: [] };
  private inBody = false;
  private bodyDepth = -1;
  error = "";

  constructor(private readonly limits: ReadLimits) {}

  /** The run being read, the hyperlink around it (numbered in document order), the drawing being described. */
  private run: RunFormat | null = null;
  private link: number | undefined;
  private links = 0;
  private image: ImageNode | null = null;

  private nodes = 0;
  private controls = 0;
  private characters = 0;

  /** Where a child of the innermost open element goes; constant time, however deep the nesting. */
  private parent(): ContainerNode | null {
    const top = this.top();
    if (!top) return this.inBody ? this.root : null;
    if (top.kind === "node" || top.kind === "sdtContent" || top.kind === "text") return top.node;
    return top.kind === "skip" || top.kind === "sdtPr" ? null : top.container;
  }

  /** The last "other" frame made: its siblings and their children share it (frames are never changed). */
  private lastOther: Frame & { kind: "other" } = { kind: "other", container: null };

  private other(): Frame {
    const container = this.parent();
    if (this.lastOther.container !== container) this.lastOther = { kind: "other", container };
    return this.lastOther;
  }

  private add(parent: ContainerNode, node: WmlNode): void {
    if (++this.nodes > this.limits.nodes)
      throw tooLarge(`mehr als ${this.limits.nodes.toLocaleString("de-DE")} Elemente`);
    if (node.type === "control" && ++this.controls > this.limits.controls)
      throw tooLarge(`mehr als ${this.limits.controls.toLocaleString("de-DE")} Inhaltssteuerelemente`);
    parent.children.push(node);
  }

  private top(): Frame | undefined {
    return this.stack[this.stack.length - 1];
  }

  open(tag: ResolvedTag): void {
    if (this.stack.length >= MAX_DEPTH) throw new Error("Das Dokument ist zu tief verschachtelt, um es zu lesen.");
    const top = this.top();
    if (top?.kind === "skip" || (top?.kind === "sdtPr" && !this.isWord(tag) && tag.uri !== W14_NAMESPACE)) {
      this.stack.push(SKIP);
      return;
    }
    if (top?.kind === "sdtPr") {
      readControlProperty(top.control, tag, tag.uri === W14_NAMESPACE);
      this.stack.push(top); // nested properties (list items) describe the same control
      return;
    }
    if (tag.uri === MC_NAMESPACE && tag.local === "Fallback") {
      this.stack.push(SKIP); // the Choice already holds the same text
      return;
    }
    if (!this.isWord(tag)) {
      this.stack.push(this.other());
      return;
    }
    this.openWordElement(tag);
  }

  private isWord(tag: ResolvedTag): boolean {
    return isWordNamespace(tag.uri);
  }

  private openWordElement(tag: ResolvedTag): void {
    const local = tag.local;
    if (local === "body") {
      this.inBody = true;
      this.bodyDepth = this.stack.length;
      this.stack.push({ kind: "other", container: this.root });
      return;
    }
    const parent = this.parent();
    if (!this.inBody || SKIPPED.has(local) || !parent) {
      this.stack.push(SKIPPED.has(local) ? this.skipped(local) : this.other());
      return;
    }
    const container = CONTAINERS.get(local);
    if (container) {
      const node = container();
      this.add(parent, node);
      this.stack.push({ kind: "node", node });
    } else if (local === "sdt") {
      const node: ContainerNode = { type: "control", control: newControl(), children: [] };
      this.add(parent, node);
      this.stack.push({ kind: "node", node });
    } else if (local === "sdtPr" && parent.type === "control") {
      this.stack.push({ kind: "sdtPr", control: parent.control });
    } else if (local === "sdtContent") {
      this.stack.push({ kind: "sdtContent", node: parent });
    } else if (local === "t") {
      this.stack.push({ kind: "text", node: parent });
    } else if (local === "r") {
      this.openRun(parent);
    } else if (local === "hyperlink") {
      this.stack.push({ kind: "link", container: parent, previous: this.link });
      this.link = ++this.links;
    } else if (local === "drawing") {
      const image: ImageNode = { type: "image", alt: "", decorative: false };
      this.add(parent, image);
      this.stack.push({ kind: "drawing", container: parent, previous: this.image });
      this.image = image;
    } else {
      this.leaf(local, parent);
      this.stack.push(this.other());
    }
  }

  private leaf(local: string, parent: ContainerNode): void {
    if (local === "br" || local === "cr") this.add(parent, { type: "break" });
    else if (local === "tab") this.add(parent, { type: "tab" });
  }

  /** A run: its text takes the formatting its w:rPr gives (read as it opens, before the text) and its hyperlink. */
  private openRun(parent: ContainerNode): void {
    const format = newFormat(this.link);
    this.stack.push({ kind: "run", container: parent, format, previous: this.run });
    this.run = format;
  }

  /** A skipped element; a properties element describes its paragraph, run, row or table, if directly inside one. */
  private skipped(local: string): Frame {
    const described = this.described(local);
    return described ? { kind: "skip", described } : SKIP;
  }

  private described(local: string): Described | undefined {
    const top = this.top();
    if (local === "pPr" && top?.kind === "node" && top.node.type === "paragraph") return { paragraph: top.node };
    if (local === "rPr" && top?.kind === "run") return { run: top.format };
    if (local === "trPr" && top?.kind === "node" && top.node.type === "row") return { row: top.node };
    if (local === "tblPr" && top?.kind === "node" && top.node.type === "table") return { table: top.node };
    return undefined;
  }

  /**
   * Properties sit in skipped elements (w:pPr, w:rPr, w:trPr) directly inside what they describe, and a drawing's
   * alternative text deep inside it: read them before the element is skipped or passed through.
   */
  describe(tag: ResolvedTag): void {
    const top = this.top();
    if (top?.kind === "skip" && top.described && this.isWord(tag)) readProperty(top.described, tag);
    else if (this.image) readDrawingProperty(this.image, tag);
  }

  close(): void {
    const frame = this.stack.pop();
    if (frame?.kind === "run") this.run = frame.previous;
    else if (frame?.kind === "link") this.link = frame.previous;
    else if (frame?.kind === "drawing") this.image = frame.previous;
    if (this.stack.length === this.bodyDepth) this.inBody = false;
  }

  text(data: XmlText): void {
    const top = this.top();
    if (top?.kind !== "text") return;
    const text = data.value();
    this.characters += text.length;
    if (this.characters > this.limits.characters)
      throw tooLarge(`mehr als ${this.limits.characters / 1024 / 1024} Mio. Zeichen`);
    const run = this.run;
    this.add(top.node, { type: "text", text, bold: run?.bold, color: run?.color, link: run?.link });
  }

  result(): WmlNode[] {
    return this.root.children;
  }
}

/** Reads the w:body of a main document part. */
export function readWordBody(xml: string, limits: ReadLimits = READ_LIMITS): ReadResult {
  const reader = new BodyReader(limits);
  try {
    scanResolved(
      xml,
      (tag) => {
        reader.describe(tag);
        reader.open(tag);
      },
      () => reader.close(),
      (text) => reader.text(text),
    );
  } catch (error) {
    if (error instanceof XmlError) {
      const dtd = "Das Dokument enthält eine DTD; aus Sicherheitsgründen wird es nicht gelesen.";
      return { ok: false, error: xmlProblem(error, xml, "Das Dokument", dtd) };
    }
    // Our own messages are German; anything else would be a bug, and is not shown as it is.
    const message = error instanceof Error ? error.message : "";
    return {
      ok: false,
      error: message.startsWith("Das Dokument") ? message : "Das Dokument kann nicht gelesen werden.",
    };
  }
  return { ok: true, body: reader.result() };
}
