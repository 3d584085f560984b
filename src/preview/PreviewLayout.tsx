/**
 * The preview's page: a banner that says what this is, the pane (as wide as Word's task pane) and the sample
 * document beside it, below it on a narrow screen. Two switches make the document read-only or lock its fields,
 * so that Word's refusals and the pane's German messages can be seen.
 */
import { useId, useRef, useState, type ReactNode } from "react";
import { Checkbox, Text, makeStyles, tokens } from "@fluentui/react-components";
import { DocumentView } from "./DocumentView";
import type { FieldLocks } from "./locks";
import type { PreviewTexts } from "./texts";
import type { EmulatedWord } from "../word-emulator";

const WIDE = "@media (min-width: 820px)";

const useStyles = makeStyles({
  page: {
    display: "flex",
    flexDirection: "column",
    minHeight: "100vh",
    backgroundColor: tokens.colorNeutralBackground2,
    [WIDE]: { height: "100vh" },
  },
  banner: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalL}`,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `2px solid ${tokens.colorBrandStroke1}`,
  },
  label: { margin: 0, flexBasis: "100%", overflowWrap: "anywhere" },
  badge: {
    display: "inline-block",
    marginRight: tokens.spacingHorizontalS,
    padding: `0 ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
    fontWeight: tokens.fontWeightSemibold,
  },
  // Side by side, pane and document scroll each on their own, as in Word: going to a finding scrolls the document
  // only. On a narrow screen the document follows below the pane and the page scrolls as a whole.
  columns: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr)",
    alignItems: "start",
    [WIDE]: {
      gridTemplateColumns: "400px minmax(0, 1fr)",
      gridTemplateRows: "minmax(0, 1fr)",
      alignItems: "stretch",
      flexGrow: 1,
      minHeight: 0,
    },
  },
  pane: { backgroundColor: tokens.colorNeutralBackground1, minWidth: 0, [WIDE]: { overflowY: "auto" } },
  document: { padding: tokens.spacingHorizontalM, minWidth: 0, [WIDE]: { overflowY: "auto" } },
  documentHeading: {
    margin: `0 0 ${tokens.spacingVerticalS} 0`,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
});

export function PreviewLayout(props: {
  word: EmulatedWord;
  locks: FieldLocks;
  texts: PreviewTexts;
  children: ReactNode;
}) {
  const { word, locks, texts } = props;
  const styles = useStyles();
  const headingId = useId();
  // Only these switches change them; the document view follows the document itself.
  const [readOnly, setReadOnly] = useState(word.readOnly);
  const [locked, setLocked] = useState(locks.locked);

  // In Word the pane is a window of its own: coming back to it from the document raises "focus", and the pane
  // reads the document then (useAnswerDocument). Here both share one window, so the preview raises it.
  const inDocument = useRef(false);
  const enterDocument = () => void (inDocument.current = true);
  const enterPane = () => {
    if (!inDocument.current) return;
    inDocument.current = false;
    window.dispatchEvent(new Event("focus"));
  };

  return (
    <div className={styles.page}>
      <header className={styles.banner}>
        <Text as="p" className={styles.label}>
          <span className={styles.badge}>{texts.title}</span>
          {texts.hint}
        </Text>
        <Checkbox
          label={texts.readOnly}
          checked={readOnly}
          onChange={(_, data) => {
            word.setReadOnly(data.checked === true);
            setReadOnly(word.readOnly);
          }}
        />
        <Checkbox
          label={texts.locked}
          checked={locked}
          onChange={(_, data) => {
            locks.set(data.checked === true);
            setLocked(locks.locked);
          }}
        />
      </header>
      <div className={styles.columns}>
        <div className={styles.pane} onPointerDownCapture={enterPane} onFocusCapture={enterPane}>
          {props.children}
        </div>
        <section
          className={styles.document}
          aria-labelledby={headingId}
          onPointerDownCapture={enterDocument}
          onFocusCapture={enterDocument}
        >
          <h2 className={styles.documentHeading} id={headingId}>
            {texts.documentHeading}
          </h2>
          <DocumentView word={word} texts={texts} lockedByPreview={locks.lockedControls} labelledBy={headingId} />
        </section>
      </div>
    </div>
  );
}
