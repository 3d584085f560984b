/**
 * The add-in's main flow on every Word edition the emulator models (src/word-emulator/editions.ts), each as harsh
 * as the sources say: the real src/word code inserts, the user fills every field in the document, the check reads
 * it, and the repairs run. The results must be the same on every edition (docs/word-behaviour.md).
 */
import { afterEach, describe, expect, test } from "@jest/globals";
import { defaultProfile } from "../../src/core/profile";
import { formatTag, parseTag, type TagRole } from "../../src/core/tags";
import { checkDocument } from "../../src/core/check/run";
import { modelOf } from "../../src/core/check/model";
import { renumberingEdits, restoreAnchor } from "../../src/core/check/repairs";
import type { DocumentSnapshot } from "../../src/core/check/snapshot";
import { controlsOf, textOf, type WmlNode } from "../../src/core/ooxml/tree";
import { toWordFailure } from "../../src/word/errors";
import { detectCapabilities } from "../../src/word/capabilities";
import { appendQuestions, insertAnswer, insertSection, readDocumentState } from "../../src/word/document";
import { applyEdits, readSnapshot, restoreSection, selectControl } from "../../src/word/check";
import { adoptDocument, previewAdoption, undoAdoption } from "../../src/word/adopt";
import { filledContent } from "../../src/core/document/sample";
import { seedTheOldWay, writtenTheOldWay } from "../core/recognise/legacyAnswer";
import {
  EDITION_IDS,
  installTestWord,
  type ControlNode,
  type EditionId,
  type TestWord,
} from "../../src/word-emulator/testing";

const profile = defaultProfile();
const tag = (role: TagRole, key: string) => formatTag({ profile, role, key });
const today = { year: 2026, month: 12, day: 1 };
const questionsSection = profile.sections.find((s) => s.kind === "questions")!.id;

let word: TestWord;
afterEach(() => word?.uninstall()); // some tests install no Word

async function check() {
  const snapshot = await readSnapshot(profile);
  return { snapshot, findings: checkDocument(snapshot, profile, { today }) };
}

const errors = (findings: ReturnType<typeof checkDocument>) => findings.filter((f) => f.severity === "error");

/** The controls with this tag in the document, main text first. */
const controlsTagged = (t: string): ControlNode[] =>
  controlsOf(word.body)
    .map((c) => c.node)
    .filter((n) => n.control.tag === t);

/** The user types every value of a complete answer into the fields of the inserted, empty one. */
function fillEveryField(): void {
  const content = filledContent(profile);
  for (const [key, value] of Object.entries(content.values ?? {})) {
    const role: TagRole = profile.sections.some(
      (s) => s.kind === "rating" && key.startsWith(`${s.id}.`) && !key.endsWith(".explanation"),
    )
      ? "rating"
      : "field";
    for (const control of controlsTagged(tag(role, key))) expect(word.user.type(control, value)).toBeNull();
  }
  const [pair] = content.questions![questionsSection];
  expect(word.user.type(controlsTagged(tag("questionText", questionsSection))[0], pair.question)).toBeNull();
  expect(word.user.type(controlsTagged(tag("answer", questionsSection))[0], pair.answer)).toBeNull();
}

/** An empty document on the edition, with the answer inserted by the add-in and filled in by the user. */
async function filledAnswerOn(edition: EditionId): Promise<void> {
  word = installTestWord({ edition });
  const state = await readDocumentState(profile);
  const inserted = await insertAnswer(profile, state, detectCapabilities());
  expect(inserted.misplaced).toBe(false);
  fillEveryField();
}

/** Frames of ours at the top of the body, in order: nothing nested in another control. */
const topLevelFrames = (nodes: WmlNode[]) =>
  nodes.filter((n): n is ControlNode => n.type === "control").map((n) => n.control.tag);

describe.each(EDITION_IDS)("Word edition %s", (edition) => {
  test("insert, fill every field in the document: the check says ready (no Fehler), reading in one round trip", async () => {
    await filledAnswerOn(edition);
    await check(); // gives the document its title (one more round trip, below)
    word.resetCounts();
    const { snapshot, findings } = await check();
    expect(word.syncCount).toBe(1);
    expect(snapshot.partial).toBeUndefined();
    expect(errors(findings)).toEqual([]);
  });

  test("the title follows the number and the reason, in one more round trip when it changes; a title the user gave stays", async () => {
    await filledAnswerOn(edition);
    const { values } = filledContent(profile);
    const number = values!["header.number"];
    word.resetCounts();
    const first = await check();
    expect(word.syncCount).toBe(2);
    expect(word.title).toBe(`${number} – ${values!["reason.text"].split("\n")[0]}`);
    expect(first.findings.filter((f) => f.group === "accessibility")).toEqual([]);
    expect(word.user.type(controlsTagged(tag("field", "reason.text"))[0], "Anfrage zur Zielvereinbarung")).toBeNull();
    await check();
    expect(word.title).toBe(`${number} – Anfrage zur Zielvereinbarung`);
    word.title = "Mein eigener Titel";
    word.resetCounts();
    await check();
    expect(word.syncCount).toBe(1);
    expect(word.title).toBe("Mein eigener Titel");
  });

  test("an emptied field (Word puts its own placeholder there) is exactly one Fehler, naming it", async () => {
    await filledAnswerOn(edition);
    const [author] = controlsTagged(tag("field", "header.author"));
    word.user.type(author, "");
    expect(word.controls().find((c) => c.node === author)).toBeDefined();
    const { findings } = await check();
    expect(errors(findings)).toHaveLength(1);
    expect(errors(findings)[0].message.de).toContain("Bearbeiter/in");
  });

  test("a deleted section is missing, comes back in its place on restore, not inside another control", async () => {
    await filledAnswerOn(edition);
    word.removeControl(tag("section", "proposal"));
    const before = await check();
    expect(before.findings.some((f) => f.rule === "sectionMissing" && f.sectionId === "proposal")).toBe(true);
    const count = await restoreSection(
      profile,
      "proposal",
      restoreAnchor(modelOf(before.snapshot, profile), "proposal"),
      detectCapabilities(),
    );
    expect(count).toBe(1);
    expect(topLevelFrames(word.body)).toEqual(profile.sections.map((s) => tag("section", s.id)));
    const after = await check();
    expect(after.findings.some((f) => f.rule === "sectionMissing")).toBe(false);
  });

  test("questions appended after the last pair are pairs of the section, not nested in the last pair; renumbering fixes a gap", async () => {
    await filledAnswerOn(edition);
    const state = await readDocumentState(profile);
    const more = [
      { question: "Zweite Frage?", answer: "Zweite Antwort." },
      { question: "Dritte?", answer: "Dritte." },
    ];
    const appended = await appendQuestions(profile, questionsSection, state, more, detectCapabilities());
    expect(appended.misplaced).toBe(false);
    const frame = controlsTagged(tag("section", questionsSection))[0];
    const pairsInFrame = frame.children.filter(
      (n): n is ControlNode => n.type === "control" && n.control.tag === tag("question", questionsSection),
    );
    expect(pairsInFrame).toHaveLength(3);
    expect(errors((await check()).findings)).toEqual([]);

    word.setText(tag("questionNumber", questionsSection), "5.", 1);
    const gap = await check();
    expect(gap.findings.some((f) => f.rule === "questionNumbering")).toBe(true);
    await applyEdits(renumberingEdits(modelOf(gap.snapshot, profile), questionsSection));
    const renumbered = await check();
    expect(renumbered.findings.some((f) => f.rule === "questionNumbering")).toBe(false);
    expect(
      renumbered.snapshot.controls.filter((c) => c.tag === tag("questionNumber", questionsSection)).map((c) => c.text),
    ).toEqual(["1.", "2.", "3."]);
  });

  test("going to a finding selects its field, or the nearest control around it this Word lists", async () => {
    await filledAnswerOn(edition);
    const [author] = controlsTagged(tag("field", "header.author"));
    word.user.type(author, "");
    const { snapshot, findings } = await check();
    const target = snapshot.controls[errors(findings)[0].target!];
    await selectControl(target.locator);
    const selected = word.selectedControlTag();
    expect([tag("field", "header.author"), tag("section", "header")]).toContain(selected);
  });
});

describe.each(EDITION_IDS)("the guards of docs/word-behaviour.md on Word edition %s", (edition) => {
  const roleOf = (node: ControlNode) => {
    const parsed = parseTag(node.control.tag);
    return parsed.kind === "ours" ? parsed.tag.role : null;
  };

  test("row 11: the cursor in a field Word's parent lookup skips (a newer Word's plain text) still counts as inside: a section goes after the answer, not into it", async () => {
    await filledAnswerOn("365");
    const written: WmlNode[] = structuredClone(word.body);
    word.uninstall();
    word = installTestWord({
      edition,
      body: written.filter((n) => !(n.type === "control" && n.control.tag === tag("section", "proposal"))),
    });
    word.placeCursor({ control: tag("field", "header.author") });
    const inserted = await insertSection(profile, "proposal", await readDocumentState(profile), detectCapabilities());
    expect(inserted.placement).toEqual({ location: "documentEnd", reason: "insideControl" });
    expect(inserted.misplaced).toBe(false);
    expect(topLevelFrames(word.body)).toContain(tag("section", "proposal"));
  });

  test("row 13: what the add-in inserts locks no field: frames only against deletion, headings against editing", async () => {
    word = installTestWord({ edition });
    await insertAnswer(profile, await readDocumentState(profile), detectCapabilities());
    const locks = new Map<string, Set<string>>();
    for (const { node } of controlsOf(word.body))
      locks.set(roleOf(node)!, (locks.get(roleOf(node)!) ?? new Set()).add(node.control.lock));
    expect(Object.fromEntries([...locks].map(([role, set]) => [role, [...set]]))).toEqual(
      expect.objectContaining({
        section: ["sdtLocked"],
        heading: ["sdtContentLocked"],
        field: ["none"],
        answer: ["none"],
        question: ["none"],
      }),
    );
  });

  test("row 15: tags Word lost on insertion show as an incomplete insertion, not as success", async () => {
    word = installTestWord({ edition, faults: { losesTags: true } });
    const inserted = await insertAnswer(profile, await readDocumentState(profile), detectCapabilities());
    expect(inserted.countAfter).toBe(0);
    expect(inserted.state.outline.sectionCounts).toEqual({});
  });
});

describe("two answers in one document", () => {
  test("questions appended to the first count the pairs of its own frame, not the other answer's", async () => {
    word = installTestWord();
    await insertAnswer(profile, await readDocumentState(profile), detectCapabilities());
    word.placeCursor({ paragraphIndex: -1 });
    const second = await insertAnswer(profile, await readDocumentState(profile), detectCapabilities(), {
      content: {
        questions: {
          [questionsSection]: [
            { question: "A?", answer: "B." },
            { question: "C?", answer: "D." },
          ],
        },
      },
    });
    expect(controlsTagged(tag("section", questionsSection))).toHaveLength(2);
    const appended = await appendQuestions(
      profile,
      questionsSection,
      second.state,
      [{ question: "Neu?", answer: "" }],
      detectCapabilities(),
    );
    const frames = controlsTagged(tag("section", questionsSection));
    const pairsIn = (frame: ControlNode) =>
      controlsOf(frame.children).filter(({ node }) => node.control.tag === tag("question", questionsSection)).length;
    expect(appended.countAfter).toBe(pairsIn(frames[0]));
    expect(pairsIn(frames[0]) + pairsIn(frames[1])).toBeGreaterThan(appended.countAfter);
  });
});

describe("a document written on a newer Word, checked on an older one", () => {
  test("gives the same findings on Word 2019 as on Microsoft 365, where it was written with drop-downs and date pickers", async () => {
    await filledAnswerOn("365");
    const [author] = controlsTagged(tag("field", "header.author"));
    word.user.type(author, "");
    const written: WmlNode[] = structuredClone(word.body);
    const onNewer = (await check()).findings;
    word.uninstall();
    for (const older of ["2024", "2019", "web"] as const) {
      word = installTestWord({ edition: older, body: structuredClone(written) });
      const onOlder = (await check()).findings;
      expect(onOlder.map((f) => [f.rule, f.message.de])).toEqual(onNewer.map((f) => [f.rule, f.message.de]));
      word.uninstall();
    }
    word = installTestWord();
  });

  test("renumbering: Word 2024 and the web reach the newer Word's plain-text numbers; Word 2019 writes nothing and says why", async () => {
    await filledAnswerOn("365");
    word.setText(tag("questionNumber", questionsSection), "3.");
    const written: WmlNode[] = structuredClone(word.body);
    word.uninstall();
    for (const older of ["2024", "web", "2019"] as const) {
      word = installTestWord({ edition: older, body: structuredClone(written) });
      const edits = renumberingEdits(modelOf((await check()).snapshot, profile), questionsSection);
      const outcome = await applyEdits(edits).then(
        () => "renumbered",
        (error: unknown) => toWordFailure(error).kind,
      );
      expect([older, outcome]).toEqual([older, older === "2019" ? "notListed" : "renumbered"]);
      if (older === "2019") expect(word.body).toEqual(written);
      else expect((await check()).findings.some((f) => f.rule === "questionNumbering")).toBe(false);
      word.uninstall();
    }
    word = installTestWord();
  });
});

describe("where Word's OOXML cannot be had (office-js #5394, #6059)", () => {
  test("the check reads the collections instead and says that it is partial", async () => {
    await filledAnswerOn("2019");
    word.setFaults({ getOoxmlFails: true });
    const snapshot: DocumentSnapshot = await readSnapshot(profile);
    expect(snapshot.partial).toBe(true);
    expect(snapshot.controls.some((c) => c.tag === tag("section", "header"))).toBe(true);
  });
});

describe("Track Changes on (office-js #1267: deleted text is part of `text`)", () => {
  test("renumbering leaves a tracked change that the check reads as the new number", async () => {
    word = installTestWord({ edition: "web", trackChanges: true });
    const state = await readDocumentState(profile);
    await insertAnswer(profile, state, detectCapabilities(), {
      content: { questions: { [questionsSection]: filledContent(profile).questions![questionsSection] } },
    });
    word.setText(tag("questionNumber", questionsSection), "5.", 1);
    const gap = await check();
    await applyEdits(renumberingEdits(modelOf(gap.snapshot, profile), questionsSection));
    const numberControl = controlsTagged(tag("questionNumber", questionsSection))[1];
    expect(textOf(numberControl.children)).toBe("2."); // what the document says
    const renumbered = await check();
    expect(
      renumbered.snapshot.controls.filter((c) => c.tag === tag("questionNumber", questionsSection)).map((c) => c.text),
    ).toEqual(["1.", "2."]);
    expect(renumbered.findings.some((f) => f.rule === "questionNumbering")).toBe(false);
  });
});

describe("Word's refusals, worded for the Word at hand (Word.ErrorCodes has no ContentLocked)", () => {
  const notAllowed = Object.assign(new Error("The action isn't supported by Word in a browser."), {
    code: "NotAllowed",
  });
  test("NotAllowed is a lock on the desktop, and on the web a lock or something the browser cannot do", () => {
    expect(toWordFailure(notAllowed, false).kind).toBe("locked");
    expect(toWordFailure(notAllowed, true).kind).toBe("notInBrowser");
  });
  test.each([
    ["AccessDenied", "readOnly"],
    ["ItemNotFound", "notFound"],
    ["NotAllowed", "locked"],
    ["ActivityLimitReached", "busy"],
    ["RequestAborted", "busy"],
    ["ServiceNotAvailable", "busy"],
    ["ApiNotFound", "unsupported"],
    ["ApiNotAvailable", "unsupported"],
    ["NotImplemented", "unsupported"],
    ["GeneralException", "unknown"],
    ["constructor", "unknown"],
    ["", "unknown"],
  ])("Word's code %s is %s for the pane", (code, kind) => {
    expect(toWordFailure(Object.assign(new Error("x"), { code }), false).kind).toBe(kind);
  });

  test("Office's own busy code is ServiceNotAvailable", () => {
    expect(toWordFailure(Object.assign(new Error("busy"), { code: "ServiceNotAvailable" }), false).kind).toBe("busy");
  });
});

describe.each(EDITION_IDS)("an answer written without the add-in, checked on Word edition %s", (edition) => {
  test("is recognised from the body's OOXML: the seed's findings, plus one Hinweis, no „Abschnitt fehlt“", async () => {
    word = installTestWord({ edition, body: writtenTheOldWay(seedTheOldWay) });
    const { snapshot, findings } = await check();
    expect(snapshot.recognised).toMatchObject({ how: "legacy" });
    // Not an answer of ours until adopted: the add-in leaves its title alone, and the check says it has none.
    expect(findings.map((f) => f.rule)).toEqual([
      "recognised",
      "ratingsRated",
      "ratingsRated",
      "ratingsRated",
      "documentTitle",
    ]);
  });
});

describe.each(EDITION_IDS)("adopting an answer written without the add-in on Word edition %s", (edition) => {
  test("the preview says what goes where; adopting takes two round trips and the check then reads controls, same findings, every word kept", async () => {
    word = installTestWord({ edition, body: writtenTheOldWay(seedTheOldWay) });
    const before = word.bodyText();
    const preview = await previewAdoption(profile);
    expect(preview.ok && preview.sections.map((s) => s.id)).toEqual(profile.sections.map((s) => s.id));
    expect(controlsOf(word.body)).toHaveLength(0); // the preview only reads
    word.resetCounts();
    const adopted = await adoptDocument(profile);
    expect(adopted.ok).toBe(true);
    expect(word.syncCount).toBe(2);
    const { snapshot, findings } = await check();
    expect(snapshot.recognised).toBeUndefined();
    expect(findings.map((f) => f.rule)).toEqual(["ratingsRated", "ratingsRated", "ratingsRated"]);
    // The one empty field (the explanation) shows its placeholder; every other word is the user's, in order.
    const explanation = profile.sections.find((s) => s.kind === "rating")!;
    const placeholder = explanation.kind === "rating" ? explanation.explanation.placeholder : "";
    expect(word.bodyText().replace(placeholder, "").split(/\s+/).filter(Boolean)).toEqual(
      before.split(/\s+/).filter(Boolean),
    );
  });

  test("the add-in's own undo puts the body back as it was (Word on the web may have none, office-js #6423), unless it changed since", async () => {
    word = installTestWord({ edition, body: writtenTheOldWay(seedTheOldWay) });
    const before = word.bodyText();
    await adoptDocument(profile);
    expect(await undoAdoption()).toBe(true);
    expect(word.bodyText()).toBe(before);
    expect(controlsOf(word.body)).toHaveLength(0);
    expect(await undoAdoption()).toBe(false); // once

    await adoptDocument(profile);
    word.user.type(controlsTagged(tag("field", "header.author"))[0], "Erika Muster");
    const edited = JSON.stringify(word.body);
    expect(await undoAdoption()).toBe(false);
    expect(JSON.stringify(word.body)).toBe(edited);
  });

  test("where Word does not keep what the adoption wrote (its tags lost), it says so (the user undoes it in Word), and every word is still there", async () => {
    word = installTestWord({ edition, body: writtenTheOldWay(seedTheOldWay), faults: { losesTags: true } });
    const before = word.bodyText();
    await expect(adoptDocument(profile)).rejects.toMatchObject({ kind: "notKept" });
    expect(word.bodyText().split(/\s+/).filter(Boolean)).toEqual(
      expect.arrayContaining(before.split(/\s+/).filter(Boolean)),
    );
  });

  test("a document that has the structure already is left alone, with the reason", async () => {
    await filledAnswerOn(edition);
    const body = structuredClone(word.body);
    const outcome = await adoptDocument(profile);
    expect(outcome).toEqual({ ok: false, error: "Das Dokument hat die Antwortstruktur bereits." });
    expect(word.body).toEqual(body);
  });
});
