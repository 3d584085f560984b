/** The body tree's text: every control's text in one pass equals reading it alone, and stays linear when nested deep. */
import { describe, expect, test } from "@jest/globals";
import fc from "fast-check";
import { controlsOf, controlTexts, textOf, type WmlNode } from "../../src/core/ooxml/tree";

const control = (children: WmlNode[]): WmlNode => ({
  type: "control",
  control: { tag: "t", title: "", lock: "none", showingPlaceholder: false, kind: "richText", choices: [] },
  children,
});

const { node: nodeArbitrary } = fc.letrec<{ node: WmlNode }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.constantFrom<WmlNode>(
      { type: "text", text: "a" },
      { type: "text", text: "bc" },
      { type: "break" },
      { type: "tab" },
    ),
    fc.array(tie("node"), { maxLength: 4 }).map((children): WmlNode => ({ type: "paragraph", style: "", children })),
    fc.array(tie("node"), { maxLength: 4 }).map(control),
    fc.array(tie("node"), { maxLength: 3 }).map((children): WmlNode => ({
      type: "table",
      children: [{ type: "row", children: [{ type: "cell", children }] }],
    })),
  ),
}));

describe("controlTexts", () => {
  test("gives each control the text textOf gives its children, whatever the tree", () => {
    fc.assert(
      fc.property(fc.array(nodeArbitrary, { maxLength: 5 }), (body) => {
        const texts = controlTexts(body);
        for (const { node } of controlsOf(body)) expect(texts.get(node) ?? "").toBe(textOf(node.children));
      }),
      { numRuns: 500 },
    );
  });

  test("controls 2,000 deep around 1 MB of text: one pass, not one copy per level", () => {
    let inner: WmlNode[] = [{ type: "paragraph", style: "", children: [{ type: "text", text: "x".repeat(1 << 20) }] }];
    for (let i = 0; i < 2000; i++) inner = [control(inner)];
    const texts = controlTexts(inner);
    expect(texts.size).toBe(2000);
    expect([...texts.values()].every((t) => t.length === 1 << 20)).toBe(true);
  });
});
