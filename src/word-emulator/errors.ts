/**
 * The errors the emulator raises. They look like OfficeExtension.Error: a `code` the add-in sorts by
 * (src/word/errors.ts), Office's own message, and `debugInfo`. Messages are Office's where we know them.
 */

export class OfficeError extends Error {
  readonly debugInfo: { code: string; message: string; errorLocation?: string };

  constructor(
    readonly code: string,
    message: string,
    errorLocation?: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
    this.debugInfo = { code, message, ...(errorLocation ? { errorLocation } : {}) };
  }
}

export function propertyNotLoaded(property: string, where: string, loadedButNotSynced: boolean): OfficeError {
  return new OfficeError(
    "PropertyNotLoaded",
    // Office's text, but for naming the sync: only src/word may spell out calls to Word (check-architecture).
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and synchronise the associated request context.`,
    // Office's message is the same in both cases; the location says which one it was.
    `${where}.${property} (${loadedButNotSynced ? "loaded, but the sync has not completed" : "never loaded"})`,
  );
}

export function invalidObjectPath(path: string): OfficeError {
  return new OfficeError(
    "InvalidObjectPath",
    `The object path '${path}' isn't working for what you're trying to do. If you're using the object across multiple "context.sync" calls and outside the sequential execution of a ".run" batch, please use the "context.trackedObjects.add()" and "context.trackedObjects.remove()" methods to manage the object's lifetime.`,
    path,
  );
}

export const itemNotFound = (where: string) =>
  new OfficeError("ItemNotFound", "The requested resource doesn't exist.", where);

export const invalidArgument = (where: string, detail: string) =>
  new OfficeError(
    "InvalidArgument",
    `The argument is invalid or missing or has an incorrect format. (${detail})`,
    where,
  );

export const accessDenied = (where: string) =>
  new OfficeError("AccessDenied", "You cannot perform the requested operation.", where);

/** Word's answer to edits inside locked content controls. */
export const notAllowed = (where: string, detail: string) =>
  new OfficeError("NotAllowed", `The action isn't supported by Word in this context. (${detail})`, where);

/** Word on the web's answer to what only the desktop can do (office-js #785): the same code as a lock's. */
export const notAllowedInBrowser = (where: string) =>
  new OfficeError(
    "NotAllowed",
    "The action isn't supported by Word in a browser. Check the OfficeExtension.Error.debugInfo for more information.",
    where,
  );

export const generalException = (where: string) =>
  new OfficeError("GeneralException", "There was an internal error while processing the request.", where);

export const apiNotFound = (where: string, set: string) =>
  new OfficeError(
    "ApiNotFound",
    `The API you are trying to use could not be found. It may be available in a newer version of Word. (${where} needs ${set})`,
    where,
  );

export const runMustReturnPromise = () =>
  new OfficeError(
    "RunMustReturnPromise",
    'The batch function passed to the ".run" method didn\'t return a promise. The function must return a promise, so that any automatically-tracked objects can be released at the completion of the batch operation.',
  );

/**
 * Something Word does that the emulator does not model (splitting a paragraph, say). A plain Error without
 * an Office code, so that a test never mistakes a gap in the emulator for Word's behaviour.
 */
export function notModelled(what: string): Error {
  return new Error(
    `word emulator: ${what} is not modelled by the emulator; extend src/word-emulator if the add-in needs it.`,
  );
}
