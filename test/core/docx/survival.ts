/** What of our content controls survives another program: counted per feature, before and after. */
import { controlsOf, type ControlKind, type WmlNode } from "../../../src/core/ooxml/tree";

export interface ControlCensus {
  controls: number;
  byKind: Partial<Record<ControlKind, number>>;
  withTag: number;
  /** Controls with a title, by kind. */
  titledByKind: Partial<Record<ControlKind, number>>;
  locked: number;
  showingPlaceholderByKind: Partial<Record<ControlKind, number>>;
  /** Controls inside other controls (frames around sections and question pairs). */
  nested: number;
  /** Controls around whole paragraphs or tables. */
  blockLevel: number;
}

const count = (map: Partial<Record<ControlKind, number>>, kind: ControlKind) => {
  map[kind] = (map[kind] ?? 0) + 1;
};

function blockLevelCount(nodes: WmlNode[]): number {
  let found = 0;
  const stack = [...nodes];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!("children" in node)) continue;
    if (node.type === "control" && node.children.some((c) => c.type === "paragraph" || c.type === "table")) found++;
    stack.push(...node.children);
  }
  return found;
}

export function censusOf(body: WmlNode[]): ControlCensus {
  const census: ControlCensus = {
    controls: 0,
    byKind: {},
    withTag: 0,
    titledByKind: {},
    locked: 0,
    showingPlaceholderByKind: {},
    nested: 0,
    blockLevel: blockLevelCount(body),
  };
  for (const { node, ancestors } of controlsOf(body)) {
    const c = node.control;
    census.controls++;
    count(census.byKind, c.kind);
    if (c.tag) census.withTag++;
    if (c.title) count(census.titledByKind, c.kind);
    if (c.lock !== "none") census.locked++;
    if (c.showingPlaceholder) count(census.showingPlaceholderByKind, c.kind);
    if (ancestors.length > 0) census.nested++;
  }
  return census;
}
