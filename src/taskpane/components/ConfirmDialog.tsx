import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";
import type { Profile } from "../../core/profile/types";
import type { PendingConfirmation } from "../hooks/useAnswerDocument";
import { useTexts, useTranslate } from "../locale";
import { CONFIRM_TEXTS } from "./confirmDialogTexts";
import { sectionTitle } from "../../core/profile/sections";

/** Asks before the document gets a second answer or a second copy of a section. */
export function ConfirmDialog(props: {
  pending: PendingConfirmation | null;
  profile: Profile;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const t = useTranslate();
  const own = useTexts(CONFIRM_TEXTS);
  const { pending } = props;
  return (
    <Dialog open={pending !== null} modalType="alert" onOpenChange={(_, data) => !data.open && props.onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>
            {pending?.kind === "section" ? own("confirmSectionTitle") : own("confirmAnswerTitle")}
          </DialogTitle>
          <DialogContent>
            {pending?.kind === "section"
              ? own("confirmSectionBody", { section: sectionTitle(props.profile, pending.sectionId) })
              : own("confirmAnswerBody")}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={props.onConfirm}>
              {own("confirmInsert")}
            </Button>
            <Button onClick={props.onCancel}>{t("cancel")}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
