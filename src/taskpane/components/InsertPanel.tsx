import { lazy, Suspense, useState } from "react";
import { Button, Caption1, Spinner, Text, makeStyles, tokens, useRestoreFocusTarget } from "@fluentui/react-components";
import type { Profile, QuestionsSection } from "../../core/profile/types";
import type { DocumentState } from "../../core/document/gateway";
import { presentSections } from "../../core/document/outline";
import type { AnswerDocumentModel } from "../hooks/useAnswerDocument";
import { useTranslate } from "../locale";
import type { InquiryModel } from "../hooks/useInquiry";
import type { PersonalModel } from "../hooks/usePersonal";
import { InquiryForm } from "./InquiryForm";
import { PersonalForm } from "./PersonalForm";
import { SectionList } from "./SectionList";
import { Separator } from "./Separator";
import type { OParlSource } from "../oparlSource";

// Loaded when needed: the notice after the first action, the dialog when there is something to confirm, the
// importer (with the splitter) shortly after start.
const NoticeBar = lazy(() =>
  import(/* webpackChunkName: "notice", webpackPrefetch: true */ "./NoticeBar").then((m) => ({ default: m.NoticeBar })),
);
const ConfirmDialog = lazy(() =>
  import(/* webpackChunkName: "dialog" */ "./ConfirmDialog").then((m) => ({ default: m.ConfirmDialog })),
);
// Only where the profile names an OParl endpoint (or in the preview): the client and its panel load on demand.
const OParlPanel = lazy(() =>
  import(/* webpackChunkName: "oparl" */ "./OParlPanel").then((m) => ({ default: m.OParlPanel })),
);
const QuestionImport = lazy(() =>
  import(/* webpackChunkName: "import" */ "./QuestionImport").then((m) => ({ default: m.QuestionImport })),
);

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

function StatusLine({ state, profile }: { state: DocumentState | null; profile: Profile }) {
  const t = useTranslate();
  if (!state) return <Spinner size="tiny" label={t("statusReading")} labelPosition="after" />;
  const { outline } = state;
  if (outline.otherProfiles.length > 0) {
    const profiles = outline.otherProfiles.map((p) => `${p.id} ${p.version}`).join(", ");
    return <Text role="status">{t("statusOtherProfile", { profiles })}</Text>;
  }
  const present = presentSections(outline, profile).length;
  if (present === 0) return <Text role="status">{t("statusEmpty")}</Text>;
  const count = Object.values(outline.questionCounts).reduce((a, b) => a + b, 0);
  const questions = count === 1 ? t("questionCountOne") : t("questionCountOther", { count });
  return <Text role="status">{t("statusPresent", { present, total: profile.sections.length, questions })}</Text>;
}

/** Everything that puts content into the document: the whole answer, questions, single sections. */
export function InsertPanel(props: {
  doc: AnswerDocumentModel;
  inquiry: InquiryModel;
  personal: PersonalModel;
  profile: Profile;
  /** The council information system to take inquiries from; without it the pane asks no server anything. */
  oparl?: OParlSource;
}) {
  const { doc, inquiry, personal, profile, oparl } = props;
  // A new object for every chosen paper, so that choosing the same one again offers its text again.
  const [offered, setOffered] = useState<{ text: string } | null>(null);
  const styles = useStyles();
  const t = useTranslate();
  // The confirmation dialog opens without a trigger of its own: closing it gives the focus back to the button pressed.
  const restoreFocus = useRestoreFocusTarget();
  const questions = profile.sections.find((s): s is QuestionsSection => s.kind === "questions");
  const questionsPresent = questions !== undefined && (doc.state?.outline.sectionCounts[questions.id] ?? 0) > 0;

  return (
    <div className={styles.root} aria-busy={doc.busy}>
      <StatusLine state={doc.state} profile={profile} />
      {doc.notice && (
        <Suspense fallback={null}>
          <NoticeBar notice={doc.notice} onDismiss={doc.dismissNotice} />
        </Suspense>
      )}

      {oparl && profile.oparl && (
        <Suspense fallback={<Spinner size="tiny" />}>
          <OParlPanel
            source={oparl}
            settings={profile.oparl}
            profile={profile}
            onChosen={(taken) => {
              inquiry.fill(taken.values, taken.received);
              // A paper without text clears the import: the last paper's questions are not this one's.
              setOffered({ text: taken.text ?? "" });
            }}
          />
        </Suspense>
      )}
      <InquiryForm inquiry={inquiry} profile={profile} />
      <PersonalForm personal={personal} />
      <section className={styles.group} aria-label={t("insertAnswer")}>
        <Button
          appearance="primary"
          size="large"
          // Focusable while Word works: a disabled button loses the keyboard's focus to the page.
          disabledFocusable={doc.busy}
          {...restoreFocus}
          onClick={() => void doc.insertAnswer(inquiry.prefill(personal.given))}
        >
          {t("insertAnswer")}
        </Button>
        <Caption1>{t("insertAnswerHint")}</Caption1>
      </section>

      {questions && (
        <section className={styles.group} aria-label={t("addQuestion")}>
          <Button disabled={doc.busy || !questionsPresent} onClick={() => void doc.appendQuestion(questions.id)}>
            {t("addQuestion")}
          </Button>
          <Caption1>
            {questionsPresent
              ? t("addQuestionHint", { section: questions.title })
              : t("addQuestionNeedsSection", { section: questions.title })}
          </Caption1>
        </section>
      )}

      {questions && (
        <>
          <Separator />
          <Suspense fallback={null}>
            <QuestionImport
              sectionPresent={questionsPresent}
              answerHint={t("importInsertAnswerHint", { section: questions.title })}
              busy={doc.busy}
              readSelectedText={doc.readSelectedText}
              offered={offered}
              onInsert={(texts) =>
                doc.appendQuestions(
                  questions.id,
                  texts.map((question) => ({ question, answer: "" })),
                )
              }
              onInsertAnswer={(texts) => {
                const prefill = inquiry.prefill(personal.given);
                const pairs = texts.map((question) => ({ question, answer: "" }));
                return doc.insertAnswer({
                  ...prefill,
                  content: { ...prefill.content, questions: { [questions.id]: pairs } },
                });
              }}
            />
          </Suspense>
        </>
      )}

      <Separator />
      <SectionList
        profile={profile}
        state={doc.state}
        disabled={doc.busy}
        onInsert={(id) => void doc.insertSection(id)}
      />
      {doc.busy && <Spinner size="tiny" label={t("working")} labelPosition="after" />}
      {doc.pending && (
        <Suspense fallback={null}>
          <ConfirmDialog
            pending={doc.pending}
            profile={profile}
            onConfirm={() => void doc.confirm()}
            onCancel={doc.cancel}
          />
        </Suspense>
      )}
    </div>
  );
}
