/**
 * The emulator for tests and the benchmark: what the preview gets (./index.ts), plus counts of syncs, runs and
 * OOXML bytes, another editor who changes the document past any lock, the host's answers changed mid-test, and
 * assertions on the selection.
 *
 *   const word = installTestWord({ body: [paragraph("Sehr geehrte Damen und Herren,")] });
 *   word.placeCursor({ paragraph: "Sehr geehrte" });
 *   await insertAnswer(profile, state, capabilities);
 *   expect(word.syncCount).toBe(1);
 *   word.uninstall();
 */
import { controlsOf } from "../core/ooxml/tree";
import { notModelled } from "./errors";
import { installEmulator, type EmulatedWord, type Platform, type WordEmulatorOptions } from "./install";
import {
  descendants,
  isControl,
  wordText,
  type ControlNode,
  type Faults,
  type RangeTarget,
  type WordDocument,
} from "./model";

export * from "./index";

/** Where a moved control goes: before or after the `index`-th control (from 0) with this tag. */
export type MovePlace = { before: string; index?: number } | { after: string; index?: number };

/** Where the selection is, for assertions. */
export interface SelectionAt {
  /** The tag of the innermost control the selection is in (or is), or null. */
  controlTag: string | null;
  /** "whole" when a whole node is selected; otherwise where the collapsed cursor stands. */
  extent: RangeTarget["extent"];
  /** The selected text, as Range.text gives it ("" for a cursor). */
  text: string;
}

export interface TestWord extends EmulatedWord {
  /** context.sync calls since installation or the last reset, the final implicit sync of a run included. */
  readonly syncCount: number;
  /** Runs of a batch (Word's run) since installation or the last reset. */
  readonly runCount: number;
  /** UTF-8 bytes of the packages given to insertOoxml since installation or the last reset. */
  readonly insertedOoxmlBytes: number;
  /** UTF-8 bytes of the packages getOoxml gave since installation or the last reset. */
  readonly readOoxmlBytes: number;
  resetCounts(): void;
  setPlatform(platform: Platform): void;
  setRequirementSets(sets: Record<string, string>): void;
  /** Every control of the main text in document order, with the controls around it. */
  controls(): ReturnType<typeof controlsOf>;
  /** The first control of the main text with this tag. */
  control(tag: string): ControlNode | undefined;
  setTableControlsMissingFromDocumentCollection(missing: boolean): void;
  /**
   * ContentControl.id of the `index`-th control (from 0; main text, then header) with this tag. Ids stay with
   * a control as long as it lives and are never reused.
   */
  controlId(tag: string, index?: number): number;
  /** The user types into a control: its content becomes this plain text, and it no longer shows its placeholder. */
  setText(tag: string, text: string, index?: number): void;
  /** The user (or another editor, past any lock) deletes a control with its content. */
  removeControl(tag: string, index?: number): void;
  /** The user (past any lock) moves a control, keeping it and so its id, before or after another. */
  moveControl(tag: string, place: MovePlace, index?: number): void;
  selection(): SelectionAt;
  /** The tag of the innermost control the selection is in (or is), or null. */
  selectedControlTag(): string | null;
  /** Document.properties.customProperties, as name → value. */
  customProperties(): Record<string, string>;
  setCustomProperty(key: string, value: string): void;
  /** Document.properties.title, as the user sees it under File › Info; settable as the user would. */
  title: string;
  setTrackChanges(on: boolean): void;
  /** Misbehaviour beyond the edition's, from now on. */
  setFaults(faults: Faults): void;
}

export function installTestWord(options: WordEmulatorOptions = {}): TestWord {
  let syncCount = 0;
  let runCount = 0;
  const { word, document, setPlatform, setRequirementSets } = installEmulator(options, {
    onSync: () => void syncCount++,
    onRun: () => void runCount++,
  });
  const at = (tag: string, index: number) => controlAt(document, tag, index);
  const extras: Omit<TestWord, keyof EmulatedWord> = {
    get syncCount() {
      return syncCount;
    },
    get runCount() {
      return runCount;
    },
    get insertedOoxmlBytes() {
      return document.insertedOoxmlBytes;
    },
    get readOoxmlBytes() {
      return document.readOoxmlBytes;
    },
    resetCounts() {
      syncCount = 0;
      runCount = 0;
      document.insertedOoxmlBytes = 0;
      document.readOoxmlBytes = 0;
    },
    setPlatform,
    setRequirementSets,
    controls: () => controlsOf(document.main.nodes),
    control: (tag) => descendants(document.main.nodes, isControl).find((c) => c.control.tag === tag),
    setTableControlsMissingFromDocumentCollection: (missing) => {
      document.tableControlsMissingFromDocumentCollection = missing;
    },
    controlId: (tag, index = 0) => document.idOf(at(tag, index)),
    setText: (tag, text, index = 0) => document.setControlText(at(tag, index), text, "setText"),
    removeControl: (tag, index = 0) => removeControl(document, at(tag, index)),
    moveControl: (tag, place, index = 0) => {
      const [anchorTag, position] =
        "before" in place ? [place.before, "before" as const] : [place.after, "after" as const];
      moveControl(document, at(tag, index), at(anchorTag, place.index ?? 0), position);
    },
    selection: () => {
      const control = document.parentControl(document.cursor, "selection");
      return {
        controlTag: control?.control.tag ?? null,
        extent: document.cursor.extent,
        text: wordText(document.covered(document.cursor, "selection")),
      };
    },
    selectedControlTag: () => document.parentControl(document.cursor, "selection")?.control.tag ?? null,
    customProperties: () => Object.fromEntries(document.customProperties),
    setCustomProperty: (key, value) => void document.customProperties.set(key, value),
    get title() {
      return document.title;
    },
    set title(value: string) {
      document.title = value;
    },
    setTrackChanges(on) {
      document.trackChanges = on;
    },
    setFaults(faults) {
      document.faults = { ...faults };
    },
  };
  // The preview's handle keeps its getters; the test's parts sit on top of it.
  return Object.setPrototypeOf(extras, word) as TestWord;
}

/** The `index`-th control with this tag, main text first, then header; a test's mistake if there is none. */
function controlAt(document: WordDocument, tag: string, index: number): ControlNode {
  const found = document.allControls().filter((c) => c.control.tag === tag)[index];
  if (!found) throw new Error(`word emulator: no control number ${index} with the tag "${tag}"`);
  return found;
}

/** A control taken out with its content, as another editor would (no lock checks). */
function removeControl(document: WordDocument, control: ControlNode): void {
  const location = document.locate(control, "removeControl");
  location.siblings.splice(location.index, 1);
  document.afterRemoval(location);
}

/** A control moved before or after another (no lock checks); it keeps its node, so its id. */
function moveControl(
  document: WordDocument,
  control: ControlNode,
  anchor: ControlNode,
  position: "before" | "after",
): void {
  if (anchor === control || descendants(control.children, isControl).includes(anchor)) {
    throw new Error(`word emulator: cannot move a control ${position} itself or a control inside it`);
  }
  const from = document.locate(control, "moveControl");
  if (document.isInline(from.ancestors) !== document.isInline(document.locate(anchor, "moveControl").ancestors))
    throw notModelled("moving a control between inline and block content");
  from.siblings.splice(from.index, 1);
  document.afterRemoval(from, false);
  const to = document.locate(anchor, "moveControl");
  to.siblings.splice(position === "before" ? to.index : to.index + 1, 0, control);
}
