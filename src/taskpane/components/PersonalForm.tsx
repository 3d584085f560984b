import { useId, useState } from "react";
import { Button, Caption1, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import type { PersonalModel } from "../hooks/usePersonal";
import { useTranslate } from "../locale";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  toggle: {
    justifyContent: "flex-start",
    paddingLeft: 0,
    minWidth: 0,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  fields: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  summary: { overflowWrap: "anywhere" },
});

/**
 * "Meine Angaben", the fields about the person writing (as the profile marks them), remembered and filled into
 * every new answer. Open until something is kept; then folded to one line, a disclosure button opens it.
 */
export function PersonalForm({ personal }: { personal: PersonalModel }) {
  const styles = useStyles();
  const t = useTranslate();
  const id = useId();
  const [open, setOpen] = useState(() => Object.keys(personal.given).length === 0);
  if (personal.fields.length === 0) return null;
  const summary = personal.fields
    .map((f) => personal.given[f.key])
    .filter(Boolean)
    .join(" · ");
  return (
    <section className={styles.root} aria-labelledby={`${id}-heading`}>
      <h2 className={styles.heading} id={`${id}-heading`}>
        <Button
          className={styles.toggle}
          appearance="transparent"
          aria-expanded={open}
          aria-controls={`${id}-fields`}
          onClick={() => setOpen(!open)}
        >
          <span aria-hidden="true">{open ? "▾" : "▸"}&nbsp;</span>
          {t("personalHeading")}
        </Button>
      </h2>
      {!open && <Caption1 className={styles.summary}>{summary || t("personalNone")}</Caption1>}
      <div className={styles.fields} id={`${id}-fields`} hidden={!open}>
        <Caption1>{t("personalHint")}</Caption1>
        {personal.fields.map(({ key, field }) => (
          <Field key={key} label={field.title}>
            <Input
              type={field.format === "email" ? "email" : field.format === "phone" ? "tel" : "text"}
              value={personal.values[key] ?? ""}
              placeholder={field.placeholder}
              onChange={(_, data) => personal.setValue(key, data.value)}
            />
          </Field>
        ))}
        {personal.saveFailed && <Caption1 role="status">{t("personalSaveFailed")}</Caption1>}
      </div>
    </section>
  );
}
