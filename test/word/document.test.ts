/**
 * src/word/document.ts against the Word emulator (src/word-emulator/testing.ts), which enforces Office.js's
 * rules and counts context.sync() calls. The profile is Wuppertal's.
 */
import { afterEach, beforeEach, describe, expect, test } from "@jest/globals";
import { defaultProfile } from "../../src/core/profile";
import { formatTag, type TagRole } from "../../src/core/tags";
import { textOf, type WmlNode } from "../../src/core/ooxml/tree";
import { ALL_CONTROL_KINDS } from "../../src/core/ooxml/controls";
import {
  appendQuestions,
  insertAnswer,
  insertSection,
  readDocumentState,
  readSelectedText,
} from "../../src/word/document";
import { createWordGateway } from "../../src/word/gateway";
import { detectCapabilities } from "../../src/word/capabilities";
import { WordFailure } from "../../src/word/errors";
import { TITLE_PROPERTY } from "../../src/core/document/title";
import {
  control,
  EDITION_IDS,
  EDITIONS,
  installTestWord,
  paragraph,
  table,
  type TestWord,
  type ParagraphNode,
} from "../../src/word-emulator/testing";

const profile = defaultProfile();
const tag = (role: TagRole, key: string) => formatTag({ profile, role, key });
const sectionIds = profile.sections.map((s) => s.id);

let word: TestWord;
beforeEach(() => {
  word = installTestWord();
});
afterEach(() => word.uninstall());

/** Reads the state, then runs an operation on it; returns the operation's result and its syncs alone. */
async function withState<T>(
  operation: (state: Awaited<ReturnType<typeof readDocumentState>>) => Promise<T>,
): Promise<{ result: T; syncs: number }> {
  const state = await readDocumentState(profile);
  word.resetCounts();
  const result = await operation(state);
  return { result, syncs: word.syncCount };
}

/** A Word whose collections list rich text only (Word 2019: WordApi 1.3, no getContentControls). */
const RICH_TEXT_ONLY = { plainText: false, dropDown: false, comboBox: false, datePicker: false };

/** What "Frage hinzufügen" appends: one pair showing its placeholders. */
const BLANK_PAIR = [{ question: "", answer: "" }];

const words = (text: string) => text.split(/\s+/).filter(Boolean);

/** The section frames of the main text, top to bottom. */
const frames = () =>
  word
    .controls()
    .filter((c) => c.node.control.tag.includes(":s:"))
    .map((c) => c.node);

/** Index among the body's top-level nodes of the first node whose text contains `text`. */
const topIndex = (text: string) => word.body.findIndex((n) => textOf([n]).includes(text));
const topIndexOfTag = (t: string) => word.body.findIndex((n) => n.type === "control" && n.control.tag === t);

const userText = [
  "Sehr geehrte Damen und Herren,",
  "die Verwaltung nimmt wie folgt Stellung.",
  "Mit freundlichen Grüßen",
  "Thomas Lenz",
];

describe("readDocumentState", () => {
  test("costs one sync and reports an empty document", async () => {
    const state = await readDocumentState(profile);
    expect(word.syncCount).toBe(1);
    expect(state.outline).toEqual({ sectionCounts: {}, questionCounts: {}, otherProfiles: [], unknownTags: [] });
    expect(state.selection).toEqual({ controlTag: null, inTable: false, inMainBody: true, paragraphEmpty: true });
  });

  test("counts sections and questions of an inserted answer, in one sync", async () => {
    await withState((s) => insertAnswer(profile, s, ALL_CONTROL_KINDS));
    word.resetCounts();
    const state = await readDocumentState(profile);
    expect(word.syncCount).toBe(1);
    expect(state.outline.sectionCounts).toEqual(Object.fromEntries(sectionIds.map((id) => [id, 1])));
    expect(state.outline.questionCounts).toEqual({ reasons: 1 });
  });

  test("knows the cursor: in a paragraph with text, in a control, in the header", async () => {
    word.setBody([paragraph("Text"), control({ tag: "fremd" }, [paragraph("Fremd")])]);
    word.setHeader([paragraph("Kopfzeile")]);
    word.placeCursor({ paragraph: "Text" });
    expect((await readDocumentState(profile)).selection).toEqual({
      controlTag: null,
      inTable: false,
      inMainBody: true,
      paragraphEmpty: false,
    });
    word.placeCursor({ control: "fremd" });
    expect((await readDocumentState(profile)).selection).toMatchObject({ controlTag: "fremd", inMainBody: true });
    word.placeCursor({ header: true });
    expect((await readDocumentState(profile)).selection).toMatchObject({ controlTag: null, inMainBody: false });
    expect(word.syncCount).toBe(3);
  });

  test("knows the cursor is in a table", async () => {
    word.setBody([table([["a", "b"]]), paragraph()]);
    word.placeCursor({ table: 0, row: 0, cell: 1 });
    expect((await readDocumentState(profile)).selection).toMatchObject({ controlTag: null, inTable: true });
  });

  // Word gives a table cell a body of its own (BodyType "TableCell"); the cell's outer body tells where the table is.
  test("a cursor in a table of the main text is in the main body; in a table of the header it is not", async () => {
    word.setBody([table([["a", "b"]]), paragraph()]);
    word.placeCursor({ table: 0, row: 0, cell: 1 });
    expect((await readDocumentState(profile)).selection.inMainBody).toBe(true);
    const cellParagraph = paragraph("Kopf") as ParagraphNode;
    word.setHeader([table([[[cellParagraph]]]), paragraph()]);
    word.user.placeCursor({ node: cellParagraph, extent: "end" });
    expect((await readDocumentState(profile)).selection).toMatchObject({ inTable: true, inMainBody: false });
  });

  // The title is the add-in's to keep up to date while it is empty or still the one the add-in last wrote.
  test("knows whether the document's title is the add-in's: none, only spaces, or the one it wrote", async () => {
    const titleIsOurs = async () => (await readDocumentState(profile)).titleIsOurs;
    expect(await titleIsOurs()).toBe(true);
    word.title = "   ";
    expect(await titleIsOurs()).toBe(true);
    word.title = "Antwort VO/0548/13/1-A";
    expect(await titleIsOurs()).toBe(false); // the user's own, with no note of ours
    word.setCustomProperty(TITLE_PROPERTY, "Antwort VO/0548/13/1-A");
    expect(await titleIsOurs()).toBe(true);
    word.title = "Entwurf Jobcenter";
    expect(await titleIsOurs()).toBe(false); // changed by the user since the add-in wrote it
  });

  test("a paragraph holding only spaces counts as empty", async () => {
    word.setBody([paragraph("   "), paragraph("Text")]);
    word.placeCursor({ paragraphIndex: 0 });
    expect((await readDocumentState(profile)).selection.paragraphEmpty).toBe(true);
  });
});

describe("insertAnswer", () => {
  test("into an empty document: one sync, all nine section frames in order, with titles and tags", async () => {
    const { result, syncs } = await withState((s) => insertAnswer(profile, s, ALL_CONTROL_KINDS));
    expect(syncs).toBe(1);
    expect(result).toMatchObject({ placement: { location: "beforeCursorParagraph" }, countAfter: 1, misplaced: false });
    expect(sectionIds).toHaveLength(9);
    expect(frames().map((f) => f.control.tag)).toEqual(sectionIds.map((id) => `ratsantwort:1:wuppertal@1.0:s:${id}`));
    expect(frames().map((f) => f.control.title)).toEqual(profile.sections.map((s) => s.title));
    expect(frames().every((f) => f.control.lock === "sdtLocked")).toBe(true);
    // Nothing but the frames and Word's final paragraph: before an empty cursor paragraph, no extra paragraph.
    expect(word.body.map((n) => n.type)).toEqual([...sectionIds.map(() => "control"), "paragraph"]);
  });

  test("the result brings the state after the insertion, read in the same sync", async () => {
    const { result, syncs } = await withState((s) => insertAnswer(profile, s, ALL_CONTROL_KINDS));
    expect(syncs).toBe(1);
    expect(result.state.outline.sectionCounts).toEqual(Object.fromEntries(sectionIds.map((id) => [id, 1])));
    expect(result.state.outline.questionCounts).toEqual({ reasons: 1 });
    expect(result.state.appendAfter).toEqual({ reasons: word.controlId(tag("question", "reasons")) });
    word.resetCounts();
    expect(result.state).toEqual(await readDocumentState(profile));
  });

  test("fields carry tag, title, kind and placeholder state", async () => {
    await withState((s) => insertAnswer(profile, s, ALL_CONTROL_KINDS));
    const author = word.control(tag("field", "header.author"))!;
    expect(author.control).toMatchObject({
      title: "Bearbeiter/in",
      kind: "plainText",
      showingPlaceholder: true,
      lock: "none",
    });
    expect(word.control(tag("questionNumber", "reasons"))!.control.kind).toBe("plainText");
    expect(word.control(tag("questionText", "reasons"))!.control.kind).toBe("plainText");
    expect(textOf(author.children)).toBe("Vor- und Nachname");
    expect(word.control(tag("field", "header.publicity"))!.control).toMatchObject({
      kind: "dropDown",
      choices: ["öffentlich", "nichtöffentlich"],
    });
    expect(word.control(tag("field", "header.date"))!.control.kind).toBe("date");
    expect(word.control(tag("field", "meeting.committee"))!.control.kind).toBe("comboBox");
    const proposal = word.control(tag("field", "proposal.text"))!;
    expect(proposal.control.showingPlaceholder).toBe(false); // the profile's default text
    expect(textOf(proposal.children)).toBe("Die Vorlage wird ohne Beschluss entgegen genommen.");
    expect(word.control(tag("heading", "reasons"))!.control.lock).toBe("sdtContentLocked");
    expect(textOf(word.control(tag("questionNumber", "reasons"))!.children)).toBe("1.");
    for (const goal of ["goal1", "goal2", "goal3"])
      expect(word.control(tag("rating", `demography.${goal}`))!.control.kind).toBe("dropDown");
  });

  test("into a document with text: every word of the user's stays, in order, and the answer follows the cursor's paragraph", async () => {
    word.setBody(userText.map((t) => paragraph(t)));
    word.placeCursor({ paragraph: "Stellung" });
    const { result, syncs } = await withState((s) => insertAnswer(profile, s, ALL_CONTROL_KINDS));
    expect(syncs).toBe(1);
    expect(result.placement).toEqual({ location: "afterCursorParagraph" });
    const outside = word.body.filter((n) => !(n.type === "control" && n.control.tag.startsWith("ratsantwort:")));
    expect(words(textOf(outside))).toEqual(words(userText.join(" ")));
    expect(topIndexOfTag(tag("section", "header"))).toBe(topIndex("Stellung") + 1);
    // After the cursor's paragraph the answer ends with an empty paragraph of its own, outside its last frame.
    expect(topIndexOfTag(tag("section", "demography"))).toBe(topIndex("Mit freundlichen") - 2);
    expect(word.body[topIndex("Mit freundlichen") - 1]).toEqual(paragraph());
  });

  test("at an empty paragraph between texts, the answer takes the paragraph's place (before it)", async () => {
    word.setBody([paragraph("Davor"), paragraph(), paragraph("Danach")]);
    word.placeCursor({ paragraphIndex: 1 });
    const { result } = await withState((s) => insertAnswer(profile, s, ALL_CONTROL_KINDS));
    expect(result.placement).toEqual({ location: "beforeCursorParagraph" });
    expect(topIndexOfTag(tag("section", "header"))).toBe(1);
    expect(words(word.bodyText()).slice(0, 1)).toEqual(["Davor"]);
    expect(words(word.bodyText()).slice(-1)).toEqual(["Danach"]);
  });

  /** Where the cursor cannot take new content; `reason` is what the pane tells the user. */
  const elsewhere: { name: string; reason?: string; setUp: () => void }[] = [
    {
      name: "inside a content control",
      reason: "insideControl",
      setUp: () => {
        word.setBody([
          paragraph("Anfang"),
          control({ tag: "fremd", title: "Fremd" }, [paragraph("Im Fremden")]),
          paragraph("Schluss"),
        ]);
        word.placeCursor({ control: "fremd" });
      },
    },
    {
      name: "in the header",
      reason: "outsideMainBody",
      setUp: () => {
        word.setBody([paragraph("Anfang"), paragraph("Schluss")]);
        word.setHeader([paragraph("Stadt Wuppertal")]);
        word.placeCursor({ header: true });
      },
    },
    {
      name: "inside a table",
      reason: "insideTable",
      setUp: () => {
        word.setBody([paragraph("Anfang"), table([["Zelle 1", "Zelle 2"]]), paragraph("Schluss")]);
        word.placeCursor({ table: 0, cell: 1 });
      },
    },
  ];

  test.each(elsewhere)(
    "with the cursor $name, it goes to the end of the document, in two syncs",
    async ({ setUp, reason }) => {
      setUp();
      const before = word.bodyText();
      const headerBefore = JSON.stringify(word.header);
      const { result, syncs } = await withState((s) => insertAnswer(profile, s, ALL_CONTROL_KINDS));
      expect(syncs).toBe(2);
      expect(result).toMatchObject({ placement: { location: "documentEnd", reason }, countAfter: 1, misplaced: false });
      expect(word.bodyText().startsWith(before)).toBe(true);
      expect(topIndexOfTag(tag("section", "header"))).toBe(topIndex("Schluss") + 1);
      expect(frames()).toHaveLength(sectionIds.length);
      expect(word.body[word.body.length - 1]).toEqual(paragraph());
      expect(JSON.stringify(word.header)).toBe(headerBefore);
    },
  );

  // Word puts no empty paragraph after a control that ends the document, and inserts at "End" land inside it (office-js #866).
  test("at the end of a document that ends in a control, the answer goes after that control, not into it", async () => {
    word.setBody([paragraph("Anfang"), control({ tag: "fremd", title: "Fremd" }, [paragraph("Im Fremden")])]);
    word.setHeader([paragraph("Stadt Wuppertal")]);
    word.placeCursor({ header: true });
    const { result, syncs } = await withState((s) => insertAnswer(profile, s, ALL_CONTROL_KINDS));
    expect(syncs).toBe(2);
    expect(result).toMatchObject({
      placement: { location: "documentEnd", reason: "outsideMainBody" },
      countAfter: 1,
      misplaced: false,
    });
    expect(topIndexOfTag(tag("section", "header"))).toBe(topIndexOfTag("fremd") + 1);
    expect(textOf(word.control("fremd")!.children)).toBe("Im Fremden");
    expect(frames()).toHaveLength(sectionIds.length);
    expect(word.body[word.body.length - 1]).toEqual(paragraph());
  });

  test("says so when Word puts the answer inside the control that ends the document (office-js #866)", async () => {
    word.setBody([paragraph("Anfang"), control({ tag: "fremd", title: "Fremd" }, [paragraph("Im Fremden")])]);
    word.setHeader([paragraph("Stadt Wuppertal")]);
    word.placeCursor({ header: true });
    word.setFaults({ nestsInserts: true });
    const { result } = await withState((s) => insertAnswer(profile, s, ALL_CONTROL_KINDS));
    expect(result).toMatchObject({ placement: { location: "documentEnd" }, countAfter: 1, misplaced: true });
  });

  test("countAfter counts the answers Word holds afterwards", async () => {
    await withState((s) => insertAnswer(profile, s, ALL_CONTROL_KINDS));
    word.placeCursor({ paragraphIndex: -1 });
    const { result } = await withState((s) => insertAnswer(profile, s, ALL_CONTROL_KINDS));
    expect(result.countAfter).toBe(2);
  });

  test("in a read-only document it rejects with a WordFailure 'readOnly' and changes nothing", async () => {
    word.setBody(userText.map((t) => paragraph(t)));
    const state = await readDocumentState(profile);
    word.setReadOnly(true);
    const before = JSON.stringify(word.body);
    const error = await insertAnswer(profile, state, ALL_CONTROL_KINDS).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WordFailure);
    expect((error as WordFailure).kind).toBe("readOnly");
    expect(JSON.stringify(word.body)).toBe(before);
  });
});

describe("insertSection", () => {
  test.each(sectionIds)("section %s: one sync, its frame at the cursor, the user's text kept", async (sectionId) => {
    word.setBody(userText.map((t) => paragraph(t)));
    word.placeCursor({ paragraph: "Stellung" });
    const { result, syncs } = await withState((s) => insertSection(profile, sectionId, s, ALL_CONTROL_KINDS));
    expect(syncs).toBe(1);
    expect(result).toMatchObject({ placement: { location: "afterCursorParagraph" }, countAfter: 1, misplaced: false });
    expect(result.state.outline.sectionCounts).toEqual({ [sectionId]: 1 });
    expect(frames().map((f) => f.control.tag)).toEqual([tag("section", sectionId)]);
    expect(topIndexOfTag(tag("section", sectionId))).toBe(topIndex("Stellung") + 1);
    const outside = word.body.filter((n) => n.type !== "control");
    expect(words(textOf(outside))).toEqual(words(userText.join(" ")));
  });
});

describe("appendQuestion(s)", () => {
  /** The reasons frame's question pairs, as [number text, question control, answer text]. */
  function pairs(): { number: string; answer: string }[] {
    const reasons = word.control(tag("section", "reasons"))!;
    return reasons.children
      .filter(
        (n): n is Extract<WmlNode, { type: "control" }> =>
          n.type === "control" && n.control.tag === tag("question", "reasons"),
      )
      .map((pair) => {
        const inner = word
          .controls()
          .filter((c) => c.ancestors.includes(pair.control))
          .map((c) => c.node);
        const byRole = (role: TagRole) => inner.find((c) => c.control.tag === tag(role, "reasons"))!;
        return { number: textOf(byRole("questionNumber").children), answer: textOf(byRole("answer").children) };
      });
  }

  beforeEach(async () => {
    word.setBody([paragraph("Vorher")]);
    word.placeCursor({ paragraph: "Vorher" });
    await withState((s) => insertAnswer(profile, s, ALL_CONTROL_KINDS));
    // The user answers the first question.
    const answer = word.control(tag("answer", "reasons"))!;
    answer.control.showingPlaceholder = false;
    answer.children.splice(0, answer.children.length, paragraph("Die Verwaltung antwortet."));
    word.placeCursor({ paragraph: "Vorher" });
  });

  test("says so when Word puts the new pair inside the last one (office-js #866), which the user then undoes", async () => {
    word.setFaults({ nestsInserts: true });
    const { result } = await withState((s) => appendQuestions(profile, "reasons", s, BLANK_PAIR, ALL_CONTROL_KINDS));
    expect(result).toMatchObject({ countAfter: 2, misplaced: true });
  });

  test("costs one sync and adds pair 2 at the end of the Begründung, keeping the written answer", async () => {
    const { result, syncs } = await withState((s) =>
      appendQuestions(profile, "reasons", s, BLANK_PAIR, ALL_CONTROL_KINDS),
    );
    expect(syncs).toBe(1);
    expect(result).toMatchObject({
      placement: { location: "sectionEnd", sectionId: "reasons", firstNumber: 2, lastNumber: 2 },
      countAfter: 2,
      misplaced: false,
    });
    // The state after the insertion: the next pair goes after the new one.
    expect(result.state.outline.questionCounts).toEqual({ reasons: 2 });
    expect(result.state.appendAfter).toEqual({ reasons: word.controlId(tag("question", "reasons"), 1) });
    expect(pairs()).toEqual([
      { number: "1.", answer: "Die Verwaltung antwortet." },
      { number: "2.", answer: "Antwort eingeben" },
    ]);
    const reasons = word.control(tag("section", "reasons"))!;
    expect(reasons.children[reasons.children.length - 1].type).toBe("control");
    await withState((s) => appendQuestions(profile, "reasons", s, BLANK_PAIR, ALL_CONTROL_KINDS));
    expect(pairs().map((p) => p.number)).toEqual(["1.", "2.", "3."]);
  });

  test("appendQuestions inserts several pairs, numbered on, in one sync", async () => {
    const { result, syncs } = await withState((s) =>
      appendQuestions(
        profile,
        "reasons",
        s,
        [
          { question: "Wie viele?", answer: "" },
          { question: "Wann?", answer: "Im Mai." },
        ],
        ALL_CONTROL_KINDS,
      ),
    );
    expect(syncs).toBe(1);
    expect(result).toMatchObject({
      placement: { location: "sectionEnd", sectionId: "reasons", firstNumber: 2, lastNumber: 3 },
      countAfter: 3,
      misplaced: false,
    });
    expect(pairs()).toEqual([
      { number: "1.", answer: "Die Verwaltung antwortet." },
      { number: "2.", answer: "Antwort eingeben" },
      { number: "3.", answer: "Im Mai." },
    ]);
  });

  test("in a Begründung without pairs, pair 1 goes right after its heading", async () => {
    word.removeControl(tag("question", "reasons"));
    const state = await readDocumentState(profile);
    expect(state.appendAfter).toEqual({ reasons: word.controlId(tag("heading", "reasons")) });
    word.resetCounts();
    const result = await appendQuestions(profile, "reasons", state, BLANK_PAIR, ALL_CONTROL_KINDS);
    expect(word.syncCount).toBe(1);
    expect(result).toMatchObject({
      placement: { location: "sectionEnd", sectionId: "reasons", firstNumber: 1, lastNumber: 1 },
      countAfter: 1,
      misplaced: false,
    });
    const reasons = word.control(tag("section", "reasons"))!;
    const heading = reasons.children.findIndex(
      (n) => n.type === "control" && n.control.tag === tag("heading", "reasons"),
    );
    const pair = reasons.children[heading + 1];
    expect(pair.type === "control" && pair.control.tag).toBe(tag("question", "reasons"));
    expect(pairs().map((p) => p.number)).toEqual(["1."]);
  });

  test("where Word lists rich text only, the new pair's number and text are rich text", async () => {
    await withState((s) => appendQuestions(profile, "reasons", s, [{ question: "Wann?", answer: "" }], RICH_TEXT_ONLY));
    const numbers = word.controls().filter((c) => c.node.control.tag === tag("questionNumber", "reasons"));
    const texts = word.controls().filter((c) => c.node.control.tag === tag("questionText", "reasons"));
    expect(numbers[1].node.control.kind).toBe("richText");
    expect(textOf(numbers[1].node.children)).toBe("2.");
    expect(texts[1].node.control.kind).toBe("richText");
  });

  test("rejects with WordFailure 'notFound' when the section is missing, without touching Word", async () => {
    word.setBody([paragraph("Nur Text")]);
    const state = await readDocumentState(profile);
    word.resetCounts();
    const error = await appendQuestions(profile, "reasons", state, BLANK_PAIR, ALL_CONTROL_KINDS).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(WordFailure);
    expect((error as WordFailure).kind).toBe("notFound");
    expect(word.syncCount).toBe(0);
  });

  test("rejects a state that knows where pairs go but no longer counts the section, and an empty list of pairs", async () => {
    await withState((s) => insertAnswer(profile, s, ALL_CONTROL_KINDS));
    const state = await readDocumentState(profile);
    const stale = { ...state, outline: { ...state.outline, sectionCounts: {} } };
    await expect(appendQuestions(profile, "reasons", stale, BLANK_PAIR, ALL_CONTROL_KINDS)).rejects.toThrow(
      "notFound: section reasons is missing",
    );
    await expect(appendQuestions(profile, "reasons", state, [], ALL_CONTROL_KINDS)).rejects.toThrow(
      "appendQuestions needs at least one pair",
    );
  });

  test("rejects with 'notFound' when the section vanished after the state was read", async () => {
    const state = await readDocumentState(profile);
    word.setBody([paragraph("Alles gelöscht")]);
    const error = await appendQuestions(profile, "reasons", state, BLANK_PAIR, ALL_CONTROL_KINDS).catch(
      (e: unknown) => e,
    );
    expect((error as WordFailure).kind).toBe("notFound");
    expect(word.bodyText()).toBe("Alles gelöscht");
  });

  // With two answers in one document (the pane inserts a second one after asking), the numbering counts the
  // pairs of both, while the new pair goes into the first answer's Begründung.
  test("with two answers in the document, the first answer's Begründung numbers on from its own pairs", async () => {
    word.placeCursor({ paragraphIndex: -1 });
    await withState((s) => insertAnswer(profile, s, ALL_CONTROL_KINDS));
    await withState((s) => appendQuestions(profile, "reasons", s, BLANK_PAIR, ALL_CONTROL_KINDS));
    expect(pairs().map((p) => p.number)).toEqual(["1.", "2."]);
  });
});

describe("readSelectedText", () => {
  test("returns the selected paragraphs as Word gives them, in one sync", async () => {
    word.setBody([
      paragraph("Anfrage"),
      paragraph("1. Wie viele Kitaplätze?"),
      paragraph("2. Wann?"),
      paragraph("Gruß"),
    ]);
    word.placeCursor({ select: ["1. Wie", "2. Wann"] });
    expect(await readSelectedText()).toBe("1. Wie viele Kitaplätze?\r2. Wann?");
    expect(word.syncCount).toBe(1);
  });
});

describe("capabilities", () => {
  test("Word on the web without WordApi 1.9: no drop-downs, combo boxes or date pickers", () => {
    word.setPlatform("OfficeOnline");
    word.setRequirementSets({ WordApi: "1.8" });
    expect(detectCapabilities()).toEqual({ plainText: true, dropDown: false, comboBox: false, datePicker: false });
    word.setRequirementSets({ WordApi: "1.9" });
    expect(detectCapabilities()).toEqual({ plainText: true, dropDown: true, comboBox: true, datePicker: false });
  });

  test("the desktop alone implies no kind: Word 2019 (WordApi 1.3) lists rich text only", () => {
    word.setPlatform("PC");
    word.setRequirementSets({ WordApi: "1.3" });
    expect(detectCapabilities()).toEqual(RICH_TEXT_ONLY);
  });

  test("drop-downs and combo boxes with WordApi 1.9 on any platform, date pickers with WordApiDesktop 1.3", () => {
    word.setPlatform("PC");
    word.setRequirementSets({ WordApi: "1.9", WordApiDesktop: "1.2" });
    expect(detectCapabilities()).toEqual({ plainText: true, dropDown: true, comboBox: true, datePicker: false });
    word.setRequirementSets({ WordApi: "1.9", WordApiDesktop: "1.3" });
    expect(detectCapabilities()).toEqual(ALL_CONTROL_KINDS);
  });

  test.each(EDITION_IDS)("Word %s: the gateway writes only kinds that this Word lists again", async (edition) => {
    word.uninstall();
    word = installTestWord({ edition });
    word.setBody([paragraph("Text")]);
    word.placeCursor({ paragraph: "Text" });
    const listed: string[] = ["richText", ...EDITIONS[edition].typesListed];
    const gateway = createWordGateway(profile);
    const inserted = await gateway.insertAnswer(await gateway.readState());
    const appended = await gateway.appendQuestions("reasons", BLANK_PAIR, inserted.state);
    const kinds = new Set(word.controls().map((c) => c.node.control.kind));
    expect([...kinds].filter((kind) => !listed.includes(kind))).toEqual([]);
    // What the pane counts is what Word lists: every frame and every pair.
    expect(inserted.state.outline.sectionCounts).toEqual(Object.fromEntries(sectionIds.map((id) => [id, 1])));
    expect(appended.state.outline.questionCounts).toEqual({ reasons: 2 });
  });

  test("without any kind but rich text, every field is rich text: texts, choices, dates, ratings and question numbers", async () => {
    await withState((s) => insertAnswer(profile, s, RICH_TEXT_ONLY));
    expect(word.controls().every((c) => c.node.control.kind === "richText")).toBe(true);
    expect(word.control(tag("field", "header.author"))!.control).toMatchObject({
      kind: "richText",
      showingPlaceholder: true,
    });
    expect(textOf(word.control(tag("questionNumber", "reasons"))!.children)).toBe("1.");
  });

  test("without drop-downs, öffentlich/nichtöffentlich, the date and the ratings are plain-text controls where plain text is listed", async () => {
    await withState((s) =>
      insertAnswer(profile, s, { plainText: true, dropDown: false, comboBox: false, datePicker: false }),
    );
    expect(word.control(tag("field", "header.publicity"))!.control.kind).toBe("plainText");
    expect(word.control(tag("field", "meeting.resolution"))!.control.kind).toBe("plainText");
    expect(word.control(tag("field", "header.date"))!.control.kind).toBe("plainText");
    for (const goal of ["goal1", "goal2", "goal3"])
      expect(word.control(tag("rating", `demography.${goal}`))!.control.kind).toBe("plainText");
  });

  test("the gateway chooses the kinds once, for the Word that runs", async () => {
    word.setPlatform("OfficeOnline");
    word.setRequirementSets({ WordApi: "1.8" });
    const gateway = createWordGateway(profile);
    word.setRequirementSets({ WordApi: "1.9" }); // read once, when the gateway is made
    const state = await gateway.readState();
    await gateway.insertAnswer(state);
    expect(word.control(tag("field", "header.publicity"))!.control.kind).toBe("plainText");
  });

  test("the add-in stays within WordApi 1.3, its stated minimum", async () => {
    word.setRequirementSets({ WordApi: "1.3" });
    word.setBody([paragraph("Text")]);
    word.placeCursor({ paragraph: "Text" });
    await withState((s) => insertAnswer(profile, s, ALL_CONTROL_KINDS));
    await withState((s) => appendQuestions(profile, "reasons", s, BLANK_PAIR, ALL_CONTROL_KINDS));
    await readSelectedText();
    expect(frames()).toHaveLength(sectionIds.length);
  });

  test("below WordApi 1.3 (Word 2016) reading the state fails as 'unsupported'", async () => {
    word.setRequirementSets({ WordApi: "1.2" });
    const error = await readDocumentState(profile).catch((e: unknown) => e);
    expect((error as WordFailure).kind).toBe("unsupported");
  });
});
