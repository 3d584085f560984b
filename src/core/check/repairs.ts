/**
 * Repairs, planned from the model and carried out by a reader that can write (Word). They only add
 * sections and rewrite the numbers and titles the add-in itself owns: text the user wrote is never touched.
 */
import type { QuestionsSection } from "../profile/types";
import type { DocumentModel } from "./model";

/** A change to one control: its text (only for question numbers) and/or its title. */
export interface ControlEdit {
  locator: string;
  text?: string;
  title?: string;
}

/** Where a restored section goes: next to a section that is there, or at the end when none is. */
export type Anchor = { position: "after" | "before"; locator: string } | { position: "documentEnd" };

/** The section frame before which, or after which, a missing section belongs in the profile's order. */
export function restoreAnchor(model: DocumentModel, sectionId: string): Anchor {
  const order = model.profile.sections.map((s) => s.id);
  const position = order.indexOf(sectionId);
  const firstFrame = (id: string) => model.frames.find((f) => f.sectionId === id);
  for (let i = position - 1; i >= 0; i--) {
    const frame = firstFrame(order[i]);
    if (frame) return { position: "after", locator: model.snapshot.controls[frame.index].locator };
  }
  for (let i = position + 1; i < order.length; i++) {
    const frame = firstFrame(order[i]);
    if (frame) return { position: "before", locator: model.snapshot.controls[frame.index].locator };
  }
  return { position: "documentEnd" };
}

/** Numbers 1..n in document order, with the pair's titles to match; only what differs is changed. */
export function renumberingEdits(model: DocumentModel, sectionId: string): ControlEdit[] {
  const section = model.profile.sections.find(
    (s): s is QuestionsSection => s.id === sectionId && s.kind === "questions",
  );
  const pairs = model.questions.get(sectionId) ?? [];
  if (!section) return [];
  const controls = model.snapshot.controls;
  const edits: ControlEdit[] = [];
  const change = (index: number | undefined, wanted: { text?: string; title?: string }) => {
    if (index === undefined) return;
    const control = controls[index];
    const edit: ControlEdit = { locator: control.locator };
    if (wanted.text !== undefined && control.text.trim() !== wanted.text) edit.text = wanted.text;
    if (wanted.title !== undefined && control.title !== wanted.title) edit.title = wanted.title;
    if (edit.text !== undefined || edit.title !== undefined) edits.push(edit);
  };
  pairs.forEach((pair, i) => {
    const n = i + 1;
    change(pair.index, { title: `${section.question.title} ${n}` });
    change(pair.number?.index, { text: `${n}.` });
    change(pair.question?.index, { title: `${section.question.title} ${n}` });
    change(pair.answer?.index, { title: `${section.answer.title} ${n}` });
  });
  return edits;
}
