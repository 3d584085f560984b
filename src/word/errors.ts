/** Word's errors, sorted into the few cases a user can act on. The pane words them. */

export type WordFailureKind = "readOnly" | "locked" | "notFound" | "busy" | "unsupported" | "unknown";

export class WordFailure extends Error {
  constructor(readonly kind: WordFailureKind, readonly detail: string) {
    super(`${kind}: ${detail}`);
    this.name = "WordFailure";
  }
}

/** OfficeExtension.Error codes (https://learn.microsoft.com/office/dev/add-ins/reference/javascript-api-for-office-error-codes). */
const KINDS: Record<string, WordFailureKind> = {
  AccessDenied: "readOnly",
  EditModeRequired: "readOnly",
  ContentLocked: "locked",
  ItemNotFound: "notFound",
  NotAllowed: "locked",
  ActivityLimitReached: "busy",
  RequestAborted: "busy",
  ServiceUnavailable: "busy",
  ApiNotFound: "unsupported",
  NotImplemented: "unsupported",
};

export function toWordFailure(error: unknown): WordFailure {
  if (error instanceof WordFailure) return error;
  const code = typeof error === "object" && error !== null && "code" in error ? String((error as { code: unknown }).code) : "";
  const message = error instanceof Error ? error.message : String(error);
  return new WordFailure(KINDS[code] ?? "unknown", code ? `${code}: ${message}` : message);
}

/** Runs a Word batch and turns any failure into a WordFailure. */
export async function runInWord<T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T> {
  try {
    return await Word.run(batch);
  } catch (error) {
    throw toWordFailure(error);
  }
}
