/** The structure of a WordprocessingML body that the add-in cares about: paragraphs, tables, controls, text. */

export type ControlKind = "richText" | "plainText" | "date" | "dropDown" | "comboBox" | "checkbox" | "other";

export interface ControlInfo {
  tag: string;
  title: string;
  lock: "none" | "sdtLocked" | "sdtContentLocked" | "contentLocked";
  showingPlaceholder: boolean;
  kind: ControlKind;
  choices: string[];
}

/** Run formatting the accessibility check reads (direct formatting only; styles are looked up apart). */
export interface RunFormat {
  bold?: boolean;
  /** w:color's value as written (hex or "auto"). */
  color?: string;
  /** Which hyperlink of the body the run belongs to (numbered from 1 in document order). */
  link?: number;
}

export type WmlNode =
  /** `outline`: an outline level set on the paragraph itself (0 = level 1), beside the one its style may give. */
  | { type: "paragraph"; style: string; outline?: number; children: WmlNode[] }
  /** `style`: the table style (w:tblStyle); a table without one is "Table Normal", which Word takes for layout. */
  | { type: "table"; style?: string; children: WmlNode[] }
  /** `header`: repeated as the table's header row (w:tblHeader), what Word and PDF readers take as column headings. */
  | { type: "row"; header?: boolean; children: WmlNode[] }
  | { type: "cell"; children: WmlNode[] }
  | { type: "control"; control: ControlInfo; children: WmlNode[] }
  | ({ type: "text"; text: string } & RunFormat)
  /** A picture or other drawing (w:drawing): its alternative text, or marked as decorative. */
  | { type: "image"; alt: string; decorative: boolean }
  /** Text deleted with Track Changes on (w:del): not part of the document's text. The reader drops it; Word keeps it. */
  | { type: "deleted"; text: string }
  | { type: "break" }
  | { type: "tab" };

export type ContainerNode = Extract<WmlNode, { children: WmlNode[] }>;

export function hasChildren(node: WmlNode): node is ContainerNode {
  return "children" in node;
}

/**
 * The visible text of nodes, paragraphs separated by "\n", as Word's `text` property gives it.
 * Iterative, so that deeply nested input cannot overflow the stack.
 */
export function textOf(nodes: WmlNode[]): string {
  return writeText(nodes);
}

type ControlNode = Extract<WmlNode, { type: "control" }>;

/** Told where each control's text begins and ends in the text being written (offsets into it). */
interface ControlWatcher {
  opened(control: ControlNode): void;
  /** Content (a paragraph, text, a break, a tab) begins here, after the line break a paragraph's end left. */
  contentAt(offset: number): void;
  closed(control: ControlNode, offset: number): void;
}

/** The one walk over the text, for textOf and controlTexts alike. */
function writeText(nodes: WmlNode[], watcher?: ControlWatcher): string {
  const out: string[] = [];
  let length = 0;
  const emit = (piece: string) => {
    out.push(piece);
    length += piece.length;
  };
  const stack: (WmlNode | { close: ControlNode } | "paragraphEnd")[] = [...nodes].reverse();
  let pendingBreak = false;
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (item === "paragraphEnd") {
      pendingBreak = true;
      continue;
    }
    if ("close" in item) {
      watcher?.closed(item.close, length);
      continue;
    }
    // Whatever comes after a paragraph's end starts on a new line: another paragraph, text, a break or a tab.
    if (item.type === "paragraph" || item.type === "text" || item.type === "break" || item.type === "tab") {
      if (pendingBreak) emit("\n");
      pendingBreak = false;
      watcher?.contentAt(length);
    }
    if (item.type === "paragraph") {
      stack.push("paragraphEnd");
    } else if (item.type === "text" || item.type === "break" || item.type === "tab") {
      emit(item.type === "text" ? item.text : item.type === "break" ? "\n" : "\t");
      continue;
    } else if (item.type === "control" && watcher) {
      watcher.opened(item);
      stack.push({ close: item });
    }
    if (hasChildren(item)) for (let i = item.children.length - 1; i >= 0; i--) stack.push(item.children[i]);
  }
  return out.join("");
}

/** Every control in document order, with the path of controls around it. */
export function controlsOf(
  nodes: WmlNode[],
): { node: Extract<WmlNode, { type: "control" }>; ancestors: ControlInfo[] }[] {
  const found: { node: Extract<WmlNode, { type: "control" }>; ancestors: ControlInfo[] }[] = [];
  const stack: { node: WmlNode; ancestors: ControlInfo[] }[] = [...nodes]
    .reverse()
    .map((node) => ({ node, ancestors: [] }));
  while (stack.length > 0) {
    const { node, ancestors } = stack.pop()!;
    if (!hasChildren(node)) continue;
    let inner = ancestors;
    if (node.type === "control") {
      found.push({ node, ancestors });
      inner = [...ancestors, node.control];
    }
    for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i], ancestors: inner });
  }
  return found;
}

/**
 * The text of every control, each as `textOf(control.children)` would give it, in one pass over the nodes: the
 * document's text is built once and each control's is a slice of it. Reading a control's text separately would
 * copy the text once per level of nesting (a hostile file nests controls a thousand deep around megabytes).
 */
export function controlTexts(nodes: WmlNode[]): Map<ControlNode, string> {
  const spans = new Map<ControlNode, [start: number, end: number]>();
  // Controls opened whose text has not begun: it begins at the next content, after the separator before it.
  let waiting: ControlNode[] = [];
  const text = writeText(nodes, {
    opened: (control) => void waiting.push(control),
    contentAt: (offset) => {
      for (const control of waiting) spans.set(control, [offset, offset]);
      waiting = [];
    },
    closed: (control, offset) => {
      const span = spans.get(control);
      if (span) span[1] = offset;
      else if (waiting[waiting.length - 1] === control) waiting.pop(); // empty: its text never began
    },
  });
  const texts = new Map<ControlNode, string>();
  for (const [control, [start, end]] of spans) texts.set(control, text.slice(start, end));
  return texts;
}
