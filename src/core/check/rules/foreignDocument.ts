/**
 * A document with none of the checking profile's controls but with the add-in's controls of another
 * profile (or version, or tag scheme) was written elsewhere. Checking it under this profile would only
 * report every section missing, so this is then the only finding, and an error: nothing was checked.
 */
import { defineRule } from "../findings";
import { listOf, quoted } from "../messages";
import { describeProfile, firstControlOf, hasOwnControls } from "../support/profileOfDocument";

export default defineRule<"otherProfile" | "otherVersion">({
  id: "foreignDocument",
  description: {
    de: "Ein Dokument, das unter einem anderen Profil geschrieben wurde, bekommt eine klare Meldung statt falscher Befunde.",
    en: "A document written under another profile gets one clear message instead of wrong findings.",
  },
  messages: {
    otherProfile: {
      severity: "error",
      de: "Dieses Dokument wurde mit dem Profil {{written}} geschrieben und wird mit dem Profil {{checking}} ({{name}}) geprüft. Bitte mit dem passenden Profil prüfen.",
      en: "This document was written with profile {{written}} and is being checked with profile {{checking}} ({{name}}). Please check it with the matching profile.",
    },
    otherVersion: {
      severity: "error",
      de: "Dieses Dokument wurde mit einer anderen Version des Add-ins geschrieben, deren Kennungen diese Version nicht lesen kann; es wird mit dem Profil {{checking}} geprüft. Bitte das Add-in aktualisieren.",
      en: "This document was written by another version of the add-in whose tags this version cannot read; it is being checked with profile {{checking}}. Please update the add-in.",
    },
  },
  check(model) {
    if (hasOwnControls(model)) return [];
    const checking = quoted(describeProfile(model.profile));
    const others = model.otherProfiles;
    if (others.length > 0) {
      const written = listOf(others.map((other) => quoted(describeProfile(other))));
      return [
        {
          messageId: "otherProfile",
          sectionId: null,
          target: firstControlOf(model, others[0]),
          data: { written, checking, name: model.profile.name },
        },
      ];
    }
    if (model.unknown.length > 0)
      return [{ messageId: "otherVersion", sectionId: null, target: model.unknown[0], data: { checking } }];
    return [];
  },
});
