/**
 * The controls of a body as a flat list, for documents whose nesting cannot be trusted (re-saved by
 * another program). Each control also gets the plain paragraphs that follow its paragraph: LibreOffice
 * keeps only the first paragraph of a multi-paragraph control inside it and puts the rest after it.
 */
import { controlsOf, textOf, type ControlInfo, type WmlNode } from "../ooxml/tree";

export interface FlatControl {
  info: ControlInfo;
  text: string;
  /** Texts of the paragraphs after the control's paragraph, up to the next control or table. */
  following: string[];
}

type Container = Extract<WmlNode, { children: WmlNode[] }>;

function containsControl(node: WmlNode): boolean {
  return "children" in node && controlsOf([node]).length > 0;
}

/** Walks one container's children in order; recursion depth is bounded by the reader's MAX_DEPTH. */
function walk(children: WmlNode[], out: FlatControl[]): void {
  let last: FlatControl | null = null;
  for (const child of children) {
    if (child.type === "paragraph" && containsControl(child)) {
      const found = controlsOf(child.children).map(({ node }) => ({ info: node.control, text: textOf(node.children), following: [] }));
      out.push(...found);
      last = found[found.length - 1] ?? null;
    } else if (child.type === "paragraph") {
      last?.following.push(textOf(child.children));
    } else if (child.type === "control") {
      out.push({ info: child.control, text: textOf(child.children), following: [] });
      walk(child.children, out);
      last = null;
    } else if ("children" in child) {
      walk((child as Container).children, out);
      last = null;
    }
  }
}

export function flattenControls(body: WmlNode[]): FlatControl[] {
  const out: FlatControl[] = [];
  walk(body, out);
  return out;
}
