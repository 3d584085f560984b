/** Which profiles wrote the document's controls, so that a document of another council or version is recognised. */
import { parseTag, sameProfile, type ProfileRef } from "../../tags";
import type { DocumentModel } from "../model";

export function describeProfile(ref: ProfileRef): string {
  return `${ref.id} ${ref.version}`;
}

/** Whether any control carries a tag of the checking profile. */
export function hasOwnControls(model: DocumentModel): boolean {
  const own: ProfileRef = { id: model.profile.id, version: model.profile.version };
  return model.snapshot.controls.some((control) => {
    const parsed = parseTag(control.tag);
    return parsed.kind === "ours" && sameProfile(parsed.tag.profile, own);
  });
}

/** Index of the first control written under the given profile. */
export function firstControlOf(model: DocumentModel, ref: ProfileRef): number | null {
  const index = model.snapshot.controls.findIndex((control) => {
    const parsed = parseTag(control.tag);
    return parsed.kind === "ours" && sameProfile(parsed.tag.profile, ref);
  });
  return index < 0 ? null : index;
}
