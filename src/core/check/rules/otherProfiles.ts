/**
 * Parts of another profile in a document of this one (a section pasted from an older version, say) are
 * not checked. A hint, once per profile: the sections they replace are reported missing by their own rule.
 */
import type { Rule } from "../findings";
import { de, en, hint } from "./finding";
import { describeProfile, firstControlOf } from "./profileOfDocument";

const ID = "otherProfiles";

export const otherProfiles: Rule = {
  id: ID,
  check(model) {
    const checking = describeProfile(model.profile);
    return model.otherProfiles.map((other) => hint(ID, { sectionId: null, target: firstControlOf(model, other) },
      `Teile dieses Dokuments wurden mit dem Profil ${de(describeProfile(other))} geschrieben; geprüft wird mit ${de(checking)}. Diese Teile werden nicht geprüft; bitte ihren Inhalt in die Abschnitte dieses Profils übernehmen.`,
      `Parts of this document were written with profile ${en(describeProfile(other))}; it is being checked with ${en(checking)}. These parts are not checked; please move their content into this profile's sections.`));
  },
};
