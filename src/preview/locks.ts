/**
 * "Felder gesperrt": the preview content-locks every field, as a document protected by its author would be;
 * fields inserted while the switch is on are locked as they arrive.
 */
import { controlsOf } from "../core/ooxml/tree";
import { isContentLocked, isFieldControl } from "./fields";
import type { ControlNode, EmulatedWord } from "../word-emulator";

export interface FieldLocks {
  readonly locked: boolean;
  /** The controls the preview locked (fields still, only refused). */
  readonly lockedControls: WeakSet<ControlNode>;
  set(locked: boolean): void;
}

export function fieldLocks(word: EmulatedWord): FieldLocks {
  let locked = false;
  /** The lock each control had before the preview locked it. */
  let before = new Map<ControlNode, ControlNode["control"]["lock"]>();
  let lockedControls = new WeakSet<ControlNode>();
  const lockFields = () => {
    for (const { node } of controlsOf(word.body)) {
      // Only fields: locking a frame would lock everything inside it.
      if (before.has(node) || !isFieldControl(node) || isContentLocked(node)) continue;
      before.set(node, node.control.lock);
      lockedControls.add(node);
      word.setLock(node, "sdtContentLocked");
    }
  };
  word.subscribe(() => {
    if (locked) lockFields();
  });
  return {
    get locked() {
      return locked;
    },
    get lockedControls() {
      return lockedControls;
    },
    set(on) {
      locked = on;
      if (on) {
        lockFields();
        return;
      }
      const unlock = before;
      before = new Map();
      lockedControls = new WeakSet();
      for (const [node, lock] of unlock) word.setLock(node, lock);
    },
  };
}
