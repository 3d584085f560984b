/** What the pane tells the user after an action, and how Word's failures are worded. */
import { failureOf, type FailureKind } from "../../core/document/gateway";
import type { MessageKey } from "../i18n";

export interface Notice {
  intent: "success" | "warning" | "error";
  key: MessageKey;
  params?: Record<string, string | number>;
}

const FAILURE_MESSAGES: Record<FailureKind, MessageKey> = {
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
  const failure = failureOf(error);
  return { intent: "error", key: FAILURE_MESSAGES[failure.kind], params: { detail: failure.detail } };
}
