/**
 * What the pane reads of the document at start and on focus: the tags of the controls Word lists and where the
 * cursor stands, in one round trip. Kept apart from the insertions (./document), which load on the first click.
 */
import type { Profile } from "../core/profile/types";
import { outlineOf, pairAnchors } from "../core/document/outline";
import type { DocumentState } from "../core/document/gateway";
import { listedControls } from "./capabilities";
import { TITLE_PROPERTY } from "../core/document/title";
import { runInWord } from "./errors";

/** Queues the reads of the document's state; after the next sync, the returned function gives it. */
export function queueStateRead(context: Word.RequestContext, profile: Profile): () => DocumentState {
  const controls = listedControls(context.document).load("items/id,tag");
  const selection = context.document.getSelection();
  const control = selection.parentContentControlOrNullObject.load("tag");
  const table = selection.parentTableOrNullObject.load("isNullObject");
  const body = selection.parentBody.load("type");
  // A table cell is a body of its own; the cell's outer body tells whether the table is in the main text.
  const outerBody = body.parentBodyOrNullObject.load("type");
  const paragraph = selection.paragraphs.getLastOrNullObject().load("text");
  const properties = context.document.properties.load("title");
  const ourTitle = properties.customProperties.getItemOrNullObject(TITLE_PROPERTY).load("value");
  return () => {
    const inCellOfMainText = body.type === "TableCell" && !outerBody.isNullObject && outerBody.type === "MainDoc";
    const tags = controls.items.map((c) => c.tag);
    const anchors = Object.entries(pairAnchors(tags, profile)).map(([sectionId, index]) => [
      sectionId,
      controls.items[index].id,
    ]);
    return {
      outline: outlineOf(tags, profile),
      selection: {
        controlTag: control.isNullObject ? null : control.tag,
        inTable: !table.isNullObject,
        inMainBody: (body.type === "MainDoc" || inCellOfMainText) && !paragraph.isNullObject,
        paragraphEmpty: !paragraph.isNullObject && paragraph.text.trim() === "",
      },
      // Ids, valid while the pane is open; the insertion verifies where it went.
      appendAfter: Object.fromEntries(anchors),
      titleIsOurs: properties.title.trim() === "" || (!ourTitle.isNullObject && ourTitle.value === properties.title),
    };
  };
}

/** One round trip: the tags of every control Word lists, and where the cursor stands. */
export function readDocumentState(profile: Profile): Promise<DocumentState> {
  return runInWord(async (context) => {
    const state = queueStateRead(context, profile);
    await context.sync();
    return state();
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
