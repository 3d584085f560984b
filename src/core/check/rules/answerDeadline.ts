/** The answer is due a profile-given number of days after the inquiry came in: say when that day is near or past. */
import { daysBetween, formatGermanDate } from "../../dates";
import { answerDeadline as deadlineOf, INQUIRY_DATE_PROPERTY, parseInquiryDate } from "../../document/inquiry";
import type { Rule } from "../findings";
import { de, en, hint } from "./finding";

const ID = "answerDeadline";

export const answerDeadline: Rule = {
  id: ID,
  check(model, context) {
    const recorded = model.snapshot.properties?.[INQUIRY_DATE_PROPERTY];
    if (recorded === undefined) return []; // the inquiry's day was never given: no deadline to watch
    const place = { sectionId: null, target: null };
    const received = parseInquiryDate(recorded);
    if (!received) {
      return [hint(ID, place,
        `Der Eingang der Anfrage ist als ${de(recorded)} gespeichert, das ist kein Datum; die Antwortfrist kann nicht berechnet werden.`,
        `The inquiry's arrival is stored as ${en(recorded)}, which is not a date; the deadline cannot be computed.`)];
    }
    const due = deadlineOf(model.profile, received);
    const left = daysBetween(context.today, due);
    const dueText = formatGermanDate(due);
    if (left < 0) {
      return [hint(ID, place,
        `Die Antwortfrist ist am ${dueText} abgelaufen (Anfrage vom ${formatGermanDate(received)}, Frist ${model.profile.deadline.days} Tage).`,
        `The deadline passed on ${dueText} (inquiry of ${formatGermanDate(received)}, ${model.profile.deadline.days} days).`)];
    }
    if (left <= model.profile.deadline.warnDays) {
      const days = left === 0 ? "heute" : left === 1 ? "morgen" : `in ${left} Tagen`;
      const daysEn = left === 0 ? "today" : left === 1 ? "tomorrow" : `in ${left} days`;
      return [hint(ID, place, `Die Antwortfrist endet ${days}, am ${dueText}.`, `The deadline ends ${daysEn}, on ${dueText}.`)];
    }
    return [];
  },
};
