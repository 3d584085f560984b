/** Email-format fields hold a valid address. */
import { defineRule } from "../findings";
import { quoted } from "../messages";
import { fieldsWithFormat, filledOccurrences } from "../support/lookup";
import { isEmailAddress } from "../values/email";

export default defineRule<"invalid">({
  id: "emailAddresses",
  description: { de: "E-Mail-Felder enthalten eine gültige Adresse.", en: "Email fields hold a valid address." },
  messages: {
    invalid: {
      severity: "error",
      de: "{{field}}: {{value}} ist keine gültige E-Mail-Adresse. Bitte in der Form name@beispiel.de eingeben.",
      en: "{{field}}: {{value}} is not a valid email address. Please enter it as name@example.org.",
    },
  },
  check(model) {
    return fieldsWithFormat(model.profile, "email").flatMap((entry) =>
      filledOccurrences(model, entry.key)
        .filter((o) => !isEmailAddress(o.text))
        .map((o) => ({
          messageId: "invalid" as const,
          sectionId: entry.section.id,
          target: o.index,
          data: { field: entry.field.title, value: quoted(o.text) },
        })),
    );
  },
});
