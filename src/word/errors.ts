/** Word's errors, sorted into the gateway's failure kinds (core/document/gateway.ts). The pane words them. */
import type { FailureKind, GatewayFailure } from "../core/document/gateway";
import { isWordOnTheWeb } from "./capabilities";

export type WordFailureKind = FailureKind;

export class WordFailure extends Error implements GatewayFailure {
  constructor(
    readonly kind: WordFailureKind,
    readonly detail: string,
  ) {
    super(`${kind}: ${detail}`);
    this.name = "WordFailure";
  }
}

/**
 * Word.ErrorCodes and the common codes of "Error handling with the application-specific JavaScript APIs"
 * (learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling). There is no
 * "ContentLocked": Word refuses a locked control with NotAllowed, which on the web also means "not supported in a
 * browser" (office-js #785), so there the pane cannot call it a lock.
 */
export const FAILURE_KINDS = new Map<string, WordFailureKind>([
  ["AccessDenied", "readOnly"],
  ["ItemNotFound", "notFound"],
  ["NotAllowed", "locked"],
  ["ActivityLimitReached", "busy"],
  ["RequestAborted", "busy"],
  ["ServiceNotAvailable", "busy"],
  ["ApiNotFound", "unsupported"],
  ["ApiNotAvailable", "unsupported"],
  ["NotImplemented", "unsupported"],
]);

export function toWordFailure(error: unknown, onTheWeb = isWordOnTheWeb()): WordFailure {
  if (error instanceof WordFailure) return error;
  const code =
    typeof error === "object" && error !== null && "code" in error ? String((error as { code: unknown }).code) : "";
  const message = error instanceof Error ? error.message : String(error);
  const kind = code === "NotAllowed" && onTheWeb ? "notInBrowser" : (FAILURE_KINDS.get(code) ?? "unknown");
  return new WordFailure(kind, code ? `${code}: ${message}` : message);
}

let syncObserver: (() => void) | null = null;

/** Counts every context.sync() of the add-in's batches while set (the Selbsttest measures round trips). */
export function observeSyncs(observer: (() => void) | null): void {
  syncObserver = observer;
}

function counted(context: Word.RequestContext): Word.RequestContext {
  const observer = syncObserver;
  if (!observer) return context;
  const sync = context.sync.bind(context);
  context.sync = () => {
    observer();
    return sync();
  };
  return context;
}

/** Runs a Word batch and turns any failure into a WordFailure. */
export async function runInWord<T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T> {
  try {
    return await Word.run((context) => batch(counted(context)));
  } catch (error) {
    throw toWordFailure(error);
  }
}
