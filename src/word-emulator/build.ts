/** Documents built in code, for the preview's samples and for tests. */
import type { ControlInfo, WmlNode } from "../core/ooxml/tree";

export function paragraph(text = "", style = ""): WmlNode {
  return { type: "paragraph", style, children: text ? [{ type: "text", text }] : [] };
}

/** A table of cells; a string cell becomes one paragraph. */
export function table(rows: (string | WmlNode[])[][]): WmlNode {
  return {
    type: "table",
    children: rows.map((cells) => ({
      type: "row" as const,
      children: cells.map((cell) => ({
        type: "cell" as const,
        children: typeof cell === "string" ? [paragraph(cell)] : cell,
      })),
    })),
  };
}

/** A content control (block, when its children are paragraphs or tables; inline, when they are runs). */
export function control(info: Partial<ControlInfo>, children: WmlNode[]): WmlNode {
  return {
    type: "control",
    control: { tag: "", title: "", lock: "none", showingPlaceholder: false, kind: "richText", choices: [], ...info },
    children,
  };
}
