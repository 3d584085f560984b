/** A snapshot from a parsed WordprocessingML body: how .docx files and Word's body OOXML feed the rules. */
import { controlTexts, hasChildren, type WmlNode } from "../ooxml/tree";
import { formatLocator, locatorsOf } from "../document/locator";
import type { DocumentSnapshot, SnapshotControl } from "./snapshot";

type ControlNode = Extract<WmlNode, { type: "control" }>;

/** Controls in document order, each with a locator Word can resolve (document/locator.ts). Iterative: no stack overflow. */
export function snapshotOfBody(body: WmlNode[]): DocumentSnapshot {
  const found: { node: ControlNode; parent: number | null }[] = [];
  const stack: { node: WmlNode; parent: number | null }[] = [...body].reverse().map((node) => ({ node, parent: null }));
  while (stack.length > 0) {
    const { node, parent } = stack.pop()!;
    if (!hasChildren(node)) continue;
    let inner = parent;
    if (node.type === "control") {
      inner = found.length;
      found.push({ node, parent });
    }
    for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i], parent: inner });
  }
  // Most documents checked have no control at all: their text is not built for none.
  if (found.length === 0) return { controls: [] };
  const texts = controlTexts(body);
  const controls = found.map(({ node, parent }): SnapshotControl => {
    const { tag, title, showingPlaceholder } = node.control;
    return { tag, title, text: texts.get(node) ?? "", showingPlaceholder, parent, locator: "" };
  });
  return { controls: withLocators(controls) };
}

/** Gives each control the locator of its place among the others. */
export function withLocators(controls: SnapshotControl[]): SnapshotControl[] {
  const locators = locatorsOf(controls);
  return controls.map((control, i) => ({ ...control, locator: formatLocator(locators[i]) }));
}
