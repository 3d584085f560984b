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
    if (node.type === "paragraph") {
      if (pendingBreak) out.push("\n");
      pendingBreak = false;
      stack.push("paragraphEnd");
    } else if (node.type === "text") {
      if (pendingBreak) out.push("\n");
      pendingBreak = false;
      out.push(node.text);
      continue;
    } else if (node.type === "break") {
      out.push("\n");
      continue;
    } else if (node.type === "tab") {
      out.push("\t");
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
