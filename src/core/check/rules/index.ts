/** Every rule of the pre-submission check, grouped by what they look at. */
import type { Rule } from "../findings";
import { answerDeadline } from "./answerDeadline";
import { answerReferences } from "./answerReferences";
import { choiceValues } from "./choiceValues";
import { datesInOrder } from "./datesInOrder";
import { documentDateInFuture } from "./documentDateInFuture";
import { emailAddresses } from "./emailAddresses";
import { explanationRequired } from "./explanationRequired";
import { foreignDocument } from "./foreignDocument";
import { numberContinuesInquiry } from "./numberContinuesInquiry";
import { numberForm } from "./numberForm";
import { numberYear } from "./numberYear";
import { otherProfiles } from "./otherProfiles";
import { phoneNumbers } from "./phoneNumbers";
import { questionNumbering } from "./questionNumbering";
import { questionsComplete } from "./questionsComplete";
import { recognised } from "./recognised";
import { ratingsRated } from "./ratingsRated";
import { ratingValues } from "./ratingValues";
import { requiredFields } from "./requiredFields";
import { sectionDuplicated } from "./sectionDuplicated";
import { sectionMissing } from "./sectionMissing";
import { sectionOrder } from "./sectionOrder";
import { unknownControls } from "./unknownControls";
import { validDates } from "./validDates";

export {
  answerDeadline, answerReferences, choiceValues, datesInOrder, documentDateInFuture, emailAddresses, explanationRequired, foreignDocument,
  numberContinuesInquiry, numberForm, numberYear, otherProfiles, phoneNumbers, questionNumbering, questionsComplete, recognised,
  ratingsRated, ratingValues, requiredFields, sectionDuplicated, sectionMissing, sectionOrder, unknownControls, validDates,
};

/** The rules for a document of the checking profile; foreignDocument decides first whether it is one. */
export const DOCUMENT_RULES: readonly Rule[] = [
  recognised, sectionMissing, sectionDuplicated, sectionOrder, otherProfiles, unknownControls,
  requiredFields, validDates, datesInOrder, documentDateInFuture, phoneNumbers, emailAddresses,
  numberForm, numberYear, numberContinuesInquiry, choiceValues,
  questionsComplete, questionNumbering, answerReferences,
  ratingsRated, ratingValues, explanationRequired,
  answerDeadline,
];

export { foreignDocument as FOREIGN_DOCUMENT_RULE };
