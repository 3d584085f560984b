/**
 * The registry: every rule of the pre-submission check, in the order they run and README lists them
 * (test/core/check/registry.test.ts holds README's list against their descriptions). A new rule is a file here
 * exporting defineRule({...}) and one line below.
 */
import type { Rule } from "../findings";
import answerDeadline from "./answerDeadline";
import answerReferences from "./answerReferences";
import choiceValues from "./choiceValues";
import datesInOrder from "./datesInOrder";
import documentDateInFuture from "./documentDateInFuture";
import emailAddresses from "./emailAddresses";
import explanationRequired from "./explanationRequired";
import foreignDocument from "./foreignDocument";
import numberContinuesInquiry from "./numberContinuesInquiry";
import numberForm from "./numberForm";
import numberYear from "./numberYear";
import otherProfiles from "./otherProfiles";
import phoneNumbers from "./phoneNumbers";
import questionNumbering from "./questionNumbering";
import questionsComplete from "./questionsComplete";
import ratingsRated from "./ratingsRated";
import ratingValues from "./ratingValues";
import recognised from "./recognised";
import requiredFields from "./requiredFields";
import sectionDuplicated from "./sectionDuplicated";
import sectionMissing from "./sectionMissing";
import sectionOrder from "./sectionOrder";
import unknownControls from "./unknownControls";
import validDates from "./validDates";
import { ACCESSIBILITY_RULES } from "../accessibility/rules";

/** Decides first whether the document is one of the checking profile's at all; if not, it is the only finding. */
export const FOREIGN_DOCUMENT_RULE: Rule = foreignDocument;

/** The rules for a document of the checking profile. */
export const DOCUMENT_RULES: readonly Rule[] = [
  recognised,
  sectionMissing,
  sectionDuplicated,
  sectionOrder,
  otherProfiles,
  unknownControls,
  requiredFields,
  validDates,
  datesInOrder,
  documentDateInFuture,
  phoneNumbers,
  emailAddresses,
  numberForm,
  numberYear,
  numberContinuesInquiry,
  choiceValues,
  questionsComplete,
  questionNumbering,
  answerReferences,
  ratingsRated,
  ratingValues,
  explanationRequired,
  answerDeadline,
  ...ACCESSIBILITY_RULES,
];

/** Every rule, in order. */
export const RULES: readonly Rule[] = [FOREIGN_DOCUMENT_RULE, ...DOCUMENT_RULES];
