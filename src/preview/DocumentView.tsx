/**
 * The preview's document, drawn from the in-page Word's live tree: paragraphs, headings, tables and content
 * controls with their titles. Fields are edited as Word lets a user edit them (text and dates in a line,
 * drop-downs as a choice, rich text as lines), placeholders show grey, and the selection is shown and kept:
 * a click places the cursor, and when the add-in selects a control (a finding clicked in the pane) that
 * control is brought into view and focused. Text is only ever rendered as text (React escapes it).
 */
import { useEffect, useReducer, useRef, useState, type ReactNode } from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { textOf, type WmlNode } from "../core/ooxml/tree";
import { HEADING_STYLES, STYLE_BOLD } from "../core/ooxml/styles";
import { isContentLocked, isFieldControl } from "./fields";
import type { PreviewTexts } from "./texts";
import type { ControlNode, EmulatedWord, ParagraphNode } from "../word-emulator";

const useStyles = makeStyles({
  page: {
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    padding: "16px",
    fontFamily: "Arial, 'Liberation Sans', sans-serif",
    fontSize: "14px",
    lineHeight: "1.45",
    minWidth: 0,
    overflowWrap: "anywhere",
  },
  paragraph: { margin: "0 0 6px 0", minHeight: "1.45em", borderRadius: "2px", cursor: "text", whiteSpace: "pre-wrap" },
  focusable: { ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" } },
  bold: { fontWeight: 700 },
  documentTitle: { fontSize: "18px", fontWeight: 700, margin: "0 0 8px 0" },
  heading: { fontSize: "16px", fontWeight: 700, margin: "10px 0 6px 0" },
  inSelection: { backgroundColor: tokens.colorBrandBackground2, color: tokens.colorNeutralForeground1 },
  caret: {
    display: "inline-block",
    width: "2px",
    height: "1.2em",
    verticalAlign: "text-bottom",
    backgroundColor: tokens.colorNeutralForeground1,
    marginLeft: "1px",
    marginRight: "1px",
  },
  // On a narrow screen a table's cells stand one below the other, as a person reads them.
  table: {
    borderCollapse: "collapse",
    width: "100%",
    tableLayout: "fixed",
    margin: "0 0 6px 0",
    "@media (max-width: 600px)": { display: "block", "& tbody, & tr": { display: "block" } },
  },
  cell: {
    verticalAlign: "top",
    padding: "2px 6px 2px 0",
    border: `1px dotted ${tokens.colorNeutralStroke2}`,
    "@media (max-width: 600px)": { display: "block", border: "none", padding: "0" },
  },
  control: {
    position: "relative",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: "2px",
    padding: "18px 6px 4px 6px",
    margin: "4px 0",
    ":focus": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  inlineControl: {
    display: "inline",
    padding: "0 2px",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: "2px",
  },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  title: {
    position: "absolute",
    top: 0,
    left: 0,
    padding: "0 6px",
    fontSize: "11px",
    lineHeight: "16px",
    fontFamily: tokens.fontFamilyBase,
    color: tokens.colorNeutralForeground2,
    backgroundColor: tokens.colorNeutralBackground3,
    borderBottomRightRadius: "2px",
  },
  field: { position: "relative", display: "inline-block", maxWidth: "100%" },
  blockField: { display: "flex", flexDirection: "column", margin: "4px 0" },
  blockFieldTitle: {
    fontSize: "11px",
    lineHeight: "14px",
    color: tokens.colorNeutralForeground2,
    fontFamily: tokens.fontFamilyBase,
    fontWeight: 400,
  },
  // As in Word, an inline field shows its title on a tab above it while it is pointed at, focused or selected.
  fieldTitle: {
    position: "absolute",
    bottom: "100%",
    left: 0,
    zIndex: 1,
    whiteSpace: "nowrap",
    padding: "0 4px",
    fontSize: "11px",
    lineHeight: "14px",
    fontFamily: tokens.fontFamilyBase,
    fontWeight: 400,
    color: tokens.colorNeutralForeground2,
    backgroundColor: tokens.colorNeutralBackground3,
    visibility: "hidden",
  },
  titleShown: { visibility: "visible" },
  fieldHover: {
    ":hover > span:first-child": { visibility: "visible" },
    ":focus-within > span:first-child": { visibility: "visible" },
  },
  editor: {
    font: "inherit",
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStrokeAccessible}`,
    borderRadius: "2px",
    padding: "1px 4px",
    maxWidth: "100%",
    boxSizing: "border-box",
    "::placeholder": { color: tokens.colorNeutralForeground3, opacity: 1 },
    ":focus": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
    ":read-only": { backgroundColor: tokens.colorNeutralBackground3 },
  },
  textarea: { width: "100%", resize: "vertical" },
  placeholderChoice: { color: tokens.colorNeutralForeground3 },
});

type Styles = ReturnType<typeof useStyles>;

interface Context {
  word: EmulatedWord;
  styles: Styles;
  texts: PreviewTexts;
  /** Controls the preview locked ("Felder gesperrt"): still fields, only refused. */
  lockedByPreview: WeakSet<ControlNode>;
  /** A field's placeholder, as first seen while it showed it (Word keeps it in the control). */
  placeholders: WeakMap<ControlNode, string>;
  /** Paragraph elements → paragraphs, for selections made with the mouse. */
  paragraphs: WeakMap<Element, ParagraphNode>;
  keys: WeakMap<object, number>;
}

let nextKey = 1;
function keyOf(context: Context, node: object): number {
  let key = context.keys.get(node);
  if (key === undefined) {
    key = nextKey++;
    context.keys.set(node, key);
  }
  return key;
}

/**
 * A field the user fills in. Rich text the document itself content-locks (our headings) is shown as text;
 * fields the preview locked stay fields, whose typing Word refuses.
 */
function isField(context: Context, control: ControlNode): boolean {
  if (!isFieldControl(control)) return false;
  return control.control.kind !== "richText" || !isContentLocked(control) || context.lockedByPreview.has(control);
}

function placeholderOf(context: Context, control: ControlNode): string {
  if (control.control.showingPlaceholder && !context.placeholders.has(control)) {
    const shown = textOf(control.children);
    if (shown) context.placeholders.set(control, shown);
  }
  return context.placeholders.get(control) ?? context.texts.defaultPlaceholder;
}

function isSelected(context: Context, node: WmlNode): boolean {
  const { cursor } = context.word;
  if (cursor.extent !== "whole") return false;
  if (cursor.node === node) return true;
  if (!cursor.through) return false;
  // A selection of sibling paragraphs: every node between its first and last.
  const siblings = context.word.body.includes(cursor.node) ? context.word.body : null;
  if (!siblings) return false;
  const [from, to, at] = [siblings.indexOf(cursor.node), siblings.indexOf(cursor.through), siblings.indexOf(node)];
  return at >= from && at <= to && at >= 0;
}

function Caret({ context }: { context: Context }) {
  return <span className={context.styles.caret} role="img" aria-label={context.texts.cursorHere} />;
}

function FieldEditor({ context, control, block }: { context: Context; control: ControlNode; block: boolean }) {
  const { word, styles } = context;
  const id = word.idOf(control);
  const info = control.control;
  const value = info.showingPlaceholder
    ? ""
    : block
      ? textOf(control.children)
      : textOf(control.children).replace(/\n/g, " ");
  const placeholder = placeholderOf(context, control);
  const refused = word.user.refusal(control) !== null;
  const type = (text: string) => void word.user.type(control, text);
  const onFocus = () => {
    if (word.cursor.node !== control) word.user.placeCursor({ node: control, extent: "end" });
  };
  const common = {
    "aria-label": info.title || undefined,
    title: info.title || undefined,
    onFocus,
    className: mergeClasses(styles.editor, block && styles.textarea),
  };
  let editor: ReactNode;
  if (info.kind === "dropDown") {
    const choices = info.choices.includes(value) || value === "" ? info.choices : [value, ...info.choices];
    editor = (
      <select
        {...common}
        className={mergeClasses(common.className, value === "" && styles.placeholderChoice)}
        value={value}
        disabled={refused}
        onChange={(e) => type(e.target.value)}
      >
        <option value="" disabled>
          {placeholder}
        </option>
        {choices.map((choice) => (
          <option key={choice} value={choice}>
            {choice}
          </option>
        ))}
      </select>
    );
  } else if (block) {
    editor = (
      <textarea
        {...common}
        rows={Math.max(2, value.split("\n").length)}
        value={value}
        placeholder={placeholder}
        readOnly={refused}
        onChange={(e) => type(e.target.value)}
      />
    );
  } else {
    const listId = info.kind === "comboBox" ? `choices-${id}` : undefined;
    editor = (
      <>
        <input
          {...common}
          type="text"
          size={Math.max(4, Math.min(40, (value || placeholder).length + 1))}
          list={listId}
          value={value}
          placeholder={placeholder}
          readOnly={refused}
          onChange={(e) => type(e.target.value)}
        />
        {listId && (
          <datalist id={listId}>
            {info.choices.map((choice) => (
              <option key={choice} value={choice} />
            ))}
          </datalist>
        )}
      </>
    );
  }
  const selected = isSelected(context, control);
  return (
    <span
      className={mergeClasses(
        block ? styles.blockField : mergeClasses(styles.field, styles.fieldHover),
        selected && styles.selected,
      )}
      data-control-id={id}
      data-editor=""
    >
      <span
        className={block ? styles.blockFieldTitle : mergeClasses(styles.fieldTitle, selected && styles.titleShown)}
        aria-hidden="true"
      >
        {info.title}
      </span>
      {editor}
    </span>
  );
}

function Control({ context, control, inline }: { context: Context; control: ControlNode; inline: boolean }) {
  const { word, styles } = context;
  if (isField(context, control))
    return <FieldEditor context={context} control={control} block={!inline && control.control.kind === "richText"} />;
  const selected = isSelected(context, control);
  // A heading's title is its text: shown once.
  const title = control.control.title === textOf(control.children).trim() ? "" : control.control.title;
  if (inline) {
    return (
      <span
        className={mergeClasses(styles.inlineControl, selected && styles.selected)}
        data-control-id={word.idOf(control)}
        title={title || undefined}
      >
        <Inline context={context} nodes={control.children} />
      </span>
    );
  }
  return (
    <div
      className={mergeClasses(styles.control, selected && styles.selected)}
      data-control-id={word.idOf(control)}
      role="group"
      aria-label={control.control.title || undefined}
      tabIndex={-1}
    >
      {title && (
        <span className={styles.title} aria-hidden="true">
          {title}
        </span>
      )}
      <Blocks context={context} nodes={control.children} topLevel={false} />
    </div>
  );
}

function Inline({ context, nodes }: { context: Context; nodes: WmlNode[] }) {
  return (
    <>
      {nodes.map((node) => {
        const key = keyOf(context, node);
        switch (node.type) {
          case "text":
            return <span key={key}>{node.text}</span>;
          case "break":
            return <br key={key} />;
          case "tab":
            return <span key={key}>{"\t"}</span>;
          case "control":
            return <Control key={key} context={context} control={node} inline />;
          default:
            return null; // blocks do not sit in paragraphs
        }
      })}
    </>
  );
}

/** The page's own heading is h1: the document's title, sections and questions come below it. */
const HEADING_ELEMENTS = new Map<string, "h2" | "h3" | "h4">([
  [HEADING_STYLES.title, "h2"],
  [HEADING_STYLES.section, "h3"],
  [HEADING_STYLES.question, "h4"],
]);

function Paragraph({ context, node, topLevel }: { context: Context; node: ParagraphNode; topLevel: boolean }) {
  const { word, styles } = context;
  const { cursor } = word;
  const caretAt = cursor.node === node && (cursor.extent === "start" || cursor.extent === "end") ? cursor.extent : null;
  const heading = HEADING_ELEMENTS.get(node.style);
  const className = mergeClasses(
    styles.paragraph,
    heading === "h2" && styles.documentTitle,
    heading === "h3" && styles.heading,
    (node.style === STYLE_BOLD || heading === "h4") && styles.bold,
    topLevel && styles.focusable,
    isSelected(context, node) && styles.inSelection,
  );
  const place = (event: { target: EventTarget }) => {
    if (event.target instanceof Element && event.target.closest("[data-editor]")) return; // the field takes the cursor
    if (word.cursor.node === node) return;
    word.user.placeCursor({ node, extent: "end" });
  };
  const props = {
    className,
    "data-paragraph": "",
    ref: (element: HTMLElement | null) => void (element && context.paragraphs.set(element, node)),
    onClick: place,
    // Paragraphs of the letter itself take the keyboard, so that the cursor can be placed without a mouse.
    ...(topLevel ? { tabIndex: 0, onFocus: place } : {}),
  };
  const content = (
    <>
      {caretAt === "start" && <Caret context={context} />}
      <Inline context={context} nodes={node.children} />
      {caretAt === "end" && <Caret context={context} />}
    </>
  );
  if (heading === "h2") return <h2 {...props}>{content}</h2>;
  if (heading === "h3") return <h3 {...props}>{content}</h3>;
  if (heading === "h4") return <h4 {...props}>{content}</h4>;
  return <p {...props}>{content}</p>;
}

function Table({ context, node }: { context: Context; node: Extract<WmlNode, { type: "table" }> }) {
  const { styles } = context;
  return (
    <table className={styles.table} role="presentation">
      <tbody>
        {node.children.map((row) => (
          <tr key={keyOf(context, row)}>
            {"children" in row &&
              row.children.map((cell) => (
                <td key={keyOf(context, cell)} className={styles.cell}>
                  {"children" in cell && <Blocks context={context} nodes={cell.children} topLevel={false} />}
                </td>
              ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Blocks({ context, nodes, topLevel }: { context: Context; nodes: WmlNode[]; topLevel: boolean }) {
  return (
    <>
      {nodes.map((node) => {
        const key = keyOf(context, node);
        switch (node.type) {
          case "paragraph":
            return <Paragraph key={key} context={context} node={node} topLevel={topLevel} />;
          case "table":
            return <Table key={key} context={context} node={node} />;
          case "control":
            return <Control key={key} context={context} control={node} inline={false} />;
          default:
            return <Inline key={key} context={context} nodes={[node]} />;
        }
      })}
    </>
  );
}

/** Whole paragraphs the mouse selected, when they are siblings: Word's selection for "Markierten Text übernehmen". */
function paragraphSelection(context: Context, root: HTMLElement): { first: ParagraphNode; last: ParagraphNode } | null {
  const selection = window.getSelection();
  if (!selection || selection.isCollapsed || !selection.anchorNode || !selection.focusNode) return null;
  const paragraphOf = (node: Node) => {
    const element = (node instanceof Element ? node : node.parentElement)?.closest("[data-paragraph]");
    return element && root.contains(element) ? element : null;
  };
  const [a, b] = [paragraphOf(selection.anchorNode), paragraphOf(selection.focusNode)];
  if (!a || !b) return null;
  const [firstElement, lastElement] = a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_PRECEDING ? [b, a] : [a, b];
  const [first, last] = [context.paragraphs.get(firstElement), context.paragraphs.get(lastElement)];
  return first && last ? { first, last } : null;
}

export function DocumentView(props: {
  word: EmulatedWord;
  texts: PreviewTexts;
  lockedByPreview: WeakSet<ControlNode>;
  labelledBy: string;
}) {
  const { word } = props;
  const styles = useStyles();
  const [, redraw] = useReducer((n: number) => n + 1, 0);
  useEffect(() => word.subscribe(redraw), [word]);
  // What the preview remembers of nodes across renders; the rest of the context is this render's.
  const [memory] = useState(() => ({
    placeholders: new WeakMap<ControlNode, string>(),
    paragraphs: new WeakMap<Element, ParagraphNode>(),
    keys: new WeakMap<object, number>(),
  }));
  const context: Context = { word, styles, texts: props.texts, lockedByPreview: props.lockedByPreview, ...memory };
  const root = useRef<HTMLDivElement>(null);

  // The add-in selected a control (a finding was clicked): bring it into view and give it the keyboard.
  const seenSelections = useRef(word.selectionsByApi);
  useEffect(() => {
    if (word.selectionsByApi === seenSelections.current) return;
    seenSelections.current = word.selectionsByApi;
    const node = word.cursor.node;
    if (node.type !== "control") return;
    const element = root.current?.querySelector<HTMLElement>(`[data-control-id="${word.idOf(node)}"]`);
    const target = element?.querySelector<HTMLElement>("input, select, textarea") ?? element;
    target?.scrollIntoView({ block: "center" });
    target?.focus({ preventScroll: true });
  });

  const onMouseUp = () => {
    const selected = root.current && paragraphSelection(context, root.current);
    if (
      !selected ||
      (selected.first === selected.last && word.cursor.node === selected.first && word.cursor.extent === "whole")
    )
      return;
    try {
      word.user.placeCursor(
        selected.first === selected.last
          ? { node: selected.first, extent: "whole" }
          : { node: selected.first, extent: "whole", through: selected.last },
      );
    } catch {
      // Not siblings (from the letter into a table, say): Word would select differently; the cursor stays.
    }
  };

  return (
    // The mouse-up only reads the text the user selected with the mouse; keyboard users select inside the fields.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <div ref={root} className={styles.page} onMouseUp={onMouseUp} aria-labelledby={props.labelledBy} role="document">
      <Blocks context={context} nodes={word.body} topLevel />
    </div>
  );
}
