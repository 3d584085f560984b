/** What a snapshot means under a profile: blank fields, pairs and their parts, and what the model cannot place. */
import { describe, expect, test } from "@jest/globals";
import { modelOf } from "../../../src/core/check/model";
import type { SnapshotControl } from "../../../src/core/check/snapshot";
import { profile, snapshotOfXml, tagOf } from "./support";

/** A snapshot of controls given as [tag, text, parent], optionally showing their placeholder. */
const snapshotOf = (...controls: [string, string, number | null, boolean?][]) => ({
  controls: controls.map(([tag, text, parent, showingPlaceholder = false], i): SnapshotControl => ({
    tag,
    title: "",
    text,
    showingPlaceholder,
    parent,
    locator: `#${i}`,
  })),
});

const author = tagOf("f", "header.author");

describe("blank or filled", () => {
  test.each([
    ["shows its placeholder", "Thomas Lenz", true],
    ["is empty", "", false],
    ["holds only spaces and line breaks", "  \n ", false],
    ["holds the profile's placeholder, spaced", "  Vor- und Nachname ", false],
    ["holds Word's own placeholder", "Klicken oder tippen Sie hier, um Text einzugeben.", false],
  ])("a field that %s is blank, its text empty", (_, text, showing) => {
    const model = modelOf(snapshotOf([author, text as string, null, showing as boolean]), profile);
    expect(model.values.get("header.author")).toEqual([{ index: 0, text: "", blank: true }]);
  });

  test("a filled field's text is trimmed; a rating showing its prompt is unrated, one rated is not", () => {
    const goal = tagOf("r", "demography.goal1");
    const model = modelOf(
      snapshotOf([author, "  Thomas Lenz \n", null], [goal, "+/0/−", null], [goal, "−", null]),
      profile,
    );
    expect(model.values.get("header.author")).toEqual([{ index: 0, text: "Thomas Lenz", blank: false }]);
    expect(model.values.get("demography.goal1")).toEqual([
      { index: 1, text: "", blank: true },
      { index: 2, text: "−", blank: false },
    ]);
  });
});

describe("question pairs", () => {
  const pair = tagOf("q", "reasons");
  const number = tagOf("qn", "reasons");
  const question = tagOf("qt", "reasons");
  const answer = tagOf("qa", "reasons");

  test("parts belong to the pair around them, also through a control in between; the first of a kind counts", () => {
    const model = modelOf(
      snapshotOf(
        [pair, "", null],
        [number, "1.", 0],
        ["fremd", "", 0],
        [question, "Frage aus der Anfrage einfügen", 2],
        [answer, "Drei.", 0],
        [number, "9.", 0],
      ),
      profile,
    );
    expect(model.questions.get("reasons")).toEqual([
      {
        index: 0,
        number: { index: 1, text: "1.", blank: false },
        question: { index: 3, text: "", blank: true },
        answer: { index: 4, text: "Drei.", blank: false },
      },
    ]);
    expect(model.unknown).toEqual([]);
  });

  test("a part reaches its pair through controls in between wherever the pair stands, not only first", () => {
    const model = modelOf(
      snapshotOf(
        [author, "Thomas Lenz", null],
        [pair, "", null],
        ["fremd", "", 1],
        ["fremd", "", 2],
        [answer, "Ja.", 3],
      ),
      profile,
    );
    expect(model.questions.get("reasons")).toEqual([
      { index: 1, number: null, question: null, answer: { index: 4, text: "Ja.", blank: false } },
    ]);
  });

  test("parts keyed to a section without questions are unknown, even inside a pair", () => {
    const model = modelOf(
      snapshotOf(
        [pair, "", null],
        [tagOf("qn", "header"), "1.", 0],
        [tagOf("qt", "header"), "Frage?", 0],
        [tagOf("qa", "header"), "Antwort.", 0],
      ),
      profile,
    );
    expect(model.questions.get("reasons")).toEqual([{ index: 0, number: null, question: null, answer: null }]);
    expect(model.unknown).toEqual([1, 2, 3]);
  });

  test("an answer that holds the profile's answer placeholder is blank", () => {
    const reasons = profile.sections.find((s) => s.id === "reasons");
    if (reasons?.kind !== "questions") throw new Error("the profile has no questions section");
    const model = modelOf(snapshotOf([pair, "", null], [answer, ` ${reasons.answer.placeholder} `, 0]), profile);
    expect(model.questions.get("reasons")?.[0].answer).toEqual({ index: 1, text: "", blank: true });
  });

  test("a part outside any pair, and a parent chain that loops, are unknown, not hung on", () => {
    const model = modelOf(snapshotOf([answer, "Lose.", null], [number, "1.", 2], [question, "?", 1]), profile);
    expect(model.questions.get("reasons")).toBeUndefined();
    expect(model.unknown).toEqual([0, 1, 2]);
  });
});

describe("what the model cannot place", () => {
  test("unknown keys, sections and roles, pair parts of a section without questions, newer schemes", () => {
    const model = modelOf(
      snapshotOf(
        [tagOf("f", "header.gibtsnicht"), "x", null],
        [tagOf("s", "gibtsnicht"), "", null],
        [tagOf("r", "header.author"), "+", null],
        [tagOf("q", "header"), "", null],
        [tagOf("qn", "header"), "1.", null],
        [tagOf("qt", "header"), "?", null],
        [tagOf("qa", "header"), "!", null],
        ["ratsantwort:2:wuppertal@1.0:s:header", "", null],
        ["fremd", "", null],
        ["", "", null],
      ),
      profile,
    );
    expect(model.unknown).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect([model.frames, [...model.values.keys()], [...model.questions.keys()]]).toEqual([[], [], []]);
  });

  test("controls of other profiles are listed once per profile and version, and not read", () => {
    const other = { id: "musterstadt", version: "1.0" };
    const older = { id: profile.id, version: "0.9" };
    const model = modelOf(
      snapshotOf(
        [tagOf("s", "head", other), "", null],
        [tagOf("f", "head.clerk", other), "x", 0],
        [tagOf("s", "header", older), "", null],
        [tagOf("s", "header"), "", null],
      ),
      profile,
    );
    expect(model.otherProfiles).toEqual([other, older]);
    expect(model.frames).toEqual([{ sectionId: "header", index: 3 }]);
    expect(model.unknown).toEqual([]);
  });
});

describe("the snapshot of a body", () => {
  const control = (tag: string, content: string) =>
    `<w:sdt><w:sdtPr><w:tag w:val="${tag}"/></w:sdtPr><w:sdtContent>${content}</w:sdtContent></w:sdt>`;

  test("each control with its text and the control around it; an empty one's text is empty", () => {
    const body = control("aussen", `<w:p><w:r><w:t>Text</w:t></w:r></w:p>${control("leer", "")}`);
    expect(snapshotOfXml(body).controls.map((c) => [c.tag, c.text, c.parent])).toEqual([
      ["aussen", "Text", null],
      ["leer", "", 0],
    ]);
  });
});
