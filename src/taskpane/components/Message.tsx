import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { useTranslate } from "../locale";
import type { MessageKey } from "../i18n";

const useStyles = makeStyles({
  root: { padding: tokens.spacingHorizontalM },
  box: {
    display: "block",
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteYellowBorder2}`,
    backgroundColor: tokens.colorPaletteYellowBackground1,
    borderRadius: tokens.borderRadiusMedium,
  },
});

/**
 * A pane that can only say why it cannot work here (outside Word, too old a Word, a broken profile). Plain styled
 * text rather than Fluent's message bar: this view is rare, and the bar's code stays out of every pane's first load.
 */
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
  const styles = useStyles();
  return (
    <main className={styles.root}>
      <h1 style={{ fontSize: 16 }}>{t("appTitle")}</h1>
      <Text role="alert" className={styles.box}>
        {t(messageKey, params)}
      </Text>
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
