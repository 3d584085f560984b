/**
 * Everything the add-in does to a Word document. Each operation is one Word.run with as few
 * context.sync() round trips as the work allows: reading the state costs one, every insertion one.
 */
import type { Profile } from "../core/profile/types";
import type { Capabilities } from "../core/ooxml/controls";
import { buildAnswer, buildQuestions, buildSection, type AnswerContent, type QuestionContent } from "../core/ooxml/document";
import { flatOpcPackage } from "../core/ooxml/package";
import { outlineOf } from "../core/document/outline";
import { placeAtCursor, type Placement } from "../core/document/placement";
import type { DocumentState, InsertResult } from "../core/document/gateway";
import { formatTag } from "../core/tags";
import { runInWord, WordFailure } from "./errors";
import { freshIdBase } from "./ids";

export type { DocumentState, InsertResult };

/** One round trip: the tags of every control, and where the cursor stands. */
export function readDocumentState(profile: Profile): Promise<DocumentState> {
  return runInWord(async (context) => {
    const controls = context.document.contentControls.load("items/tag");
    const selection = context.document.getSelection();
    const control = selection.parentContentControlOrNullObject.load("tag");
    const table = selection.parentTableOrNullObject.load("isNullObject");
    const body = selection.parentBody.load("type");
    // A table cell is a body of its own; the cell's outer body tells whether the table is in the main text.
    const outerBody = body.parentBodyOrNullObject.load("type");
    const paragraph = selection.paragraphs.getLastOrNullObject().load("text");
    await context.sync();
    const inCellOfMainText = body.type === "TableCell" && !outerBody.isNullObject && outerBody.type === "MainDoc";
    return {
      outline: outlineOf(controls.items.map((c) => c.tag), profile),
      selection: {
        controlTag: control.isNullObject ? null : control.tag,
        inTable: !table.isNullObject,
        inMainBody: (body.type === "MainDoc" || inCellOfMainText) && !paragraph.isNullObject,
        paragraphEmpty: !paragraph.isNullObject && paragraph.text.trim() === "",
      },
    };
  });
}

function insertAt(context: Word.RequestContext, placement: Placement, ooxml: string): void {
  if (placement.location === "documentEnd") {
    context.document.body.insertOoxml(ooxml, "End");
    return;
  }
  const paragraph = context.document.getSelection().paragraphs.getLast().getRange("Whole");
  paragraph.insertOoxml(ooxml, placement.location === "beforeCursorParagraph" ? "Before" : "After");
}

/**
 * Inserts `body` at the cursor, records document properties, and, in the same round trip, counts the frames
 * tagged `verifyTag` (some Word builds drop controls silently: office-js #2336).
 */
function insertAtCursor(state: DocumentState, body: string, verifyTag: string, properties: Record<string, string> = {}): Promise<InsertResult> {
  const placement = placeAtCursor(state.selection);
  return runInWord(async (context) => {
    insertAt(context, placement, flatOpcPackage(body));
    for (const [key, value] of Object.entries(properties)) context.document.properties.customProperties.add(key, value);
    const frames = context.document.contentControls.getByTag(verifyTag).load("items/tag");
    await context.sync();
    return { placement, countAfter: frames.items.length };
  });
}

/** What a new answer starts with: field values, and document properties such as the inquiry's arrival. */
export interface AnswerPrefill {
  content?: AnswerContent;
  properties?: Record<string, string>;
}

export function insertAnswer(profile: Profile, state: DocumentState, capabilities: Capabilities, prefill: AnswerPrefill = {}): Promise<InsertResult> {
  const body = buildAnswer(profile, { capabilities, firstId: freshIdBase(), content: prefill.content });
  return insertAtCursor(state, body, formatTag({ profile, role: "section", key: profile.sections[0].id }), prefill.properties);
}

export function insertSection(profile: Profile, sectionId: string, state: DocumentState, capabilities: Capabilities): Promise<InsertResult> {
  const body = buildSection(profile, sectionId, { capabilities, firstId: freshIdBase() });
  return insertAtCursor(state, body, formatTag({ profile, role: "section", key: sectionId }));
}

/** Appends numbered pairs, continuing the numbering, at the end of a questions section, whatever the cursor. */
export function appendQuestions(profile: Profile, sectionId: string, state: DocumentState, pairs: QuestionContent[]): Promise<InsertResult> {
  if (!state.outline.sectionCounts[sectionId]) {
    return Promise.reject(new WordFailure("notFound", `section ${sectionId} is missing`));
  }
  if (pairs.length === 0) return Promise.reject(new Error("appendQuestions needs at least one pair"));
  const firstNumber = (state.outline.questionCounts[sectionId] ?? 0) + 1;
  const body = buildQuestions(profile, sectionId, firstNumber, pairs, { firstId: freshIdBase() });
  return runInWord(async (context) => {
    const frame = context.document.contentControls.getByTag(formatTag({ profile, role: "section", key: sectionId })).getFirst();
    frame.insertOoxml(flatOpcPackage(body), "End");
    // Count within this frame: a second answer elsewhere in the document has pairs of its own.
    const inserted = frame.contentControls.getByTag(formatTag({ profile, role: "question", key: sectionId })).load("items/tag");
    await context.sync();
    return { placement: { location: "sectionEnd", sectionId, firstNumber, lastNumber: firstNumber + pairs.length - 1 }, countAfter: inserted.items.length };
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
