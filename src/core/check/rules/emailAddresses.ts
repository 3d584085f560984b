/** Email-format fields hold a valid address. */
import type { Rule } from "../findings";
import { isEmailAddress } from "../email";
import { de, en, error } from "./finding";
import { fieldsWithFormat, filledOccurrences } from "./lookup";

const ID = "emailAddresses";

export const emailAddresses: Rule = {
  id: ID,
  check(model) {
    return fieldsWithFormat(model.profile, "email").flatMap((entry) =>
      filledOccurrences(model, entry.key)
        .filter((o) => !isEmailAddress(o.text))
        .map((o) => error(ID, { sectionId: entry.section.id, target: o.index },
          `${entry.field.title}: ${de(o.text)} ist keine gültige E-Mail-Adresse. Bitte in der Form name@beispiel.de eingeben.`,
          `${entry.field.title}: ${en(o.text)} is not a valid email address. Please enter it as name@example.org.`)));
  },
};
