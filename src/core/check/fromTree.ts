/** A snapshot from a parsed WordprocessingML body: how .docx files and Word's body OOXML feed the rules. */
import { controlTexts, hasChildren, type WmlNode } from "../ooxml/tree";
import { formatLocator, locatorsOf } from "../document/locator";
import type { DocumentSnapshot, SnapshotControl } from "./snapshot";

/** Controls in document order, each with a locator Word can resolve (document/locator.ts). Iterative: no stack overflow. */
export function snapshotOfBody(body: WmlNode[]): DocumentSnapshot {
  const texts = controlTexts(body);
  const controls: SnapshotControl[] = [];
  const stack: { node: WmlNode; parent: number | null }[] = [...body].reverse().map((node) => ({ node, parent: null }));
  while (stack.length > 0) {
    const { node, parent } = stack.pop()!;
    if (!hasChildren(node)) continue;
    let inner = parent;
    if (node.type === "control") {
      inner = controls.length;
      const { tag, title, showingPlaceholder } = node.control;
      controls.push({ tag, title, text: texts.get(node) ?? "", showingPlaceholder, parent, locator: "" });
    }
    for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i], parent: inner });
  }
  return { controls: withLocators(controls) };
}

/** Gives each control the locator of its place among the others. */
export function withLocators(controls: SnapshotControl[]): SnapshotControl[] {
  const locators = locatorsOf(controls);
  return controls.map((control, i) => ({ ...control, locator: formatLocator(locators[i]) }));
}
