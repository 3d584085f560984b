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
import { useTranslate } from "../locale";
import { sectionTitle } from "../../core/profile/sections";

/** Asks before the document gets a second answer or a second copy of a section. */
export function ConfirmDialog(props: {
  pending: PendingConfirmation | null;
  profile: Profile;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const t = useTranslate();
  const { pending } = props;
  return (
    <Dialog open={pending !== null} modalType="alert" onOpenChange={(_, data) => !data.open && props.onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{pending?.kind === "section" ? t("confirmSectionTitle") : t("confirmAnswerTitle")}</DialogTitle>
          <DialogContent>
            {pending?.kind === "section"
              ? t("confirmSectionBody", { section: sectionTitle(props.profile, pending.sectionId) })
              : t("confirmAnswerBody")}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={props.onConfirm}>
              {t("confirmInsert")}
            </Button>
            <Button onClick={props.onCancel}>{t("cancel")}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
