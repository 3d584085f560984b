/** The rule that says the controls were recognised rather than read, how, and how many (rules/recognised.ts). */
import { describe, expect, test } from "@jest/globals";
import { phrase } from "../../../src/core/check/messages";
import recognised from "../../../src/core/check/rules/recognised";
import type { Recognised } from "../../../src/core/check/snapshot";
import { passingSeed, runRule, said } from "./support";

const seed = passingSeed();
const findingsFor = (how?: Recognised) => runRule(recognised, { ...seed, recognised: how });

describe("recognised", () => {
  test("says nothing of controls that were read", () => {
    expect(findingsFor(undefined)).toEqual([]);
  });

  test("a document another program saved: how many fields were matched by title and order, as a Hinweis", () => {
    const findings = findingsFor({ how: "resaved", matched: 40, expected: 46 });
    expect(findings.map(said)).toEqual([{ messageId: "structureLost", data: { matched: 40, expected: 46 } }]);
    expect(findings[0]).toMatchObject({ severity: "hint", sectionId: null, target: null });
    expect(findings[0].message.de).toContain("(40 von 46 Feldern)");
  });

  test.each([
    [0, ""],
    [1, phrase("oneUnplaced")],
    [3, phrase("someUnplaced", { count: 3 })],
  ])("an answer written without the add-in, with %i paragraphs no field took", (count, unplaced) => {
    const findings = findingsFor({ how: "legacy", matched: 44, expected: 46, unplaced: count });
    expect(findings.map(said)).toEqual([
      { messageId: "writtenWithoutAddin", data: { matched: 44, expected: 46, unplaced } },
    ]);
  });

  test("the paragraphs no field took are counted in the message", () => {
    const [one] = findingsFor({ how: "legacy", matched: 44, expected: 46, unplaced: 1 });
    const [three] = findingsFor({ how: "legacy", matched: 44, expected: 46, unplaced: 3 });
    expect(one.message.de).toContain("Ein Absatz konnte keinem Feld zugeordnet werden.");
    expect(three.message.de).toContain("3 Absätze konnten keinem Feld zugeordnet werden.");
  });
});
