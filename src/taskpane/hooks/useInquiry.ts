/** What the user says about the inquiry before inserting: its fields, its arrival, and what follows from them. */
import { useMemo, useRef, useState, type Dispatch, type SetStateAction } from "react";
import type { Profile } from "../../core/profile/types";
import { formatGermanDate, parseGermanDate } from "../../core/dates";
import {
  answerDeadline,
  INQUIRY_DATE_PROPERTY,
  inquiryFields,
  prefilledValues,
  proposeAnswerNumber,
} from "../../core/document/inquiry";
import type { AnswerPrefill } from "../../core/document/gateway";
import type { FieldEntry } from "../../core/profile/fields";

/** The inquiry form's values and what follows from them. */
export interface InquiryModel {
  fields: FieldEntry[];
  values: Record<string, string>;
  setValue: (key: string, value: string) => void;
  /** The inquiry's arrival date as typed (TT.MM.JJJJ). */
  received: string;
  setReceived: Dispatch<SetStateAction<string>>;
  /** An inquiry number is given but no answer number can be proposed from it. */
  numberInvalid: boolean;
  /** An arrival date is given but is not a valid date. */
  receivedInvalid: boolean;
  /** The answer's number proposed from the inquiry's; null without a usable inquiry number. */
  proposedNumber: string | null;
  /** The answer's deadline (TT.MM.JJJJ) from the arrival date; null without a valid one. */
  deadline: string | null;
  /** What a new answer starts with: these values over the remembered personal ones ("Meine Angaben"). */
  prefill: (personal?: Record<string, string>) => AnswerPrefill;
  /**
   * Takes what the council's information system says about an inquiry. What the previous paper filled in goes
   * first (it was about another inquiry); what the user typed in other fields stays.
   */
  fill: (values: Record<string, string>, received: string) => void;
}

export function useInquiry(profile: Profile): InquiryModel {
  const fields = useMemo(() => inquiryFields(profile), [profile]);
  const [values, setValues] = useState<Record<string, string>>({});
  const [received, setReceived] = useState("");
  const filledByPaper = useRef<string[]>([]);

  const numberField = fields.find((f) => f.field.format === "inquiryNumber");
  const number = numberField ? (values[numberField.key]?.trim() ?? "") : "";
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
    fill: (given, arrival) => {
      const previous = filledByPaper.current;
      filledByPaper.current = Object.keys(given);
      setValues((current) => ({
        ...Object.fromEntries(Object.entries(current).filter(([key]) => !previous.includes(key))),
        ...given,
      }));
      setReceived(arrival);
    },
  };
}
