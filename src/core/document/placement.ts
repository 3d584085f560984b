/** Where new content goes, decided from where the cursor is. Inserting never replaces the user's text. */

export interface SelectionInfo {
  /** Tag of the innermost content control around the cursor, or null. */
  controlTag: string | null;
  inTable: boolean;
  /** False in headers, footers, footnotes, comments and text boxes. */
  inMainBody: boolean;
  /** The cursor's paragraph holds no text. */
  paragraphEmpty: boolean;
}

export type Placement =
  /** Into the cursor's empty paragraph's place (before it, so no blank line is left above). */
  | { location: "beforeCursorParagraph" }
  /** After the paragraph holding the cursor: the paragraph itself is never split. */
  | { location: "afterCursorParagraph" }
  /** At the end of the document, because the cursor is somewhere new content cannot go. */
  | { location: "documentEnd"; reason: "insideControl" | "insideTable" | "outsideMainBody" };

export function placeAtCursor(selection: SelectionInfo): Placement {
  if (!selection.inMainBody) return { location: "documentEnd", reason: "outsideMainBody" };
  if (selection.controlTag !== null) return { location: "documentEnd", reason: "insideControl" };
  if (selection.inTable) return { location: "documentEnd", reason: "insideTable" };
  return selection.paragraphEmpty ? { location: "beforeCursorParagraph" } : { location: "afterCursorParagraph" };
}
