/**
 * Installing the emulator: Office's and Word's globals over a WordDocument (./model.ts), with the proxies of
 * ./proxies.ts. What the preview needs is EmulatedWord; ./testing.ts adds what tests and the benchmark need
 * (counts, playing another editor, asserting where the selection is) through the internals returned here.
 */
import { textOf, type WmlNode } from "../core/ooxml/tree";
import { OfficeError, runMustReturnPromise, notModelled } from "./errors";
import {
  cannotEdit,
  descendants,
  isControl,
  isParagraph,
  parseWordprocessingMl,
  WordDocument,
  type ControlNode,
  type Faults,
  type RangeTarget,
  type TableNode,
} from "./model";
import { EDITIONS, type Edition, type EditionId } from "./editions";
import { compareVersions, EmulatedRequestContext, type Host } from "./proxies";

export type Platform = "PC" | "Mac" | "OfficeOnline" | "iOS" | "Android" | "Universal";

/** Document content: WmlNodes, or WordprocessingML (a body fragment, a w:document, or a Flat OPC package). */
export type Content = WmlNode[] | string;

export interface WordEmulatorOptions {
  body?: Content;
  header?: Content;
  /** The Word edition stood in for (./editions.ts): its platform, requirement sets and behaviour; "365" unless given. */
  edition?: EditionId;
  /** Office.context.diagnostics.platform; the edition's unless given. */
  platform?: Platform;
  /** Requirement sets the host supports, by name and highest version; the edition's unless given. */
  requirementSets?: Record<string, string>;
  /** Track Changes is on: the add-in's edits leave tracked deletions behind. */
  trackChanges?: boolean;
  /** Misbehaviour beyond the edition's, for tests of the Selbsttest and the add-in's guards. */
  faults?: Faults;
  readOnly?: boolean;
  /** Office.context.displayLanguage; "de-DE" unless given. */
  displayLanguage?: string;
  /**
   * Word on the web's bug office-js #2040: Document.contentControls and Body.contentControls leave out the
   * controls inside table cells (and so do getByTag, getById, … on them), while a table's range still lists them.
   * The edition's unless given.
   */
  tableControlsMissingFromDocumentCollection?: boolean;
  /** Office.context.partitionKey: Word on the web gives one, to prefix what an add-in keeps in localStorage. */
  partitionKey?: string;
  /** Office.context.officeTheme: Word's colours (a dark bodyBackgroundColor is Word's dark theme). */
  officeTheme?: {
    bodyBackgroundColor: string;
    bodyForegroundColor: string;
    controlBackgroundColor: string;
    controlForegroundColor: string;
  };
}

/** Why Word refused what the user typed. */
export type RefusedEdit = "readOnly" | "locked";

/** Where the cursor stands (a collapsed selection). */
export type CursorPlace =
  /** At the end of the first main-text paragraph whose text contains this. */
  | { paragraph: string }
  /** At the end of the n-th paragraph of the main text, in document order (negative counts from the end). */
  | { paragraphIndex: number }
  /** Inside the first control with this tag (main text or header), at its start. */
  | { control: string }
  /** In a table cell of the main text: the n-th table in document order, row and cell from 0. */
  | { table: number; row?: number; cell?: number }
  /** In the page header. */
  | { header: true }
  /** A selection of whole paragraphs of the main text: the one containing this text, or from one to another (siblings). */
  | { select: string | [from: string, to: string] };

/** The emulated Word as the preview drives it: the document, the cursor, and the user at work in it. */
export interface EmulatedWord {
  /** The live trees; the preview draws them. */
  readonly body: WmlNode[];
  readonly header: WmlNode[];
  setBody(content: Content): void;
  setHeader(content: Content): void;
  placeCursor(place: CursorPlace): void;
  setReadOnly(readOnly: boolean): void;
  bodyText(): string;
  /** Calls back after every sync and every change made through this handle; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /** The selection (a collapsed cursor or a range). */
  readonly cursor: RangeTarget;
  readonly readOnly: boolean;
  /** How often the add-in moved the selection (ContentControl.select). */
  readonly selectionsByApi: number;
  /** ContentControl.id of a control node. */
  idOf(control: ControlNode): number;
  /** Locks a control as Word's w:lock does (the preview's "locked fields"). */
  setLock(control: ControlNode, lock: ControlNode["control"]["lock"]): void;
  /**
   * The user at work in the document, under Word's rules. Moving the cursor raises DocumentSelectionChanged;
   * typing does not (office-js #2964).
   */
  readonly user: {
    /** Clicks or selects: a paragraph's end, a control, or whole paragraphs (`through` a later sibling). */
    placeCursor(target: RangeTarget): void;
    /** Types into a control, replacing its text (a drop-down's choice, a date, lines of rich text); null when done. "" empties it. */
    type(control: ControlNode, text: string): RefusedEdit | null;
    /** Word refuses typing here: the document is read-only, or the control (or one around it) is content-locked. */
    refusal(control: ControlNode): RefusedEdit | null;
  };
  /** Someone editing the same document elsewhere: their edits raise this add-in's DocumentSelectionChanged (office-js #4114). */
  readonly coauthor: { type(control: ControlNode, text: string): void };
  readonly edition: Edition;
  /** Takes the globals away again (restoring what was there before). */
  uninstall(): void;
}

/** What ./testing.ts builds on: the document itself, and the host's answers it may change. */
export interface EmulatorInternals {
  word: EmulatedWord;
  document: WordDocument;
  setPlatform(platform: Platform): void;
  setRequirementSets(sets: Record<string, string>): void;
}

/** Observers for the benchmark and the tests: each sync and each run of a batch. */
export interface EmulatorHooks {
  onSync?(): void;
  onRun?(): void;
}

// ---------------------------------------------------------------- installing the globals

type Globals = { Word?: unknown; Office?: unknown; OfficeExtension?: unknown };

const PLATFORMS = {
  PC: "PC",
  Mac: "Mac",
  OfficeOnline: "OfficeOnline",
  iOS: "iOS",
  Android: "Android",
  Universal: "Universal",
} as const;

let installed: EmulatedWord | null = null;

/** Installs Word's and Office's globals over a new document; an emulator installed before is uninstalled. */
export function installEmulator(options: WordEmulatorOptions = {}, hooks: EmulatorHooks = {}): EmulatorInternals {
  installed?.uninstall();
  const document = new WordDocument();
  const edition = EDITIONS[options.edition ?? "365"];
  document.edition = edition;
  document.faults = { ...options.faults };
  document.readOnly = options.readOnly ?? false;
  document.trackChanges = options.trackChanges ?? false;
  document.displayLanguage = options.displayLanguage ?? "de-DE";
  document.tableControlsMissingFromDocumentCollection =
    options.tableControlsMissingFromDocumentCollection ?? edition.tableControlsMissing;
  let platform: Platform = options.platform ?? edition.platform;
  let sets: Record<string, string> = options.requirementSets ?? edition.requirementSets;
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener());
  const selectionHandlers = new Set<(event: { type: string }) => void>();
  /** Word raises DocumentSelectionChanged after the selection moved, never inside the action that moved it. */
  const selectionChanged = () =>
    setTimeout(() => selectionHandlers.forEach((handler) => handler({ type: SELECTION_CHANGED })), 0);

  const isSetSupported = (name: string, version: string | number = "1.1"): boolean =>
    sets[name] !== undefined && compareVersions(sets[name], String(version)) >= 0;
  const host: Host = {
    document,
    supportsWordApi: (version) => isSetSupported("WordApi", version),
    countSync: () => hooks.onSync?.(),
    afterSync: notify,
  };

  /** Word's run(batch): one context; queued actions left at the end are sent in a final sync; then every proxy is dead. */
  async function run<T>(batch: unknown): Promise<T> {
    if (typeof batch !== "function") throw notModelled("Word's run(object, batch)");
    hooks.onRun?.();
    const context = new EmulatedRequestContext(host);
    try {
      const returned: unknown = batch(context);
      if (!returned || typeof (returned as { then?: unknown }).then !== "function") throw runMustReturnPromise();
      const result = (await returned) as T;
      if (context.hasPendingActions) await context.send();
      return result;
    } finally {
      context.close();
    }
  }

  const word = {
    run,
    InsertLocation: { before: "Before", after: "After", start: "Start", end: "End", replace: "Replace" },
    BodyType: {
      unknown: "Unknown",
      mainDoc: "MainDoc",
      section: "Section",
      header: "Header",
      footer: "Footer",
      tableCell: "TableCell",
    },
    ContentControlType: {
      richText: "RichText",
      plainText: "PlainText",
      datePicker: "DatePicker",
      dropDownList: "DropDownList",
      comboBox: "ComboBox",
      checkBox: "CheckBox",
    },
    ErrorCodes: {
      accessDenied: "AccessDenied",
      generalException: "GeneralException",
      invalidArgument: "InvalidArgument",
      itemNotFound: "ItemNotFound",
      notAllowed: "NotAllowed",
      notImplemented: "NotImplemented",
      searchDialogIsOpen: "SearchDialogIsOpen",
      searchStringInvalidOrTooLong: "SearchStringInvalidOrTooLong",
    },
  };
  const office = {
    PlatformType: PLATFORMS,
    HostType: { Word: "Word", Excel: "Excel", PowerPoint: "PowerPoint", Outlook: "Outlook", OneNote: "OneNote" },
    EventType: { DocumentSelectionChanged: SELECTION_CHANGED },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    context: {
      requirements: { isSetSupported },
      get diagnostics() {
        return { host: "Word", platform, version: edition.version };
      },
      displayLanguage: options.displayLanguage ?? "de-DE",
      officeTheme: options.officeTheme,
      partitionKey: options.partitionKey,
      /** Office.context.document: of it, the add-in uses the selection event (src/word/events.ts). */
      document: {
        addHandlerAsync(eventType: string, handler: (event: { type: string }) => void, ...rest: unknown[]) {
          if (eventType !== SELECTION_CHANGED) throw notModelled(`the event "${eventType}"`);
          selectionHandlers.add(handler);
          asyncCallback(rest)?.({ status: "succeeded", value: undefined });
        },
        removeHandlerAsync(eventType: string, ...rest: unknown[]) {
          const options = rest.find((r): r is { handler?: unknown } => typeof r === "object" && r !== null);
          if (eventType !== SELECTION_CHANGED) throw notModelled(`the event "${eventType}"`);
          if (options?.handler) selectionHandlers.delete(options.handler as (event: { type: string }) => void);
          else selectionHandlers.clear(); // Office removes every handler of the type when none is named
          asyncCallback(rest)?.({ status: "succeeded", value: undefined });
        },
      },
    },
    onReady(callback?: (info: { host: string; platform: string }) => void) {
      const info = { host: "Word", platform };
      callback?.(info);
      return Promise.resolve(info);
    },
  };

  const globals = globalThis as unknown as Globals;
  const previous: Globals = { Word: globals.Word, Office: globals.Office, OfficeExtension: globals.OfficeExtension };
  globals.Word = word;
  globals.Office = office;
  globals.OfficeExtension = { Error: OfficeError };

  const handle: EmulatedWord = {
    get body() {
      return document.main.nodes;
    },
    get header() {
      return document.header.nodes;
    },
    setBody: (content) => document.setStory(document.main, toNodes(content)),
    setHeader: (content) => document.setStory(document.header, toNodes(content)),
    placeCursor: (place) => {
      document.cursor = cursorAt(document, place);
    },
    setReadOnly: (readOnly) => {
      document.readOnly = readOnly;
      notify();
    },
    bodyText: () => textOf(document.main.nodes),
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    get cursor() {
      return document.cursor;
    },
    get readOnly() {
      return document.readOnly;
    },
    get selectionsByApi() {
      return document.selectionsByApi;
    },
    idOf: (control) => document.idOf(control),
    setLock(control, lock) {
      control.control.lock = lock;
      notify();
    },
    user: {
      placeCursor(target) {
        const { siblings } = document.locate(target.node, "the user's selection");
        if (target.through && !siblings.includes(target.through))
          throw new Error("word emulator: a selection runs through siblings only");
        document.cursor = target;
        notify();
        selectionChanged();
      },
      refusal: (control) => userRefusal(document, control),
      type(control, text) {
        const refused = userRefusal(document, control);
        if (refused) return refused;
        document.setControlText(control, text, "the user's typing");
        document.cursor = { node: control, extent: "end" };
        notify(); // typing raises no DocumentSelectionChanged (office-js #2964)
        return null;
      },
    },
    coauthor: {
      type(control, text) {
        document.setControlText(control, text, "a co-author's typing");
        notify();
        selectionChanged(); // a co-author's edit raises this add-in's DocumentSelectionChanged (office-js #4114)
      },
    },
    get edition() {
      return edition;
    },
    uninstall() {
      if (installed !== handle) return;
      installed = null;
      for (const key of Object.keys(previous) as (keyof Globals)[]) {
        if (previous[key] === undefined) delete globals[key];
        else globals[key] = previous[key];
      }
    },
  };
  if (options.body !== undefined) handle.setBody(options.body);
  if (options.header !== undefined) handle.setHeader(options.header);
  installed = handle;
  return {
    word: handle,
    document,
    setPlatform: (p) => {
      platform = p;
    },
    setRequirementSets: (s) => {
      sets = s;
    },
  };
}

const SELECTION_CHANGED = "documentSelectionChanged";

/** The callback of an Office *Async method: its last argument, when that is a function. */
function asyncCallback(rest: unknown[]): ((result: { status: string; value: undefined }) => void) | undefined {
  const last = rest[rest.length - 1];
  return typeof last === "function" ? (last as (result: { status: string; value: undefined }) => void) : undefined;
}

/** Word lets nobody type into a read-only document, nor into a control that is, or sits in, a content-locked one. */
function userRefusal(document: WordDocument, control: ControlNode): RefusedEdit | null {
  if (document.readOnly) return "readOnly";
  const { ancestors } = document.locate(control, "the user's typing");
  return [...ancestors.filter(isControl), control].some(cannotEdit) ? "locked" : null;
}

function toNodes(content: Content): WmlNode[] {
  return typeof content === "string" ? parseWordprocessingMl(content) : content;
}

function cursorAt(document: WordDocument, place: CursorPlace): RangeTarget {
  const fail = (): never => {
    throw new Error(`word emulator: no place for the cursor at ${JSON.stringify(place)}`);
  };
  if ("header" in place) return { node: document.header.nodes.find(isParagraph) ?? fail(), extent: "end" };
  if ("control" in place) {
    const found = document.allControls().find((c) => c.control.tag === place.control) ?? fail();
    return { node: found, extent: "start" };
  }
  if ("table" in place) {
    const tables = descendants(document.main.nodes, (n): n is TableNode => n.type === "table");
    const row = (tables[place.table] ?? fail()).children[place.row ?? 0] ?? fail();
    const cell = ("children" in row ? row.children[place.cell ?? 0] : undefined) ?? fail();
    return { node: descendants([cell], isParagraph)[0] ?? fail(), extent: "end" };
  }
  const paragraphs = descendants(document.main.nodes, isParagraph);
  const containing = (text: string, from = 0) =>
    paragraphs.slice(from).find((p) => textOf([p]).includes(text)) ?? fail();
  if ("select" in place) {
    const [from, to] = typeof place.select === "string" ? [place.select, place.select] : place.select;
    const first = containing(from);
    const last = containing(to, paragraphs.indexOf(first));
    const siblings = document.locate(first, "placeCursor").siblings;
    if (!siblings.includes(last)) fail();
    return { node: first, extent: "whole", ...(last !== first ? { through: last } : {}) };
  }
  if ("paragraphIndex" in place) {
    const index = place.paragraphIndex < 0 ? paragraphs.length + place.paragraphIndex : place.paragraphIndex;
    return { node: paragraphs[index] ?? fail(), extent: "end" };
  }
  return { node: containing(place.paragraph), extent: "end" };
}
