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

export type WmlNode =
  | { type: "paragraph"; style: string; children: WmlNode[] }
  | { type: "table"; children: WmlNode[] }
  | { type: "row"; children: WmlNode[] }
  | { type: "cell"; children: WmlNode[] }
  | { type: "control"; control: ControlInfo; children: WmlNode[] }
  | { type: "text"; text: string }
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
  const out: string[] = [];
  const stack: (WmlNode | "paragraphEnd")[] = [...nodes].reverse();
  let pendingBreak = false;
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === "paragraphEnd") {
      pendingBreak = true;
      continue;
    }
    // Whatever comes after a paragraph's end starts on a new line: another paragraph, text, a break or a tab.
    if (node.type === "paragraph" || node.type === "text" || node.type === "break" || node.type === "tab") {
      if (pendingBreak) out.push("\n");
      pendingBreak = false;
    }
    if (node.type === "paragraph") {
      stack.push("paragraphEnd");
    } else if (node.type === "text" || node.type === "break" || node.type === "tab") {
      out.push(node.type === "text" ? node.text : node.type === "break" ? "\n" : "\t");
      continue;
    }
    if (hasChildren(node)) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
  }
  return out.join("");
}

/** Every control in document order, with the path of controls around it. */
export function controlsOf(nodes: WmlNode[]): { node: Extract<WmlNode, { type: "control" }>; ancestors: ControlInfo[] }[] {
  const found: { node: Extract<WmlNode, { type: "control" }>; ancestors: ControlInfo[] }[] = [];
  const stack: { node: WmlNode; ancestors: ControlInfo[] }[] = [...nodes].reverse().map((node) => ({ node, ancestors: [] }));
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

type ControlNode = Extract<WmlNode, { type: "control" }>;

/**
 * The text of every control, each as `textOf(control.children)` would give it, in one pass over the nodes: the
 * document's text is built once and each control's is a slice of it. Reading a control's text separately would
 * copy the text once per level of nesting (a hostile file nests controls a thousand deep around megabytes).
 */
export function controlTexts(nodes: WmlNode[]): Map<ControlNode, string> {
  const out: string[] = [];
  let length = 0;
  const emit = (piece: string) => {
    out.push(piece);
    length += piece.length;
  };
  const spans = new Map<ControlNode, [start: number, end: number]>();
  // Controls opened whose text has not begun: it begins at the next content, after the separator before it.
  let waiting: ControlNode[] = [];
  const begin = () => {
    for (const control of waiting) spans.set(control, [length, length]);
    waiting = [];
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
      const span = spans.get(item.close);
      if (span) span[1] = length;
      else if (waiting[waiting.length - 1] === item.close) waiting.pop(); // empty: its text never began
      continue;
    }
    // As textOf: content after a paragraph's end starts on a new line; a control's text starts after that separator.
    if (item.type === "paragraph" || item.type === "text" || item.type === "break" || item.type === "tab") {
      if (pendingBreak) emit("\n");
      pendingBreak = false;
      begin();
    }
    if (item.type === "paragraph") {
      stack.push("paragraphEnd");
    } else if (item.type === "text" || item.type === "break" || item.type === "tab") {
      emit(item.type === "text" ? item.text : item.type === "break" ? "\n" : "\t");
      continue;
    } else if (item.type === "control") {
      waiting.push(item);
      stack.push({ close: item });
    }
    if (hasChildren(item)) for (let i = item.children.length - 1; i >= 0; i--) stack.push(item.children[i]);
  }
  const text = out.join("");
  const texts = new Map<ControlNode, string>();
  for (const [control, [start, end]] of spans) texts.set(control, text.slice(start, end));
  return texts;
}
