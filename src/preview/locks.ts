/** "Felder gesperrt": the preview content-locks every field, as a document protected by its author would be. */
import { controlsOf } from "../core/ooxml/tree";
import type { ControlNode, FakeWordHandle } from "./word";

export interface FieldLocks {
  readonly locked: boolean;
  /** The controls the preview locked, with the lock each had before. */
  readonly lockedControls: WeakSet<ControlNode>;
  set(locked: boolean): void;
}

const editableByDocument = (control: ControlNode) => control.control.lock !== "contentLocked" && control.control.lock !== "sdtContentLocked";
/** Frames and question pairs hold other controls; locking those would lock everything inside them. */
const isField = (control: ControlNode) => !control.children.some((child) => child.type === "table" || controlsOf([child]).length > 0);

export function fieldLocks(word: FakeWordHandle): FieldLocks {
  let before = new Map<ControlNode, ControlNode["control"]["lock"]>();
  let lockedControls = new WeakSet<ControlNode>();
  return {
    get locked() {
      return before.size > 0;
    },
    get lockedControls() {
      return lockedControls;
    },
    set(locked) {
      if (locked) {
        for (const { node } of controlsOf(word.body)) {
          if (!isField(node) || !editableByDocument(node) || before.has(node)) continue;
          before.set(node, node.control.lock);
          lockedControls.add(node);
          word.setLock(node, "sdtContentLocked");
        }
      } else {
        for (const [node, lock] of before) word.setLock(node, lock);
        before = new Map();
        lockedControls = new WeakSet();
      }
    },
  };
}
