/** What the pane tells the user after an action, and how Word's failures are worded. */
import { toWordFailure, type WordFailureKind } from "../../word/errors";
import type { MessageKey } from "../i18n";

export interface Notice {
  intent: "success" | "warning" | "error";
  key: MessageKey;
  params?: Record<string, string | number>;
}

const FAILURE_MESSAGES: Record<WordFailureKind, MessageKey> = {
  readOnly: "errorReadOnly",
  locked: "errorLocked",
  notInBrowser: "errorNotInBrowser",
  notFound: "errorNotFound",
  busy: "errorBusy",
  unsupported: "errorUnsupported",
  notListed: "errorNotListed",
  notKept: "errorNotKept",
  unknown: "errorUnknown",
};

export function failureNotice(error: unknown): Notice {
  const failure = toWordFailure(error);
  return { intent: "error", key: FAILURE_MESSAGES[failure.kind], params: { detail: failure.detail } };
}

