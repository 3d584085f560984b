/**
 * Parts of another profile in a document of this one (a section pasted from an older version, say) are
 * not checked. A hint, once per profile: the sections they replace are reported missing by their own rule.
 */
import { defineRule } from "../findings";
import { quoted } from "../messages";
import { describeProfile, firstControlOf } from "../support/profileOfDocument";

export default defineRule<"otherProfile">({
  id: "otherProfiles",
  description: {
    de: "Teile, die unter einem anderen Profil geschrieben wurden, werden genannt statt falsch geprüft.",
    en: "Parts written under another profile are named instead of being checked wrongly.",
  },
  messages: {
    otherProfile: {
      severity: "hint",
      de: "Teile dieses Dokuments wurden mit dem Profil {{other}} geschrieben; geprüft wird mit {{checking}}. Diese Teile werden nicht geprüft; bitte ihren Inhalt in die Abschnitte dieses Profils übernehmen.",
      en: "Parts of this document were written with profile {{other}}; it is being checked with {{checking}}. These parts are not checked; please move their content into this profile's sections.",
    },
  },
  check(model) {
    const checking = quoted(describeProfile(model.profile));
    return model.otherProfiles.map((other) => ({
      messageId: "otherProfile" as const,
      sectionId: null,
      target: firstControlOf(model, other),
      data: { other: quoted(describeProfile(other)), checking },
    }));
  },
});
