/** Tells the pane that the user is working in the document, so that a check can follow the edits. */

/**
 * Word has no "document changed" event across all requirement sets; a moving selection (typing moves it)
 * is the signal every Word version gives. Returns the function that unsubscribes.
 */
export function onDocumentActivity(listener: () => void): () => void {
  const document = Office.context.document;
  document.addHandlerAsync(Office.EventType.DocumentSelectionChanged, listener);
  return () => document.removeHandlerAsync(Office.EventType.DocumentSelectionChanged, { handler: listener });
}
