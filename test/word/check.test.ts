/**
 * src/word/check.ts against the Word emulator: reading for the check in one sync whatever the size (the body's
 * OOXML; Word's collections when that fails), going to a control, and the repairs, which keep every word the user wrote.
 */
import { afterEach, beforeEach, describe, expect, test } from "@jest/globals";
import { defaultProfile } from "../../src/core/profile";
import { formatTag, type TagRole } from "../../src/core/tags";
import { buildAnswer, type QuestionContent } from "../../src/core/ooxml/document";
import { documentPart } from "../../src/core/ooxml/package";
import { ALL_CONTROL_KINDS } from "../../src/core/ooxml/controls";
import { modelOf } from "../../src/core/check/model";
import { renumberingEdits, restoreAnchor } from "../../src/core/check/repairs";
import { applyEdits, readSnapshot, restoreSection, selectControl } from "../../src/word/check";
import { WordFailure } from "../../src/word/errors";
import { control, installTestWord, paragraph, table, type TestWord } from "../../src/word-emulator/testing";
import { readWordBody } from "../../src/core/ooxml/read";
import { parseLocator } from "../../src/core/document/locator";
import { TITLE_PROPERTY, titleOfModel } from "../../src/core/document/title";

const profile = defaultProfile();
const tag = (role: TagRole, key: string) => formatTag({ profile, role, key });

let word: TestWord;
beforeEach(() => {
  word = installTestWord();
});
afterEach(() => word.uninstall());

const pairs = (n: number): QuestionContent[] =>
  Array.from({ length: n }, (_, i) => ({ question: `Frage Nummer ${i + 1}?`, answer: `Antwort Nummer ${i + 1}.` }));

/** User text around the answer, as in a real letter. */
function documentWithAnswer(questions: number): void {
  const body = buildAnswer(profile, {
    content: { values: { "header.author": "Thomas Lenz" }, questions: { reasons: pairs(questions) } },
  });
  const parsed = readWordBody(documentPart(body, false));
  if (!parsed.ok) throw new Error(parsed.error);
  word.setBody([paragraph("Vorbemerkung der Verwaltung."), ...parsed.body, paragraph("Nachsatz mit Dank.")]);
  // A title the user gave: the add-in leaves it, so reading costs its one round trip.
  word.title = "Antwort der Verwaltung";
}

const words = (text: string) => text.split(/\s+/).filter(Boolean);

describe("readSnapshot", () => {
  test.each([1, 50, 500])("costs one sync with %i questions and lists every control in order", async (n) => {
    documentWithAnswer(n);
    word.resetCounts();
    const snapshot = await readSnapshot(profile);
    expect(word.syncCount).toBe(1);
    expect(snapshot.partial).toBeFalsy();
    expect(snapshot.controls.map((c) => c.tag)).toEqual(word.controls().map((c) => c.node.control.tag));
    expect(snapshot.controls.filter((c) => c.tag === tag("question", "reasons"))).toHaveLength(n);
  });

  test("sees every kind of control, whatever Word's collections list (office-js #2160)", async () => {
    word.uninstall();
    word = installTestWord({ edition: "2019" });
    documentWithAnswer(2);
    const snapshot = await readSnapshot(profile);
    expect(snapshot.controls.map((c) => c.tag)).toEqual(word.controls().map((c) => c.node.control.tag));
    expect(word.controls().some((c) => c.node.control.kind !== "richText")).toBe(true);
  });

  test("an emptied field shows its placeholder, and the snapshot knows it (office-js #1515)", async () => {
    documentWithAnswer(1);
    word.setText(tag("field", "header.author"), "");
    const author = (await readSnapshot(profile)).controls.find((c) => c.tag === tag("field", "header.author"))!;
    expect(author.showingPlaceholder).toBe(true);
  });

  test("text, titles and parents: fields in the header table belong to the header frame", async () => {
    documentWithAnswer(2);
    const { controls } = await readSnapshot(profile);
    const author = controls.find((c) => c.tag === tag("field", "header.author"))!;
    expect(author).toMatchObject({ title: "Bearbeiter/in", text: "Thomas Lenz" });
    expect(controls[author.parent!].tag).toBe(tag("section", "header"));
    const answer = controls.find((c) => c.tag === tag("answer", "reasons"))!;
    expect(answer.text).toBe("Antwort Nummer 1.");
    expect(controls[answer.parent!].tag).toBe(tag("question", "reasons"));
    expect(controls.filter((c) => c.parent === null).map((c) => c.tag)).toEqual(
      profile.sections.map((s) => tag("section", s.id)),
    );
  });

  test("locators name a control by tag and position, and the frame whose range reaches table fields (office-js #2040)", async () => {
    documentWithAnswer(1);
    word.setTableControlsMissingFromDocumentCollection(true);
    const { controls } = await readSnapshot(profile);
    const phone = controls.find((c) => c.tag === tag("field", "header.phone"))!;
    expect(controls[phone.parent!].tag).toBe(tag("section", "header"));
    const locator = parseLocator(phone.locator)!;
    expect(locator.frameTag).toBe(tag("section", "header"));
    expect(locator.steps[0]).toMatchObject({
      tag: tag("field", "header.phone"),
      index: 0,
      count: 1,
      inFrame: { index: 0, count: 1 },
    });
    expect(locator.steps.map((s) => s.tag)).toEqual([tag("field", "header.phone"), tag("section", "header")]);
  });

  test("an answer without a title is given its own in one more sync; the snapshot has it, noted as the add-in's", async () => {
    documentWithAnswer(1);
    word.title = "";
    word.resetCounts();
    const snapshot = await readSnapshot(profile);
    const title = titleOfModel(modelOf(snapshot, profile));
    expect(title).not.toBe("");
    expect(word.syncCount).toBe(2);
    expect(word.title).toBe(title);
    expect(snapshot.accessibility?.title).toBe(title);
    expect(snapshot.properties).toEqual({ [TITLE_PROPERTY]: title });
  });

  test("a read-only answer keeps its missing title, and the snapshot says it has none", async () => {
    documentWithAnswer(1);
    word.title = "";
    word.setReadOnly(true);
    const snapshot = await readSnapshot(profile);
    expect(word.title).toBe("");
    expect(snapshot.accessibility?.title).toBe("");
    expect(snapshot.properties).toEqual({});
  });

  test("the custom properties come with the body, in the same sync", async () => {
    documentWithAnswer(1);
    word.setCustomProperty("Ratsantwort.AnfrageVom", "10.06.2013");
    word.resetCounts();
    const snapshot = await readSnapshot(profile);
    expect(word.syncCount).toBe(1);
    expect(snapshot.properties).toEqual({ "Ratsantwort.AnfrageVom": "10.06.2013" });
  });
});

describe("readSnapshot when Word will not give the body's OOXML (office-js #5394, #6059)", () => {
  test("falls back to the collections in two more syncs, and says the snapshot is partial", async () => {
    documentWithAnswer(2);
    const complete = await readSnapshot(profile);
    word.setFaults({ getOoxmlFails: true });
    word.setCustomProperty("Ratsantwort.AnfrageVom", "10.06.2013");
    word.resetCounts();
    const fallback = await readSnapshot(profile);
    expect(word.syncCount).toBe(3);
    expect(fallback.partial).toBe(true);
    expect(fallback.controls.map((c) => c.tag)).toEqual(complete.controls.map((c) => c.tag));
    expect(fallback.controls.map((c) => c.parent)).toEqual(complete.controls.map((c) => c.parent));
    expect(fallback.controls.find((c) => c.tag === tag("field", "header.author"))!.text).toBe("Thomas Lenz");
    expect(fallback.properties).toEqual({ "Ratsantwort.AnfrageVom": "10.06.2013" });
  });

  test("finds the table fields that Word on the web leaves out of the document's collection (office-js #2040)", async () => {
    documentWithAnswer(1);
    const complete = await readSnapshot(profile);
    word.setFaults({ getOoxmlFails: true });
    word.setTableControlsMissingFromDocumentCollection(true);
    word.resetCounts();
    const patched = await readSnapshot(profile);
    expect(word.syncCount).toBe(3);
    expect(patched.partial).toBe(true);
    expect(patched.controls.map((c) => c.tag).sort()).toEqual(complete.controls.map((c) => c.tag).sort());
    const phone = patched.controls.find((c) => c.tag === tag("field", "header.phone"))!;
    expect(patched.controls[phone.parent!].tag).toBe(tag("section", "header"));
    await selectControl(phone.locator);
    expect(word.selectedControlTag()).toBe(tag("field", "header.phone"));
  });

  test("puts the table fields right after the frame around their table, before the frame's other controls", async () => {
    documentWithAnswer(1);
    const complete = (await readSnapshot(profile)).controls.map((c) => c.tag);
    word.setFaults({ getOoxmlFails: true });
    word.setTableControlsMissingFromDocumentCollection(true);
    const patched = (await readSnapshot(profile)).controls.map((c) => c.tag);
    const header = tag("section", "header");
    const inHeaderTable = complete.slice(complete.indexOf(header) + 1, complete.indexOf(tag("section", "meeting")));
    expect(
      patched.slice(patched.indexOf(header) + 1, patched.indexOf(header) + 1 + inHeaderTable.length).sort(),
    ).toEqual([...inHeaderTable].sort());
  });

  test("gives paragraphs and line breaks as the core reads them: one line each", async () => {
    word.setBody([
      control({ tag: "mehrzeilig" }, [
        {
          type: "paragraph",
          style: "",
          children: [{ type: "text", text: "Zeile 1" }, { type: "break" }, { type: "text", text: "Zeile 2" }],
        },
        paragraph("Absatz 2"),
      ]),
    ]);
    word.setFaults({ getOoxmlFails: true });
    const snapshot = await readSnapshot(profile);
    expect(snapshot.controls.map((c) => [c.tag, c.text])).toEqual([["mehrzeilig", "Zeile 1\nZeile 2\nAbsatz 2"]]);
  });

  test("on the web, a field in a table outside any control is found too, before the listed controls", async () => {
    word.setBody([
      table([[[control({ tag: "in-tabelle" }, [paragraph("Zelle")])]]]),
      control({ tag: "oben" }, [paragraph("Text")]),
    ]);
    word.setTableControlsMissingFromDocumentCollection(true);
    word.setFaults({ getOoxmlFails: true });
    const snapshot = await readSnapshot(profile);
    expect(snapshot.controls.map((c) => [c.tag, c.text, c.parent, c.showingPlaceholder])).toEqual([
      ["in-tabelle", "Zelle", null, false],
      ["oben", "Text", null, false],
    ]);
  });

  test("lists only what this Word lists: Word 2019 sees rich text alone", async () => {
    word.uninstall();
    word = installTestWord({ edition: "2019", faults: { getOoxmlFails: true } });
    documentWithAnswer(1);
    const snapshot = await readSnapshot(profile);
    expect(snapshot.partial).toBe(true);
    const richText = word
      .controls()
      .filter((c) => c.node.control.kind === "richText")
      .map((c) => c.node.control.tag);
    expect(snapshot.controls.map((c) => c.tag)).toEqual(richText);
    expect(richText.length).toBeLessThan(word.controls().length);
  });
});

describe("selectControl", () => {
  test("selects the control a finding points at, in two syncs", async () => {
    documentWithAnswer(3);
    const { controls } = await readSnapshot(profile);
    const second = controls.filter((c) => c.tag === tag("answer", "reasons"))[1];
    word.resetCounts();
    await selectControl(second.locator);
    expect(word.syncCount).toBe(2);
    expect(word.selection().text).toContain("Antwort Nummer 2.");
  });

  test("where this Word does not list the control, the nearest listed control around it is selected", async () => {
    word.uninstall();
    word = installTestWord({ edition: "2019" });
    documentWithAnswer(1);
    const { controls } = await readSnapshot(profile);
    await selectControl(controls.find((c) => c.tag === tag("field", "header.author"))!.locator);
    expect(word.selectedControlTag()).toBe(tag("section", "header"));
  });

  test("a control that is gone is reported as 'notFound'", async () => {
    documentWithAnswer(1);
    const { controls } = await readSnapshot(profile);
    const frame = controls.find((c) => c.tag === tag("section", "reason"))!;
    word.removeControl(tag("section", "reason"));
    await expect(selectControl(frame.locator)).rejects.toMatchObject({ kind: "notFound" });
  });

  test("reaches a table field through its table when the collection misses it", async () => {
    documentWithAnswer(1);
    word.setTableControlsMissingFromDocumentCollection(true);
    const { controls } = await readSnapshot(profile);
    await selectControl(controls.find((c) => c.tag === tag("field", "header.email"))!.locator);
    expect(word.selectedControlTag()).toBe(tag("field", "header.email"));
  });
});

describe("Fragen neu nummerieren", () => {
  test("after a deleted pair, numbers run 1..n again, titles follow, and the user's text stays", async () => {
    documentWithAnswer(3);
    word.removeControl(tag("question", "reasons"), 1);
    const before = word.bodyText();
    const snapshot = await readSnapshot(profile);
    const edits = renumberingEdits(modelOf(snapshot, profile), "reasons");
    word.resetCounts();
    await applyEdits(edits);
    expect(word.syncCount).toBe(2);
    const after = await readSnapshot(profile);
    expect(after.controls.filter((c) => c.tag === tag("questionNumber", "reasons")).map((c) => c.text)).toEqual([
      "1.",
      "2.",
    ]);
    expect(after.controls.filter((c) => c.tag === tag("question", "reasons")).map((c) => c.title)).toEqual([
      "Frage 1",
      "Frage 2",
    ]);
    expect(words(word.bodyText()).filter((w) => !/^\d+\.$/.test(w))).toEqual(
      words(before).filter((w) => !/^\d+\.$/.test(w)),
    );
    expect(word.bodyText()).toContain("Antwort Nummer 3.");
  });

  test("refuses with 'notFound', writing nothing, when a control to renumber is not found itself", async () => {
    documentWithAnswer(3);
    word.removeControl(tag("question", "reasons"), 1);
    const edits = renumberingEdits(modelOf(await readSnapshot(profile), profile), "reasons");
    expect(edits.length).toBeGreaterThan(0);
    // The document changes after the check: the positions in the locators no longer hold.
    word.removeControl(tag("questionNumber", "reasons"), 0);
    const before = JSON.stringify(word.body);
    const error = await applyEdits(edits).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WordFailure);
    expect((error as WordFailure).kind).toBe("notFound");
    expect(JSON.stringify(word.body)).toBe(before);
  });

  test("an edit of the text alone keeps the control's title; an edit of the title alone keeps its text", async () => {
    documentWithAnswer(2);
    const controls = (await readSnapshot(profile)).controls;
    const number = controls.filter((c) => c.tag === tag("questionNumber", "reasons"))[1];
    const pair = controls.filter((c) => c.tag === tag("question", "reasons"))[1];
    await applyEdits([
      { locator: number.locator, text: "5." },
      { locator: pair.locator, title: "Frage fünf" },
    ]);
    const after = (await readSnapshot(profile)).controls;
    expect(after.filter((c) => c.tag === number.tag)[1]).toMatchObject({ text: "5.", title: number.title });
    expect(after.filter((c) => c.tag === pair.tag)[1]).toMatchObject({
      title: "Frage fünf",
      text: pair.text.replace(/^2\./, "5."),
    });
  });

  test("a numbering that is already right needs no edit", async () => {
    documentWithAnswer(4);
    expect(renumberingEdits(modelOf(await readSnapshot(profile), profile), "reasons")).toEqual([]);
  });
});

describe("Abschnitt wiederherstellen", () => {
  const frameOrder = () =>
    word
      .controls()
      .filter((c) => c.ancestors.length === 0)
      .map((c) => c.node.control.tag);

  test.each(["header", "reason", "reasons", "demography"])(
    "puts the missing section %s back in its place, in two syncs, keeping all text",
    async (sectionId) => {
      documentWithAnswer(2);
      word.setText(tag("field", "proposal.text"), "Die Vorlage wird ohne Beschluss entgegen genommen, ergänzt.");
      word.removeControl(tag("section", sectionId));
      const before = words(word.bodyText());
      const anchor = restoreAnchor(modelOf(await readSnapshot(profile), profile), sectionId);
      word.resetCounts();
      const count = await restoreSection(profile, sectionId, anchor, ALL_CONTROL_KINDS);
      expect(word.syncCount).toBe(2);
      expect(count).toBe(1);
      expect(frameOrder()).toEqual(profile.sections.map((s) => tag("section", s.id)));
      const after = words(word.bodyText());
      expect(before.every((w) => after.includes(w))).toBe(true);
      expect(word.bodyText().startsWith("Vorbemerkung der Verwaltung.")).toBe(true);
      expect(word.bodyText().trimEnd().endsWith("Nachsatz mit Dank.")).toBe(true);
    },
  );

  test("with no section left to stand beside, it goes to the end of the document, after the user's text", async () => {
    word.setBody([paragraph("Nur ein Brief.")]);
    const count = await restoreSection(profile, "meeting", { position: "documentEnd" }, ALL_CONTROL_KINDS);
    expect(count).toBe(1);
    expect(frameOrder()).toEqual([tag("section", "meeting")]);
    expect(word.bodyText().startsWith("Nur ein Brief.")).toBe(true);
  });

  test("refuses with 'notFound', writing nothing, when the neighbouring section went away after the check", async () => {
    documentWithAnswer(1);
    word.removeControl(tag("section", "reason"));
    const anchor = restoreAnchor(modelOf(await readSnapshot(profile), profile), "reason");
    if (anchor.position === "documentEnd") throw new Error("the answer has sections beside Grund der Vorlage");
    word.removeControl(parseLocator(anchor.locator)!.steps[0].tag);
    const before = JSON.stringify(word.body);
    await expect(restoreSection(profile, "reason", anchor, ALL_CONTROL_KINDS)).rejects.toMatchObject({
      kind: "notFound",
    });
    expect(JSON.stringify(word.body)).toBe(before);
  });

  test("a section Word put inside its neighbour does not count as restored (office-js #866)", async () => {
    documentWithAnswer(1);
    word.removeControl(tag("section", "reason"));
    const anchor = restoreAnchor(modelOf(await readSnapshot(profile), profile), "reason");
    expect(anchor).toMatchObject({ position: "after" });
    word.setFaults({ nestsInserts: true });
    expect(await restoreSection(profile, "reason", anchor, ALL_CONTROL_KINDS)).toBe(0);
  });

  test("a read-only document is left as it was, with a readable failure", async () => {
    documentWithAnswer(1);
    word.removeControl(tag("section", "reason"));
    const anchor = restoreAnchor(modelOf(await readSnapshot(profile), profile), "reason");
    const before = word.bodyText();
    word.setReadOnly(true);
    await expect(restoreSection(profile, "reason", anchor, ALL_CONTROL_KINDS)).rejects.toMatchObject({
      kind: "readOnly",
    });
    await expect(restoreSection(profile, "reason", anchor, ALL_CONTROL_KINDS)).rejects.toBeInstanceOf(WordFailure);
    expect(word.bodyText()).toBe(before);
  });
});

describe("Word's NotAllowed", () => {
  /** Writing into the Begründung's heading, whose content Word keeps locked. */
  async function editLockedHeading() {
    documentWithAnswer(1);
    const heading = (await readSnapshot(profile)).controls.find((c) => c.tag === tag("heading", "reasons"))!;
    return applyEdits([{ locator: heading.locator, text: "Neu" }]).catch((e: unknown) => e);
  }

  test("is a locked place on the desktop", async () => {
    const error = await editLockedHeading();
    expect(error).toBeInstanceOf(WordFailure);
    expect((error as WordFailure).kind).toBe("locked");
  });

  test("on Word on the web may also mean 'not in a browser' (office-js #785), so it is not called a lock", async () => {
    word.uninstall();
    word = installTestWord({ edition: "web" });
    const error = await editLockedHeading();
    expect(error).toBeInstanceOf(WordFailure);
    expect((error as WordFailure).kind).toBe("notInBrowser");
  });
});

describe("the inquiry's arrival, kept as a document property", () => {
  test("is written with the answer in its one sync, and read back with the snapshot", async () => {
    const { insertAnswer, readDocumentState } = await import("../../src/word/document");
    const state = await readDocumentState(profile);
    word.resetCounts();
    await insertAnswer(profile, state, ALL_CONTROL_KINDS, {
      content: { values: { "inquiry.number": "VO/0548/13" } },
      properties: { "Ratsantwort.AnfrageVom": "10.06.2013" },
    });
    expect(word.syncCount).toBe(1);
    // The title comes with the answer, and the add-in notes it as its own (src/core/document/title.ts).
    const written = { "Ratsantwort.AnfrageVom": "10.06.2013", "Ratsantwort.Titel": "Antwort auf Anfragen" };
    expect(word.customProperties()).toEqual(written);
    expect(word.title).toBe("Antwort auf Anfragen");
    word.resetCounts();
    const snapshot = await readSnapshot(profile);
    expect(word.syncCount).toBe(1);
    expect(snapshot.properties).toEqual(written);
    expect(snapshot.controls.find((c) => c.tag === tag("field", "inquiry.number"))!.text).toBe("VO/0548/13");
  });
});
