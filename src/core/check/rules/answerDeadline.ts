/** The answer is due a profile-given number of days after the inquiry came in: say when that day is near or past. */
import { daysBetween, formatGermanDate } from "../../dates";
import { answerDeadline as deadlineOf, INQUIRY_DATE_PROPERTY, parseInquiryDate } from "../../document/inquiry";
import { defineRule, type Report } from "../findings";
import { phrase, quoted } from "../messages";

type MessageId = "notADate" | "passed" | "near";

export default defineRule<MessageId>({
  id: "answerDeadline",
  description: {
    de: "Die Antwortfrist (ab Eingang der Anfrage, wenn er angegeben wurde): ein Hinweis, wenn sie nahe ist und wenn sie abgelaufen ist.",
    en: "The answering deadline (from the inquiry's arrival, when it was given): a hint when it is near and when it has passed.",
  },
  messages: {
    notADate: {
      severity: "hint",
      de: "Der Eingang der Anfrage ist als {{recorded}} gespeichert, das ist kein Datum; die Antwortfrist kann nicht berechnet werden.",
      en: "The inquiry's arrival is stored as {{recorded}}, which is not a date; the deadline cannot be computed.",
    },
    passed: {
      severity: "hint",
      de: "Die Antwortfrist ist am {{due}} abgelaufen (Anfrage vom {{received}}, Frist {{days}} Tage).",
      en: "The deadline passed on {{due}} (inquiry of {{received}}, {{days}} days).",
    },
    near: {
      severity: "hint",
      de: "Die Antwortfrist endet {{when}}, am {{due}}.",
      en: "The deadline ends {{when}}, on {{due}}.",
    },
  },
  phrases: {
    today: { de: "heute", en: "today" },
    tomorrow: { de: "morgen", en: "tomorrow" },
    inDays: { de: "in {{days}} Tagen", en: "in {{days}} days" },
  },
  check(model, context): Report<MessageId>[] {
    const recorded = model.snapshot.properties?.[INQUIRY_DATE_PROPERTY];
    if (recorded === undefined) return []; // the inquiry's day was never given: no deadline to watch
    const place = { sectionId: null, target: null };
    const received = parseInquiryDate(recorded);
    if (!received) return [{ messageId: "notADate", ...place, data: { recorded: quoted(recorded) } }];
    const due = deadlineOf(model.profile, received);
    const left = daysBetween(context.today, due);
    const dueText = formatGermanDate(due);
    if (left < 0)
      return [
        {
          messageId: "passed",
          ...place,
          data: { due: dueText, received: formatGermanDate(received), days: model.profile.deadline.days },
        },
      ];
    if (left <= model.profile.deadline.warnDays) {
      const when = left === 0 ? phrase("today") : left === 1 ? phrase("tomorrow") : phrase("inDays", { days: left });
      return [{ messageId: "near", ...place, data: { when, due: dueText } }];
    }
    return [];
  },
});
