/** What the user says about the inquiry before inserting: its fields, its arrival, and what follows from them. */
import { useMemo, useState } from "react";
import type { Profile } from "../../core/profile/types";
import { formatGermanDate, parseGermanDate } from "../../core/dates";
import { answerDeadline, INQUIRY_DATE_PROPERTY, inquiryFields, prefilledValues, proposeAnswerNumber } from "../../core/document/inquiry";
import type { AnswerPrefill } from "../../core/document/gateway";

export function useInquiry(profile: Profile) {
  const fields = useMemo(() => inquiryFields(profile), [profile]);
  const [values, setValues] = useState<Record<string, string>>({});
  const [received, setReceived] = useState("");

  const numberField = fields.find((f) => f.field.format === "inquiryNumber");
  const number = numberField ? values[numberField.key]?.trim() ?? "" : "";
  const proposedNumber = number ? proposeAnswerNumber(profile, number) : null;
  const receivedDate = received.trim() ? parseGermanDate(received) : null;
  const deadline = receivedDate ? formatGermanDate(answerDeadline(profile, receivedDate)) : null;

  /** What a new answer starts with: these values over the remembered personal ones ("Meine Angaben"). */
  const prefill = (personal: Record<string, string> = {}): AnswerPrefill => ({
    content: { values: prefilledValues(profile, { ...personal, ...values }) },
    properties: receivedDate ? { [INQUIRY_DATE_PROPERTY]: formatGermanDate(receivedDate) } : {},
  });

  return {
    fields,
    values,
    setValue: (key: string, value: string) => setValues((current) => ({ ...current, [key]: value })),
    received,
    setReceived,
    numberInvalid: number !== "" && proposedNumber === null,
    receivedInvalid: received.trim() !== "" && receivedDate === null,
    proposedNumber,
    deadline,
    prefill,
  };
}
