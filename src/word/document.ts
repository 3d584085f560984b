/**
 * Everything the add-in inserts into a Word document. Each insertion is one Word.run and one context.sync()
 * (two at the end of a document that ends inside a control): the insertion, its verification and the state the
 * pane shows next travel together. No insertion uses "End" on a container that may end in a control, where Word
 * would put it inside that control (office-js #866); each goes "After" a paragraph or a control instead.
 */
import type { Profile } from "../core/profile/types";
import type { Capabilities } from "../core/ooxml/controls";
import { buildAnswer, buildQuestions, buildSection, type AnswerContent, type QuestionContent } from "../core/ooxml/document";
import { flatOpcPackage } from "../core/ooxml/package";
import { outlineOf } from "../core/document/outline";
import { placeAtCursor, type Placement } from "../core/document/placement";
import type { DocumentState, InsertResult } from "../core/document/gateway";
import { formatTag, parseTag } from "../core/tags";
import { listedControls } from "./capabilities";
import { runInWord, WordFailure } from "./errors";
import { freshIdBase } from "./ids";

export type { DocumentState, InsertResult };

/** Queues the reads of the document's state; after the next sync, the returned function gives it. */
function queueStateRead(context: Word.RequestContext, profile: Profile): () => DocumentState {
  const controls = listedControls(context.document).load("items/id,tag");
  const selection = context.document.getSelection();
  const control = selection.parentContentControlOrNullObject.load("tag");
  const table = selection.parentTableOrNullObject.load("isNullObject");
  const body = selection.parentBody.load("type");
  // A table cell is a body of its own; the cell's outer body tells whether the table is in the main text.
  const outerBody = body.parentBodyOrNullObject.load("type");
  const paragraph = selection.paragraphs.getLastOrNullObject().load("text");
  return () => {
    const inCellOfMainText = body.type === "TableCell" && !outerBody.isNullObject && outerBody.type === "MainDoc";
    return {
      outline: outlineOf(controls.items.map((c) => c.tag), profile),
      selection: {
        controlTag: control.isNullObject ? null : control.tag,
        inTable: !table.isNullObject,
        inMainBody: (body.type === "MainDoc" || inCellOfMainText) && !paragraph.isNullObject,
        paragraphEmpty: !paragraph.isNullObject && paragraph.text.trim() === "",
      },
      appendAfter: appendAnchors(controls.items, profile),
    };
  };
}

/**
 * Where new pairs of each questions section go: after the last pair of its first frame, or after its heading when
 * it has no pair yet (ids, valid while the pane is open; the insertion verifies them).
 */
function appendAnchors(controls: Word.ContentControl[], profile: Profile): Record<string, number> {
  const anchors: Record<string, number> = {};
  const questionSections = new Set(profile.sections.filter((s) => s.kind === "questions").map((s) => s.id));
  const frames = new Set<string>();
  let open: string | null = null;
  for (const control of controls) {
    const parsed = parseTag(control.tag);
    if (parsed.kind !== "ours" || parsed.tag.profile.id !== profile.id || parsed.tag.profile.version !== profile.version) continue;
    const { role, key } = parsed.tag;
    if (role === "section") {
      open = frames.has(key) ? null : key;
      frames.add(key);
    } else if ((role === "question" || role === "heading") && key === open && questionSections.has(key)) {
      anchors[key] = control.id;
    }
  }
  return anchors;
}

/** One round trip: the tags of every control Word lists, and where the cursor stands. */
export function readDocumentState(profile: Profile): Promise<DocumentState> {
  return runInWord(async (context) => {
    const state = queueStateRead(context, profile);
    await context.sync();
    return state();
  });
}

/** What an insertion's batch reads back: the frames it added, where it went, and the state afterwards. */
interface Verification {
  countAfter: Word.ContentControlCollection;
  /** Inserted content found inside the control it was put after: Word nested it (office-js #866). */
  strayInside: Word.ContentControlCollection | null;
  state: () => DocumentState;
}

export function verify(context: Word.RequestContext, profile: Profile, tag: string, within: Word.ContentControl | null, scope?: Word.ContentControl): Verification {
  return {
    countAfter: listedControls(scope ? scope.getRange("Whole") : context.document).getByTag(tag).load("items/id"),
    strayInside: within ? listedControls(within.getRange("Content")).getByTag(tag).load("items/id") : null,
    state: queueStateRead(context, profile),
  };
}

export function result(placement: InsertResult["placement"], verification: Verification): InsertResult {
  return {
    placement,
    countAfter: verification.countAfter.items.length,
    misplaced: (verification.strayInside?.items.length ?? 0) > 0,
    state: verification.state(),
  };
}

/**
 * Puts a package after the document's last paragraph, or after the control that paragraph sits in (a second round
 * trip finds out which). Returns that control, which must not hold the insertion afterwards.
 */
export async function insertAtDocumentEnd(context: Word.RequestContext, ooxml: string): Promise<Word.ContentControl | null> {
  const last = context.document.body.paragraphs.getLast();
  const around = last.parentContentControlOrNullObject.load("id");
  await context.sync();
  if (around.isNullObject) {
    last.getRange("Whole").insertOoxml(ooxml, "After");
    return null;
  }
  around.getRange("Whole").insertOoxml(ooxml, "After");
  return around;
}

/**
 * The package for a place: a paragraph outside its last control follows, where the insertion may become the end of
 * the document, so that nothing inserted later (by us or by Word) lands inside our last frame.
 */
function packageFor(body: string, placement: Placement): string {
  return flatOpcPackage(placement.location === "beforeCursorParagraph" ? body : body + "<w:p/>");
}

/** Inserts `body` at the cursor, records document properties, and verifies in the same round trip. */
function insertAtCursor(profile: Profile, state: DocumentState, body: string, verifyTag: string, properties: Record<string, string> = {}): Promise<InsertResult> {
  const placement = placeAtCursor(state.selection);
  const ooxml = packageFor(body, placement);
  return runInWord(async (context) => {
    let within: Word.ContentControl | null = null;
    if (placement.location === "documentEnd") within = await insertAtDocumentEnd(context, ooxml);
    else {
      const paragraph = context.document.getSelection().paragraphs.getLast().getRange("Whole");
      paragraph.insertOoxml(ooxml, placement.location === "beforeCursorParagraph" ? "Before" : "After");
    }
    for (const [key, value] of Object.entries(properties)) context.document.properties.customProperties.add(key, value);
    const verification = verify(context, profile, verifyTag, within);
    await context.sync();
    return result(placement, verification);
  });
}

/** What a new answer starts with: field values, and document properties such as the inquiry's arrival. */
export interface AnswerPrefill {
  content?: AnswerContent;
  properties?: Record<string, string>;
}

export function insertAnswer(profile: Profile, state: DocumentState, capabilities: Capabilities, prefill: AnswerPrefill = {}): Promise<InsertResult> {
  const body = buildAnswer(profile, { capabilities, firstId: freshIdBase(), content: prefill.content });
  return insertAtCursor(profile, state, body, formatTag({ profile, role: "section", key: profile.sections[0].id }), prefill.properties);
}

export function insertSection(profile: Profile, sectionId: string, state: DocumentState, capabilities: Capabilities): Promise<InsertResult> {
  const body = buildSection(profile, sectionId, { capabilities, firstId: freshIdBase() });
  return insertAtCursor(profile, state, body, formatTag({ profile, role: "section", key: sectionId }));
}

/**
 * Appends numbered pairs, continuing the numbering, after the last pair of a questions section (after its heading
 * when it has none), whatever the cursor. Never at the frame's "End": that is inside its last pair (office-js #866).
 */
export function appendQuestions(profile: Profile, sectionId: string, state: DocumentState, pairs: QuestionContent[], capabilities: Capabilities): Promise<InsertResult> {
  const anchorId = state.appendAfter[sectionId];
  if (!state.outline.sectionCounts[sectionId] || anchorId === undefined) {
    return Promise.reject(new WordFailure("notFound", `section ${sectionId} is missing`));
  }
  if (pairs.length === 0) return Promise.reject(new Error("appendQuestions needs at least one pair"));
  const firstNumber = (state.outline.questionCounts[sectionId] ?? 0) + 1;
  const body = buildQuestions(profile, sectionId, firstNumber, pairs, { capabilities, firstId: freshIdBase() });
  const pairTag = formatTag({ profile, role: "question", key: sectionId });
  return runInWord(async (context) => {
    const anchor = listedControls(context.document).getById(anchorId);
    anchor.getRange("Whole").insertOoxml(flatOpcPackage(body), "After");
    // Count within this frame: a second answer elsewhere in the document has pairs of its own.
    const frame = listedControls(context.document).getByTag(formatTag({ profile, role: "section", key: sectionId })).getFirst();
    const verification = verify(context, profile, pairTag, anchor, frame);
    await context.sync();
    return result({ location: "sectionEnd", sectionId, firstNumber, lastNumber: firstNumber + pairs.length - 1 }, verification);
  });
}

/** The text the user has selected (an Anfrage pasted into the document, say). One round trip. */
export function readSelectedText(): Promise<string> {
  return runInWord(async (context) => {
    const selection = context.document.getSelection().load("text");
    await context.sync();
    return selection.text;
  });
}
