import { Caption1, Field, Input, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { Profile } from "../../core/profile/types";
import type { InquiryModel } from "../hooks/useInquiry";
import { useTranslate } from "../locale";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

/** Optional facts about the inquiry; "Antwort einfügen" fills them in and derives the answer's number. */
export function InquiryForm({ inquiry, profile }: { inquiry: InquiryModel; profile: Profile }) {
  const styles = useStyles();
  const t = useTranslate();
  return (
    <section className={styles.root} aria-labelledby="inquiry-heading">
      <Subtitle2 as="h2" id="inquiry-heading">
        {t("inquiryHeading")}
      </Subtitle2>
      <Caption1>{t("inquiryHint")}</Caption1>
      {inquiry.fields.map(({ key, field }) => (
        <Field
          key={key}
          label={field.title}
          validationState={field.format === "inquiryNumber" && inquiry.numberInvalid ? "warning" : "none"}
          validationMessage={
            field.format === "inquiryNumber" && inquiry.numberInvalid
              ? t("inquiryNumberInvalid", { example: profile.numbers.inquiry.example })
              : undefined
          }
        >
          <Input
            value={inquiry.values[key] ?? ""}
            placeholder={field.placeholder}
            onChange={(_, data) => inquiry.setValue(key, data.value)}
          />
        </Field>
      ))}
      <Field
        label={t("inquiryReceived")}
        validationState={inquiry.receivedInvalid ? "warning" : "none"}
        validationMessage={inquiry.receivedInvalid ? t("inquiryReceivedInvalid") : undefined}
      >
        <Input
          value={inquiry.received}
          placeholder="TT.MM.JJJJ"
          onChange={(_, data) => inquiry.setReceived(data.value)}
        />
      </Field>
      {inquiry.proposedNumber && (
        <Caption1 role="status">{t("inquiryProposedNumber", { number: inquiry.proposedNumber })}</Caption1>
      )}
      {inquiry.deadline && (
        <Caption1 role="status">
          {t("inquiryDeadline", { date: inquiry.deadline, days: profile.deadline.days })}
        </Caption1>
      )}
    </section>
  );
}
