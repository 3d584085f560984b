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
}

export interface Recognised {
  how: "resaved" | "legacy";
  matched: number;
  expected: number;
  /** Paragraphs or rows with text that no field took ("legacy" only). */
  unplaced?: number;
}
