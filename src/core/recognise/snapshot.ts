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
import { legacySnapshot } from "./legacy";
import { resavedSnapshot } from "./resaved";

export function snapshotOfDocument(body: WmlNode[], profile: Profile): DocumentSnapshot {
  const read = snapshotOfBody(body);
  if (read.controls.some((c) => parseTag(c.tag).kind !== "foreign")) return read;
  // No control of ours: controls of other programs are looked through.
  return resavedSnapshot(body, profile) ?? legacySnapshot(body, profile) ?? read;
}
