/**
 * A WordprocessingML part as a tree that keeps everything (every element, attribute and run property), for the
 * edits that must keep the user's formatting: adopting an answer wraps what is there and changes nothing else.
 * Parsing refuses DTDs and bounds nesting, as the body reader does; serialising is iterative.
 */
import { MAX_DEPTH } from "./read";
import { escapeXml } from "./xml";
import { scanXml, XmlError, xmlProblem, type XmlTag } from "./xmlScanner";

export interface RawElement {
  kind: "element";
  name: string;
  attributes: [string, string][];
  children: RawNode[];
  parent: RawElement | null;
}

export type RawNode =
  | RawElement
  | { kind: "text"; text: string }
  | { kind: "comment"; text: string }
  | { kind: "pi"; target: string; body: string };

export type RawResult = { ok: true; root: RawElement } | { ok: false; error: string };

export function element(name: string, attributes: [string, string][] = [], children: RawNode[] = []): RawElement {
  const created: RawElement = { kind: "element", name, attributes, children, parent: null };
  for (const child of children) if (child.kind === "element") child.parent = created;
  return created;
}

/** The element's name without its prefix. */
export const localName = (e: RawElement) => e.name.slice(e.name.indexOf(":") + 1);

function attributesOf(tag: XmlTag): [string, string][] {
  const attributes: [string, string][] = [];
  for (let i = 0; i < tag.count; i++) attributes.push([tag.attributeName(i), tag.value(i)]);
  return attributes;
}

export function parseRaw(xml: string): RawResult {
  const document = element("#document");
  let current = document;
  let depth = 0;
  const tooDeep = `Das Dokument ist tiefer als ${MAX_DEPTH} Ebenen verschachtelt.`;
  try {
    scanXml(xml, {
      open(tag) {
        if (++depth > MAX_DEPTH) throw new Error(tooDeep);
        const created = element(tag.name, attributesOf(tag));
        created.parent = current;
        current.children.push(created);
        current = created;
      },
      close() {
        depth--;
        current = current.parent ?? document;
      },
      text(text) {
        current.children.push({ kind: "text", text: text.value() });
      },
      comment(text) {
        current.children.push({ kind: "comment", text });
      },
      instruction(target, body) {
        current.children.push({ kind: "pi", target, body });
      },
    });
  } catch (error) {
    if (error instanceof XmlError) {
      const dtd = "Das Dokument enthält eine DTD und wird aus Sicherheitsgründen nicht gelesen.";
      return { ok: false, error: xmlProblem(error, xml, "Das Dokument", dtd) };
    }
    if (error instanceof Error && error.message === tooDeep) return { ok: false, error: tooDeep };
    throw error;
  }
  const root = document.children.find((c): c is RawElement => c.kind === "element")!;
  root.parent = null;
  return { ok: true, root };
}

/** The part as text again, with a standard XML declaration unless it is to be embedded in another part. */
export function serializeRaw(root: RawElement, declaration = true): string {
  const out: string[] = declaration ? ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'] : [];
  const stack: (RawNode | { close: string })[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if ("close" in node) {
      out.push(`</${node.close}>`);
    } else if (node.kind === "text") {
      out.push(escapeXml(node.text));
    } else if (node.kind === "comment") {
      out.push(`<!--${node.text}-->`);
    } else if (node.kind === "pi") {
      out.push(`<?${node.target} ${node.body}?>`);
    } else {
      const attributes = node.attributes.map(([name, value]) => ` ${name}="${escapeXml(value)}"`).join("");
      if (node.children.length === 0) {
        out.push(`<${node.name}${attributes}/>`);
        continue;
      }
      out.push(`<${node.name}${attributes}>`);
      stack.push({ close: node.name });
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
    }
  }
  return out.join("");
}

/** Puts `wrapper` where `first` stands in `parent` and moves `first` … `last` (children of `parent`) into `into`. */
export function wrapSiblings(
  parent: RawElement,
  first: RawNode,
  last: RawNode,
  wrapper: RawElement,
  into: RawElement,
): void {
  const from = parent.children.indexOf(first);
  const to = parent.children.indexOf(last);
  const moved = parent.children.splice(from, to - from + 1, wrapper);
  wrapper.parent = parent;
  for (const node of moved) {
    into.children.push(node);
    if (node.kind === "element") node.parent = into;
  }
}

/** The ancestor of `node` (or itself) whose parent is `parent`; null when it is not inside `parent`. */
export function childOf(parent: RawElement, node: RawElement): RawElement | null {
  let at: RawElement | null = node;
  while (at && at.parent !== parent) at = at.parent;
  return at;
}
