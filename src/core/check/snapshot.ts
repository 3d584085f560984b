/**
 * An abstract snapshot of a document: its content controls in document order, with their text.
 * Word (src/word) and the .docx reader both produce it; the rules read nothing else.
 */

export interface SnapshotControl {
  /** Tag as written (may be foreign, unknown or empty). */
  tag: string;
  title: string;
  /** Visible text; paragraphs separated by "\n". */
  text: string;
  /** True when the reader knows the control shows its placeholder; readers that cannot tell leave it false. */
  showingPlaceholder: boolean;
  /** Index of the innermost enclosing control in `controls`, or null at the top. */
  parent: number | null;
  /** Where the control is, for the reader that made the snapshot (a Word control id, say). Opaque to the rules. */
  locator: string;
}

/** A paragraph by its position among the body's paragraphs (as Word's body.paragraphs counts them) and its text. */
export interface ParagraphPlace {
  paragraph: number;
  /** The paragraph's text (its beginning): how Word finds it again when the count no longer matches. */
  text: string;
}

/**
 * What the accessibility rules read (src/core/check/accessibility/facts.ts). `title` and `language` are null where the
 * reader could not see them; then nothing is said about them.
 */
export interface AccessibilityFacts {
  title: string | null;
  language: string | null;
  images: { place: ParagraphPlace; alt: string; decorative: boolean }[];
  /** `layout`: no table style and no header row, what Word takes for a layout table ("Table Normal"). */
  tables: { place: ParagraphPlace; rows: number; headerRow: boolean; layout: boolean }[];
  /** Consecutive empty paragraphs that only make space. */
  spacing: { place: ParagraphPlace; count: number }[];
  /** Paragraphs with an outline level (1 = the highest), in order. */
  headings: { place: ParagraphPlace; level: number }[];
  /** Short bold lines of their own before body text: headings made by hand. */
  boldLines: { place: ParagraphPlace }[];
  links: { place: ParagraphPlace; text: string }[];
  /** Paragraphs with coloured text that nothing else sets apart (not bold, not a link). */
  coloured: { place: ParagraphPlace; colour: string }[];
}

export interface DocumentSnapshot {
  controls: SnapshotControl[];
  /** Custom document properties (name → text), where the reader can see them. */
  properties?: Record<string, string>;
  /** True when the reader could not see every control (Word's collections, where its OOXML was not to be had). */
  partial?: boolean;
  /**
   * Set when the controls were not read but recognised: "resaved", matched by title and order after another program
   * dropped their tags; "legacy", found in the text of an answer written without the add-in. Counts are fields.
   */
  recognised?: Recognised;
  /** What the accessibility rules read; absent where the reader had no body tree (Word's collections). */
  accessibility?: AccessibilityFacts;
}

export interface Recognised {
  how: "resaved" | "legacy";
  matched: number;
  expected: number;
  /** Paragraphs or rows with text that no field took ("legacy" only). */
  unplaced?: number;
}
