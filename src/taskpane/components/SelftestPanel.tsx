/** The Selbsttest for administrators: start, wait, read and copy the report. Loaded on demand. */
import { useState } from "react";
import { Body1, Button, Field, Spinner, Textarea } from "@fluentui/react-components";
import type { DocumentGateway } from "../../core/document/gateway";
import { failureNotice } from "../hooks/notices";
import { useTexts, useTranslate } from "../locale";
import { SELFTEST_TEXTS } from "./selftestPanelTexts";
import { NoticeBar } from "./NoticeBar";
import type { Notice } from "../hooks/notices";

export function SelftestPanel(props: { gateway: DocumentGateway; onBack: () => void }) {
  const t = useTranslate();
  const own = useTexts(SELFTEST_TEXTS);
  const [running, setRunning] = useState(false);
  const [report, setReport] = useState("");
  const [notice, setNotice] = useState<Notice | null>(null);
  const run = async () => {
    setRunning(true);
    setNotice(null);
    try {
      setReport(await props.gateway.runSelftest!());
    } catch (error) {
      // The test's own refusal (a document that is not empty) is already German; Word's failures are worded.
      if (error instanceof Error && !("kind" in error)) setReport(error.message);
      else setNotice(failureNotice(error));
    } finally {
      setRunning(false);
    }
  };
  return (
    <section aria-label={t("selftestLink")}>
      <Body1 as="p">{own("selftestIntro")}</Body1>
      <Button appearance="primary" onClick={run} disabled={running}>
        {own("selftestStart")}
      </Button>
      {running && <Spinner size="tiny" label={own("selftestRunning")} />}
      {notice && <NoticeBar notice={notice} onDismiss={() => setNotice(null)} />}
      {report && (
        <Field label={own("selftestReport")}>
          <Textarea value={report} readOnly resize="vertical" rows={14} />
        </Field>
      )}
      {report && (
        <Button onClick={() => void navigator.clipboard?.writeText(report).catch(() => undefined)}>
          {own("selftestCopy")}
        </Button>
      )}
      <Button appearance="subtle" onClick={props.onBack}>
        {own("selftestBack")}
      </Button>
    </section>
  );
}
