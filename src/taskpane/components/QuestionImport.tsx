import { useState } from "react";
import { Button, Caption1, Field, Subtitle2, Text, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useQuestionImport } from "../hooks/useQuestionImport";
import { useTranslate } from "../locale";
import { useListStyles } from "./listStyles";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
});

interface Props {
  /** False while the document has no questions section to take them. */
  enabled: boolean;
  disabledHint: string;
  busy: boolean;
  readSelectedText: () => Promise<string>;
  /** Resolves true when Word took every question; the list is kept otherwise, so nothing is lost. */
  onInsert: (questions: string[]) => Promise<boolean>;
}

/** Paste or select an Anfrage, check the split, insert every question as a numbered pair in one step. */
export function QuestionImport(props: Props) {
  const styles = useStyles();
  const lists = useListStyles();
  const t = useTranslate();
  const model = useQuestionImport();
  const [selectionEmpty, setSelectionEmpty] = useState(false);
  const questions = model.questions.filter((q) => q.trim() !== "");

  const takeSelection = async () => {
    const text = await props.readSelectedText().catch(() => "");
    setSelectionEmpty(text.trim() === "");
    if (text.trim() !== "") model.changeSource(text);
  };
  const insert = async () => {
    if (await props.onInsert(questions)) model.reset();
  };

  return (
    <section className={styles.root} aria-labelledby="import-heading">
      <Subtitle2 as="h2" id="import-heading">
        {t("importHeading")}
      </Subtitle2>
      <Caption1>{t("importHint")}</Caption1>
      <Field
        label={t("importTextLabel")}
        validationState={selectionEmpty ? "warning" : "none"}
        validationMessage={selectionEmpty ? t("importSelectionEmpty") : undefined}
      >
        <Textarea
          resize="vertical"
          rows={4}
          value={model.source}
          placeholder={t("importTextPlaceholder")}
          onChange={(_, data) => model.changeSource(data.value)}
        />
      </Field>
      <Button onClick={() => void takeSelection()} disabled={props.busy}>
        {t("importFromSelection")}
      </Button>

      {model.source.trim() !== "" && model.questions.length === 0 && <Text role="status">{t("importFoundNone")}</Text>}
      {model.questions.length > 0 && (
        <>
          <Text role="status">{t("importFoundCount", { count: model.questions.length })}</Text>
          <ol className={lists.roomy}>
            {model.questions.map((question, i) => (
              <li key={i}>
                <Field label={t("importQuestionLabel", { number: i + 1 })}>
                  <Textarea resize="vertical" value={question} onChange={(_, data) => model.edit(i, data.value)} />
                </Field>
                <div className={styles.actions}>
                  {i + 1 < model.questions.length && (
                    <Button size="small" appearance="subtle" onClick={() => model.mergeWithNext(i)}>
                      {t("importMergeNext")}
                    </Button>
                  )}
                  <Button size="small" appearance="subtle" onClick={() => model.remove(i)}>
                    {t("importRemove", { number: i + 1 })}
                  </Button>
                </div>
              </li>
            ))}
          </ol>
          <Button
            appearance="primary"
            disabled={props.busy || !props.enabled || questions.length === 0}
            onClick={() => void insert()}
          >
            {questions.length === 1 ? t("importInsertOne") : t("importInsert", { count: questions.length })}
          </Button>
          {!props.enabled && <Caption1>{props.disabledHint}</Caption1>}
        </>
      )}
    </section>
  );
}
