/**
 * The controls of a body as a flat list, for documents whose nesting cannot be trusted (re-saved by
 * another program). Each control also gets the plain paragraphs that follow its paragraph: LibreOffice
 * keeps only the first paragraph of a multi-paragraph control inside it and puts the rest after it.
 */
import { controlsOf, controlTexts, hasChildren, textOf, type ControlInfo, type WmlNode } from "../ooxml/tree";

export interface FlatControl {
  info: ControlInfo;
  text: string;
  /** Texts of the paragraphs after the control's paragraph, up to the next control or table. */
  following: string[];
}

/** One container's children being walked; `last` takes the plain paragraphs after a paragraph with controls. */
interface Level {
  children: WmlNode[];
  next: number;
  last: FlatControl | null;
}

/** Iterative, so that nesting as deep as the reader allows costs no stack. */
export function flattenControls(body: WmlNode[]): FlatControl[] {
  const texts = controlTexts(body);
  const flat = (node: Extract<WmlNode, { type: "control" }>): FlatControl => ({
    info: node.control,
    text: texts.get(node) ?? "",
    following: [],
  });
  const out: FlatControl[] = [];
  const levels: Level[] = [{ children: body, next: 0, last: null }];
  while (levels.length > 0) {
    const level = levels[levels.length - 1];
    if (level.next >= level.children.length) {
      levels.pop();
      continue;
    }
    const child = level.children[level.next++];
    if (child.type === "paragraph") {
      const inside = controlsOf(child.children);
      if (inside.length === 0) level.last?.following.push(textOf(child.children));
      for (const { node } of inside) out.push((level.last = flat(node)));
    } else if (child.type === "control") {
      out.push(flat(child));
      level.last = null;
      levels.push({ children: child.children, next: 0, last: null });
    } else if (hasChildren(child)) {
      level.last = null;
      levels.push({ children: child.children, next: 0, last: null });
    }
  }
  return out;
}
