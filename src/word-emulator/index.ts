/**
 * Our implementation of Office.js's Word API (see ./README.md): the preview outside Word runs the add-in's real
 * src/word code on it. Tests and the benchmark import ./testing.ts instead, which adds counts and a second editor.
 *
 *   const word = installWordEmulator({ edition: "web", body: [paragraph("Sehr geehrte Damen und Herren,")] });
 *   word.user.type(word.body[0] as ControlNode, "…");
 */
import { installEmulator, type EmulatedWord, type WordEmulatorOptions } from "./install";

export type { Content, CursorPlace, EmulatedWord, Platform, RefusedEdit, WordEmulatorOptions } from "./install";
export type { ControlNode, Faults, ParagraphNode, RangeTarget, TableNode } from "./model";
export { parseWordprocessingMl } from "./model";
export { EDITIONS, EDITION_IDS, isEditionId, type Edition, type EditionId } from "./editions";
export { control, paragraph, table } from "./build";

export function installWordEmulator(options: WordEmulatorOptions = {}): EmulatedWord {
  return installEmulator(options).word;
}
