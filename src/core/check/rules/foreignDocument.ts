/**
 * A document with none of the checking profile's controls but with the add-in's controls of another
 * profile (or version, or tag scheme) was written elsewhere. Checking it under this profile would only
 * report every section missing, so this is then the only finding, and an error: nothing was checked.
 */
import type { Rule } from "../findings";
import { de, en, error } from "./finding";
import { describeProfile, firstControlOf, hasOwnControls } from "./profileOfDocument";

const ID = "foreignDocument";

export const foreignDocument: Rule = {
  id: ID,
  check(model) {
    if (hasOwnControls(model)) return [];
    const checking = describeProfile(model.profile);
    const others = model.otherProfiles;
    if (others.length > 0) {
      const names = others.map(describeProfile);
      return [error(ID, { sectionId: null, target: firstControlOf(model, others[0]) },
        `Dieses Dokument wurde mit dem Profil ${names.map(de).join(", ")} geschrieben und wird mit dem Profil ${de(checking)} (${model.profile.name}) geprüft. Bitte mit dem passenden Profil prüfen.`,
        `This document was written with profile ${names.map(en).join(", ")} and is being checked with profile ${en(checking)} (${model.profile.name}). Please check it with the matching profile.`)];
    }
    if (model.unknown.length > 0) {
      return [error(ID, { sectionId: null, target: model.unknown[0] },
        `Dieses Dokument wurde mit einer anderen Version des Add-ins geschrieben, deren Kennungen diese Version nicht lesen kann; es wird mit dem Profil ${de(checking)} geprüft. Bitte das Add-in aktualisieren.`,
        `This document was written by another version of the add-in whose tags this version cannot read; it is being checked with profile ${en(checking)}. Please update the add-in.`)];
    }
    return [];
  },
};
