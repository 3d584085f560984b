import {
  Button,
  Caption1,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
  makeStyles,
} from "@fluentui/react-components";
import type { AdoptionModel } from "../hooks/useCheck";
import { useTexts, useTranslate } from "../locale";
import { ADOPTION_TEXTS } from "./adoptionOfferTexts";
import { useListStyles } from "./listStyles";

const useStyles = makeStyles({
  // What a section will hold, a few lines of it: enough to see that it is the right text.
  text: {
    whiteSpace: "pre-line",
    overflowWrap: "anywhere",
    display: "-webkit-box",
    WebkitLineClamp: "4",
    WebkitBoxOrient: "vertical",
    overflow: "hidden",
  },
});

/** Offers to take an answer written without the add-in into the structure, and shows what goes where first. */
export function AdoptionOffer({ adoption, busy }: { adoption: AdoptionModel; busy: boolean }) {
  const t = useTexts(ADOPTION_TEXTS);
  if (adoption.undoable) {
    return (
      <MessageBar intent="success" layout="multiline">
        <MessageBarBody>{t("adoptUndoHint")}</MessageBarBody>
        <MessageBarActions>
          <Button size="small" disabled={busy} onClick={() => void adoption.undo()}>
            {t("adoptUndo")}
          </Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
  if (!adoption.offered) return null;
  return (
    <>
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t("adoptOfferTitle")}</MessageBarTitle>
          {t("adoptOfferText")}
        </MessageBarBody>
        <MessageBarActions>
          <Button size="small" disabled={busy} onClick={() => void adoption.show()}>
            {t("adoptButton")}
          </Button>
        </MessageBarActions>
      </MessageBar>
      <AdoptionDialog adoption={adoption} />
    </>
  );
}

function AdoptionDialog({ adoption }: { adoption: AdoptionModel }) {
  const styles = useStyles();
  const lists = useListStyles();
  const t = useTranslate();
  const own = useTexts(ADOPTION_TEXTS);
  const { plan } = adoption;
  return (
    <Dialog open={plan !== null} onOpenChange={(_, data) => !data.open && adoption.cancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{own("adoptDialogTitle")}</DialogTitle>
          <DialogContent>
            <Caption1 as="p">{own("adoptDialogIntro")}</Caption1>
            <ul className={lists.roomy}>
              {plan?.sections.map((section) => (
                <li key={section.id}>
                  <Subtitle2 as="h3">{section.title}</Subtitle2>
                  <div className={styles.text}>{section.text}</div>
                </li>
              ))}
            </ul>
            <TextList title={own("adoptNotWrapped")} items={plan?.notWrapped ?? []} />
            <TextList title={own("adoptUnplaced")} items={plan?.unplaced ?? []} />
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => void adoption.confirm()}>
              {own("adoptConfirm")}
            </Button>
            <Button onClick={adoption.cancel}>{t("cancel")}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

function TextList({ title, items }: { title: string; items: string[] }) {
  const styles = useStyles();
  const lists = useListStyles();
  if (items.length === 0) return null;
  return (
    <>
      <Caption1 as="p">{title}</Caption1>
      <ul className={lists.roomy}>
        {items.map((item, i) => (
          <li key={i} className={styles.text}>
            {item}
          </li>
        ))}
      </ul>
    </>
  );
}
