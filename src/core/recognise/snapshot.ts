/**
 * The snapshot to check, whatever wrote the document: read from its controls when it has ours; rebuilt by title and
 * order when another program dropped their tags (resaved.ts); recognised in the text when it was written without
 * the add-in (legacy.ts). The command line and the task pane both check through here.
 */
import { snapshotOfBody } from "../check/fromTree";
import type { DocumentSnapshot } from "../check/snapshot";
import type { WmlNode } from "../ooxml/tree";
import type { Profile } from "../profile/types";
import { parseTag } from "../tags";
import { legacySnapshot, recogniseAnswer, type Recognition } from "./legacy";
import { resavedSnapshot } from "./resaved";

export function snapshotOfDocument(body: WmlNode[], profile: Profile): DocumentSnapshot {
  return readAnswer(body, profile).snapshot;
}

/** The snapshot, and the recognition it was built from where the answer was written without the add-in. */
export function readAnswer(
  body: WmlNode[],
  profile: Profile,
): { snapshot: DocumentSnapshot; recognition: Recognition | null } {
  const read = snapshotOfBody(body);
  if (read.controls.some((c) => parseTag(c.tag).kind !== "foreign")) return { snapshot: read, recognition: null };
  // No control of ours: controls of other programs are looked through.
  const resaved = resavedSnapshot(body, read.controls, profile);
  if (resaved) return { snapshot: resaved, recognition: null };
  const recognition = recogniseAnswer(body, profile);
  return { snapshot: recognition ? legacySnapshot(recognition, profile) : read, recognition };
}
