/**
 * The placeholder texts Word itself puts into a content control that a user has emptied. Word on the web shows
 * its default placeholder there, not the one we wrote, and the API cannot set ours (office-js #1515, #785); the
 * control's `text` then returns that sentence, in Word's UI language. Such a field is empty, whatever it says.
 * Older and newer wordings, German and English (docs/word-behaviour.md, "emptied field").
 */
const WORD_DEFAULT_PLACEHOLDERS = [
  // rich text and plain text
  "Klicken oder tippen Sie hier, um Text einzugeben.",
  "Klicken Sie hier, um Text einzugeben.",
  "Click or tap here to enter text.",
  "Click here to enter text.",
  // date picker
  "Klicken oder tippen Sie, um ein Datum einzugeben.",
  "Klicken Sie hier, um ein Datum einzugeben.",
  "Click or tap to enter a date.",
  "Click here to enter a date.",
  // drop-down list and combo box
  "Wählen Sie ein Element aus.",
  "Choose an item.",
];

const normalized = (text: string) => text.trim().replace(/\s+/g, " ").toLowerCase();
const DEFAULTS = new Set(WORD_DEFAULT_PLACEHOLDERS.map(normalized));

/** True when the text is one of Word's own placeholders for an emptied control. */
export function isWordDefaultPlaceholder(text: string): boolean {
  return DEFAULTS.has(normalized(text));
}
