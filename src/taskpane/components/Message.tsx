import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useTranslate } from "../locale";
import type { MessageKey } from "../i18n";

/** A pane that can only say why it cannot work here (outside Word, too old a Word). */
export function Message({
  messageKey,
  params,
  details = [],
}: {
  messageKey: MessageKey;
  params?: Record<string, string>;
  details?: string[];
}) {
  const t = useTranslate();
  return (
    <main style={{ padding: 12 }}>
      <h1 style={{ fontSize: 16 }}>{t("appTitle")}</h1>
      <MessageBar intent="warning">
        <MessageBarBody>{t(messageKey, params)}</MessageBarBody>
      </MessageBar>
      {details.length > 0 && (
        <ul>
          {details.map((detail) => (
            <li key={detail}>{detail}</li>
          ))}
        </ul>
      )}
    </main>
  );
}
