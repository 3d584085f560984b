/**
 * Everything the add-in inserts into a Word document. Each insertion is one Word.run and one context.sync()
 * (two at the end of a document that ends inside a control): the insertion, its verification and the state the
 * pane shows next travel together. No insertion uses "End" on a container that may end in a control, where Word
 * would put it inside that control (office-js #866); each goes "After" a paragraph or a control instead.
 */
import type { Profile } from "../core/profile/types";
import type { Capabilities } from "../core/ooxml/controls";
import { buildAnswer, buildQuestions, buildSection, type QuestionContent } from "../core/ooxml/document";
import { flatOpcPackage } from "../core/ooxml/package";
import { placeAtCursor, type Placement } from "../core/document/placement";
import type { AnswerPrefill, DocumentState, InsertResult } from "../core/document/gateway";
import { documentTitle, TITLE_PROPERTY } from "../core/document/title";
import { formatTag } from "../core/tags";
import { listedControls } from "./capabilities";
import { runInWord, WordFailure } from "./errors";
import { queueStateRead } from "./state";
import { freshIdBase } from "./ids";

export type { DocumentState, InsertResult };
export { readDocumentState, readSelectedText } from "./state";

/** What an insertion's batch reads back of where it went, once the batch has been sent. */
export interface Placed {
  /** Frames (or pairs) with the inserted tag, in the document or in `scope`. */
  countAfter: number;
  /** Inserted content found inside the control it was put after: Word nested it (office-js #866). */
  misplaced: boolean;
}

/** Queues the reads that tell where an insertion went; after the next sync, the returned function gives them. */
export function queuePlacementCheck(
  context: Word.RequestContext,
  tag: string,
  within: Word.ContentControl | null,
  scope?: Word.ContentControl,
): () => Placed {
  const count = listedControls(scope ? scope.getRange("Whole") : context.document)
    .getByTag(tag)
    .load("items/id");
  const stray = within ? listedControls(within.getRange("Content")).getByTag(tag).load("items/id") : null;
  return () => ({ countAfter: count.items.length, misplaced: (stray?.items.length ?? 0) > 0 });
}

/** An insertion's result: where it went, and the document's state after it, both read in its own round trip. */
function queueResult(
  context: Word.RequestContext,
  profile: Profile,
  placement: InsertResult["placement"],
  placed: () => Placed,
): () => InsertResult {
  const state = queueStateRead(context, profile);
  return () => ({ placement, ...placed(), state: state() });
}

/**
 * Puts a package after the document's last paragraph, or after the control that paragraph sits in (a second round
 * trip finds out which). Returns that control, which must not hold the insertion afterwards.
 */
export async function insertAtDocumentEnd(
  context: Word.RequestContext,
  ooxml: string,
): Promise<Word.ContentControl | null> {
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
 * Body-level content followed by a paragraph outside its last control: where an insertion may become the end of the
 * document, so that nothing inserted later (by us or by Word) lands inside our last frame.
 */
export function endingOutsideControls(body: string): string {
  return body + "<w:p/>";
}

/** The package for a place: before the cursor's empty paragraph, that paragraph follows it anyway. */
function packageFor(body: string, placement: Placement): string {
  return flatOpcPackage(placement.location === "beforeCursorParagraph" ? body : endingOutsideControls(body));
}

/** Inserts `body` at the cursor, records document properties, and verifies in the same round trip. */
function insertAtCursor(
  profile: Profile,
  state: DocumentState,
  body: string,
  verifyTag: string,
  properties: Record<string, string> = {},
  title?: string,
): Promise<InsertResult> {
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
    if (title !== undefined) context.document.properties.title = title;
    const inserted = queueResult(context, profile, placement, queuePlacementCheck(context, verifyTag, within));
    await context.sync();
    return inserted();
  });
}

export function insertAnswer(
  profile: Profile,
  state: DocumentState,
  capabilities: Capabilities,
  prefill: AnswerPrefill = {},
): Promise<InsertResult> {
  const body = buildAnswer(profile, { capabilities, firstId: freshIdBase(), content: prefill.content });
  // The answer's title comes with it, unless the document has one the user gave it.
  const title = documentTitle(profile, (key) => prefill.content?.values?.[key]);
  const properties = state.titleIsOurs ? { ...prefill.properties, [TITLE_PROPERTY]: title } : prefill.properties;
  return insertAtCursor(
    profile,
    state,
    body,
    formatTag({ profile, role: "section", key: profile.sections[0].id }),
    properties,
    state.titleIsOurs ? title : undefined,
  );
}

export function insertSection(
  profile: Profile,
  sectionId: string,
  state: DocumentState,
  capabilities: Capabilities,
): Promise<InsertResult> {
  const body = buildSection(profile, sectionId, { capabilities, firstId: freshIdBase() });
  return insertAtCursor(profile, state, body, formatTag({ profile, role: "section", key: sectionId }));
}

/**
 * Appends numbered pairs, continuing the numbering, after the last pair of a questions section (after its heading
 * when it has none), whatever the cursor. Never at the frame's "End": that is inside its last pair (office-js #866).
 */
export function appendQuestions(
  profile: Profile,
  sectionId: string,
  state: DocumentState,
  pairs: QuestionContent[],
  capabilities: Capabilities,
): Promise<InsertResult> {
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
    const frame = listedControls(context.document)
      .getByTag(formatTag({ profile, role: "section", key: sectionId }))
      .getFirst();
    const placement = {
      location: "sectionEnd" as const,
      sectionId,
      firstNumber,
      lastNumber: firstNumber + pairs.length - 1,
    };
    const inserted = queueResult(context, profile, placement, queuePlacementCheck(context, pairTag, anchor, frame));
    await context.sync();
    return inserted();
  });
}
