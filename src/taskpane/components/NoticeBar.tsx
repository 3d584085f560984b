import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import type { Notice } from "../hooks/notices";
import { useTranslate } from "../locale";

/** The outcome of the last action; errors stay until dismissed, and screen readers hear them. */
export function NoticeBar({ notice, onDismiss }: { notice: Notice | null; onDismiss: () => void }) {
  const t = useTranslate();
  if (!notice) return null;
  return (
    <MessageBar intent={notice.intent} politeness={notice.intent === "error" ? "assertive" : "polite"}>
      <MessageBarBody>{t(notice.key, notice.params)}</MessageBarBody>
      <MessageBarActions>
        <Button appearance="transparent" size="small" onClick={onDismiss}>
          {t("dismiss")}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
