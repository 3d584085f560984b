/** Property-based: whatever the snapshot, the check returns well-formed findings and no rule fails. */
import { describe, expect, test } from "@jest/globals";
import fc from "fast-check";
import { checkDocument, type Finding } from "../../../src/core/check";
import { RULES } from "../../../src/core/check/rules";
import type { DocumentSnapshot, SnapshotControl } from "../../../src/core/check/snapshot";
import { fieldEntries } from "../../../src/core/check/support/lookup";
import type { AnswerContent } from "../../../src/core/ooxml/document";
import { context, passingSeed, profile, snapshotOf } from "./support";

const sectionIds = profile.sections.map((s) => s.id);
const fieldKeys = fieldEntries(profile).map((e) => e.key);
const ratingKeys = profile.sections.flatMap((s) => (s.kind === "rating" ? s.items.map((i) => `${s.id}.${i.id}`) : []));
/** The message ids each rule declares: a finding says one of its rule's messages. */
const messageIds = new Map(RULES.map((rule) => [rule.id, Object.keys(rule.messages)]));
const keys = [...sectionIds, ...fieldKeys, ...ratingKeys, "header.nope", "nope", "", "reasons.x"];

/** Texts that rules react to, so that random documents reach the interesting branches. */
const meaningfulTexts = [
  "",
  " ",
  "\n",
  "1.",
  "2.",
  "2)",
  "3",
  "0",
  "-1.",
  "999999.",
  "Siehe 1.",
  "siehe Antwort zu Frage 3",
  "s. o. zu 2",
  "Siehe 0.",
  "Siehe 1 und 2.",
  "+",
  "0",
  "−",
  "-",
  "+/0/−",
  "+/0/-",
  "öffentlich",
  "Beratung",
  "24.06.2013",
  "31.02.2013",
  "01.01.2099",
  "29.02.2000",
  "VO/0548/13",
  "VO/0548/13/1-A",
  "VO/0549/12/1-A",
  "747 63 800",
  "+33 1",
  "a@b.de",
  "@",
  "TT.MM.JJJJ",
];

const tagArbitrary = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .tuple(
        fc.constantFrom("1", "2", "x"),
        fc.constantFrom("wuppertal@1.0", "wuppertal@0.9", "koeln@1.0", "@", "WUPPERTAL@1.0"),
        fc.constantFrom("s", "h", "f", "q", "qn", "qt", "qa", "r", "zz", ""),
        fc.oneof(fc.constantFrom(...keys), fc.string()),
      )
      .map(([scheme, p, role, key]) => `ratsantwort:${scheme}:${p}:${role}:${key}`),
  },
  { weight: 1, arbitrary: fc.string() },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme" }) },
  { weight: 1, arbitrary: fc.constantFrom("", "ratsantwort:", "ratsantwort:1:wuppertal@1.0:s:header:extra") },
);

/**
 * Built when a test first asks, not when Jest loads the file: fast-check needs a second to build the binary strings,
 * and mutation testing loads this file, with its tests filtered out, for every mutant of the check.
 */
let texts: fc.Arbitrary<string> | undefined;
function textArbitrary(): fc.Arbitrary<string> {
  texts ??= fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...meaningfulTexts) },
    { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 200 }) },
    { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 50 }) },
  );
  return texts;
}

function controlArbitrary(count: number): fc.Arbitrary<SnapshotControl> {
  return fc.record({
    tag: tagArbitrary,
    title: fc.string({ unit: "grapheme", maxLength: 30 }),
    text: textArbitrary(),
    showingPlaceholder: fc.boolean(),
    // Out of range, negative, self and mutual references (cycles), and numbers no reader should produce.
    parent: fc.oneof(
      fc.constant(null),
      fc.integer({ min: -3, max: count + 3 }),
      fc.constantFrom(Number.NaN, 1.5, Number.POSITIVE_INFINITY),
    ),
    locator: fc.string(),
  });
}

function snapshotArbitrary(): fc.Arbitrary<DocumentSnapshot> {
  return fc
    .integer({ min: 0, max: 60 })
    .chain((count) => fc.array(controlArbitrary(count), { minLength: count, maxLength: count }))
    .map((controls) => ({ controls }));
}

function expectWellFormed(findings: Finding[], snapshot: DocumentSnapshot): void {
  expect(Array.isArray(findings)).toBe(true);
  for (const f of findings) {
    expect(typeof f.rule).toBe("string");
    expect(["error", "hint"]).toContain(f.severity);
    expect(
      f.target === null || (Number.isInteger(f.target) && f.target >= 0 && f.target < snapshot.controls.length),
    ).toBe(true);
    expect(f.sectionId === null || sectionIds.includes(f.sectionId)).toBe(true);
    expect(f.message.de.length > 0 && f.message.en.length > 0).toBe(true);
    expect(f.repair === undefined || f.repair === "restoreSection" || f.repair === "renumberQuestions").toBe(true);
    // No rule failed: the runner's fallback hint (its own message, under the failed rule's id) would say so.
    expect(f.messageId).not.toBe("ruleFailed");
    expect(messageIds.get(f.rule)).toContain(f.messageId);
  }
}

describe("checkDocument never throws", () => {
  test("on arbitrary snapshots: well-formed findings, targets in range, no rule failing", () => {
    fc.assert(
      fc.property(snapshotArbitrary(), (snapshot) => {
        expectWellFormed(checkDocument(snapshot, profile, context), snapshot);
      }),
      { numRuns: 400 },
    );
  });

  test("leaves the snapshot untouched and gives the same result twice", () => {
    fc.assert(
      fc.property(snapshotArbitrary(), (snapshot) => {
        const before = JSON.stringify(snapshot);
        const first = checkDocument(snapshot, profile, context);
        expect(JSON.stringify(snapshot)).toBe(before);
        expect(checkDocument(snapshot, profile, context)).toEqual(first);
      }),
      { numRuns: 100 },
    );
  });

  test("on the seed with random edits: texts replaced, controls dropped, parents rewired", () => {
    const seed = passingSeed();
    const n = seed.controls.length;
    const edit = fc.oneof(
      fc.record({ kind: fc.constant("text" as const), at: fc.nat(n - 1), text: textArbitrary() }),
      fc.record({ kind: fc.constant("drop" as const), at: fc.nat(n - 1) }),
      fc.record({
        kind: fc.constant("parent" as const),
        at: fc.nat(n - 1),
        parent: fc.oneof(fc.constant(null), fc.integer({ min: -1, max: n })),
      }),
      fc.record({ kind: fc.constant("tag" as const), at: fc.nat(n - 1), tag: tagArbitrary }),
    );
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 12 }), (edits) => {
        const controls = seed.controls.map((c) => ({ ...c }));
        for (const e of edits) {
          if (e.at >= controls.length) continue;
          if (e.kind === "text") controls[e.at].text = e.text;
          if (e.kind === "drop") controls.splice(e.at, 1); // parents now point at other controls, or past the end
          if (e.kind === "parent") controls[e.at].parent = e.parent;
          if (e.kind === "tag") controls[e.at].tag = e.tag;
        }
        const snapshot = { controls };
        expectWellFormed(checkDocument(snapshot, profile, context), snapshot);
      }),
      { numRuns: 300 },
    );
  });

  test("on documents written by the real writer with random content", () => {
    // eslint-disable-next-line no-control-regex -- texts a user can type: no control characters
    const untypeable = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/;
    const values = fc.dictionary(
      fc.constantFrom(...fieldKeys, ...ratingKeys),
      textArbitrary().filter((t) => !untypeable.test(t)),
    );
    const pairs = fc.array(
      fc.record({
        question: fc.constantFrom("Wer?", "", "Wie?"),
        answer: fc.constantFrom(...meaningfulTexts.filter((t) => !t.includes("\n"))),
      }),
      { maxLength: 6 },
    );
    fc.assert(
      fc.property(values, pairs, (v, p) => {
        const content: AnswerContent = { values: v, questions: { reasons: p } };
        const snapshot = snapshotOf(content);
        expectWellFormed(checkDocument(snapshot, profile, context), snapshot);
      }),
      { numRuns: 60 },
    );
  });
});
