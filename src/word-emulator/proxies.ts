/**
 * Office.js's proxy objects, as far as the add-in uses them, with Office's rules:
 *  - a method or a write only queues an operation; nothing reaches the document before context.sync,
 *    and the queue runs in order (a load queued after an insert sees the insertion);
 *  - a property can be read only after it was loaded and a sync delivered it (PropertyNotLoaded otherwise);
 *  - an object path is resolved when the queue first uses it (getFirst() on an empty collection fails the sync);
 *  - *OrNullObject proxies report isNullObject after load + sync;
 *  - a proxy is dead once the run of its batch has finished (InvalidObjectPath);
 *  - APIs newer than the requirement sets the host supports fail the sync with ApiNotFound;
 *  - every write fails with AccessDenied in a read-only document, and locked controls refuse edits (NotAllowed);
 *  - setting a property queues a write and makes the new value readable on that proxy at once, as Office.js does.
 */
import type { ControlKind } from "../core/ooxml/tree";
import {
  accessDenied,
  apiNotFound,
  generalException,
  invalidArgument,
  invalidObjectPath,
  itemNotFound,
  notAllowedInBrowser,
  notModelled,
  propertyNotLoaded,
} from "./errors";
import { flatOpcOfBody } from "./serialize";
import {
  cannotDelete,
  cannotEdit,
  descendants,
  isParagraph,
  utf8Length,
  wordText,
  type WordDocument,
  type BodyTarget,
  type ControlNode,
  type ParagraphNode,
  type RangeTarget,
  type TableNode,
} from "./model";

/** What the proxies need from the rest of the emulator. */
export interface Host {
  readonly document: WordDocument;
  /** True when the host supports WordApi `version`. */
  supportsWordApi(version: string): boolean;
  countSync(): void;
  /** Called after each sync has run its operations (or failed). */
  afterSync(): void;
}

interface Operation {
  /** Reads and writes are actions; a bare requirement check is not (it does not make the run sync at the end). */
  action: boolean;
  write: boolean;
  /** The WordApi version the operation needs. */
  requires: string;
  where: string;
  run: () => void;
}

export class EmulatedRequestContext {
  readonly document: DocumentProxy;
  private queue: Operation[] = [];
  private open = true;

  constructor(readonly host: Host) {
    this.document = new DocumentProxy(this);
  }

  /** Office's sync: sends the queued operations to "Word". */
  sync(): Promise<void> {
    return this.send();
  }

  /**
   * Runs the queued operations, in order, after the caller has yielded; the host hears of it afterwards, whether
   * they succeeded or not (the preview redraws the document). The run of a batch also sends what is left at its end.
   */
  send(): Promise<void> {
    if (!this.open) return Promise.reject(invalidObjectPath("context"));
    this.host.countSync();
    const batch = this.queue.splice(0);
    return Promise.resolve()
      .then(() => {
        for (const operation of batch) {
          if (!this.host.supportsWordApi(operation.requires))
            throw apiNotFound(operation.where, `WordApi ${operation.requires}`);
          if (operation.write && this.host.document.readOnly) throw accessDenied(operation.where);
          operation.run();
        }
      })
      .finally(() => this.host.afterSync());
  }

  /** The old form, context.load(object, properties). */
  load<T extends { load(option?: LoadOption): T }>(object: T, option?: LoadOption): T {
    return object.load(option);
  }

  /** Actions queued since the last sync; the run sends them itself when the batch ends. */
  get hasPendingActions(): boolean {
    return this.queue.some((operation) => operation.action);
  }

  close(): void {
    this.open = false;
    this.queue = [];
  }

  assertOpen(path: string): void {
    if (!this.open) throw invalidObjectPath(path);
  }

  enqueue(operation: Operation): void {
    this.queue.push(operation);
  }
}

/** The forms of load() the add-in uses: "a", "a,b", ["a"], { select }, { a: true }, and for collections "items/a". */
export type LoadOption =
  string | string[] | { select?: string | string[]; expand?: string | string[] } | Record<string, unknown>;

function loadNames(
  option: LoadOption | undefined,
  known: readonly string[],
  where: string,
  collection: boolean,
): string[] {
  let names: string[];
  if (option === undefined) names = [];
  else if (typeof option === "string") names = option.split(",");
  else if (Array.isArray(option)) names = option;
  else if ("select" in option || "expand" in option) {
    const select = (option as { select?: string | string[] }).select ?? [];
    names = typeof select === "string" ? select.split(",") : select;
  } else names = Object.keys(option).filter((key) => option[key as keyof typeof option]);
  names = names.map((n) => n.trim()).filter(Boolean);
  if (collection) names = names.map((n) => (n === "items" ? "$all" : n.replace(/^items\//, "")));
  if (names.length === 0 || names.includes("$all")) return [...known];
  for (const name of names) {
    if (name.includes("/")) throw notModelled(`loading the navigation path "${name}" on ${where}`);
    if (name !== "isNullObject" && !known.includes(name))
      throw invalidArgument(where, `${where} has no property "${name}"`);
  }
  return names.filter((n) => n !== "isNullObject");
}

/** One property: how to read it from the document object, and the WordApi version it came with. */
type Property<T> = { read: (target: T) => unknown; since?: string };

/**
 * The common part of every proxy: a lazily resolved document object, loaded values, pending loads.
 * `resolve` runs during a sync; it returns null for the null object of an *OrNullObject proxy and throws
 * ItemNotFound where Office would.
 */
abstract class ObjectProxy<T> {
  private binding: { target: T | null } | undefined;
  private readonly loadedValues = new Map<string, unknown>();
  private readonly pending = new Set<string>();
  private delivered = false;
  private readonly navigation = new Map<string, unknown>();

  constructor(
    readonly context: EmulatedRequestContext,
    readonly path: string,
    private readonly resolve: () => T | null,
  ) {}

  protected abstract readonly typeName: string;
  protected abstract properties(): Record<string, Property<T>>;

  protected get word(): WordDocument {
    return this.context.host.document;
  }

  /** The document object; called only while a sync runs. Office instantiates an object path on first use. */
  target(): T | null {
    if (!this.binding) this.binding = { target: this.resolve() };
    return this.binding.target;
  }

  /** live(), for the helpers outside the class (rangeOf). */
  liveNode(): T {
    return this.live();
  }

  /** Ranges came with WordApi 1.3. */
  requireRangeApi(where: string): void {
    this.requireApi(where, "1.3");
  }

  /** The document object for a method: a null object cannot be acted on. */
  protected live(): T {
    const target = this.target();
    if (target === null) throw itemNotFound(`${this.path} (a null object)`);
    return target;
  }

  load(option?: LoadOption): this {
    this.context.assertOpen(this.path);
    const properties = this.properties();
    const names = loadNames(option, Object.keys(properties), this.typeName, false);
    names.forEach((name) => this.pending.add(name));
    const since =
      names
        .map((n) => properties[n].since ?? "1.1")
        .sort(compareVersions)
        .pop() ?? "1.1";
    this.queue(false, `${this.path}.load(${names.join(",")})`, () => this.deliver(names), since);
    return this;
  }

  /** Puts loaded values on the proxy; runs inside a sync (also for items of a loaded collection). */
  deliver(names: string[]): void {
    const target = this.target();
    const properties = this.properties();
    for (const name of names) {
      this.loadedValues.set(name, target === null ? undefined : properties[name].read(target));
      this.pending.delete(name);
    }
    this.delivered = true;
  }

  get isNullObject(): boolean {
    if (!this.delivered) throw propertyNotLoaded("isNullObject", this.typeName, this.pending.size > 0);
    return this.binding?.target === null;
  }

  /** A property's value, as loaded at the last sync that delivered it. */
  protected read<V>(name: string): V {
    if (this.loadedValues.has(name)) return this.loadedValues.get(name) as V;
    // Office reads the properties of a null object as undefined rather than throwing.
    if (this.delivered && this.binding?.target === null) return undefined as V;
    throw propertyNotLoaded(name, this.typeName, this.pending.has(name));
  }

  /** A property set on the proxy: the write is queued; the proxy reads the new value from now on. */
  protected assign(name: string, value: unknown, run: () => void, requires = "1.1"): void {
    this.queue(true, `${this.path}.${name} = ${JSON.stringify(value)}`, run, requires);
    this.loadedValues.set(name, value);
  }

  protected queue(write: boolean, where: string, run: () => void, requires = "1.1"): void {
    this.context.assertOpen(this.path);
    this.context.enqueue({ action: true, write, where, run, requires });
  }

  /** An API newer than WordApi 1.1 was used: the next sync fails if the host lacks it. */
  protected requireApi(where: string, requires: string): void {
    this.context.assertOpen(this.path);
    this.context.enqueue({ action: false, write: false, where, run: () => undefined, requires });
  }

  /** Navigation properties return the same proxy each time, as Office's do. */
  protected navigate<P>(name: string, make: () => P, requires = "1.1"): P {
    this.context.assertOpen(this.path);
    if (!this.navigation.has(name)) {
      const made = make();
      this.navigation.set(name, made);
      if (requires !== "1.1") this.requireApi(`${this.path}.${name}`, requires);
    }
    return this.navigation.get(name) as P;
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loadedValues);
  }
}

function compareVersions(a: string, b: string): number {
  const [x, y] = [a.split(".").map(Number), b.split(".").map(Number)];
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
export { compareVersions };

/**
 * The `contentControls` properties list rich text controls only, on every build (the Body.contentControls
 * reference: "rich text content control objects"; office-js #2160, #228 by design, #6144 in 2025).
 */
const richTextOnly = (nodes: ControlNode[]) => nodes.filter((node) => node.control.kind === "richText");

/** Word.ContentControlType values and the kinds they name. */
const KIND_OF_TYPE: Record<string, ControlKind> = {
  RichText: "richText",
  PlainText: "plainText",
  DatePicker: "date",
  DropDownList: "dropDown",
  ComboBox: "comboBox",
  CheckBox: "checkbox",
};

/**
 * X.getContentControls({ types }) (WordApi 1.5): the controls of the asked-for kinds that this build supports
 * (plain text from 1.5, check boxes 1.7, drop-downs and combo boxes 1.9, date pickers WordApiDesktop 1.3).
 */
function typedControls(
  context: EmulatedRequestContext,
  path: string,
  members: () => ControlNode[],
  options: unknown,
): ContentControlCollectionProxy {
  context.assertOpen(path);
  const types = (options as { types?: unknown } | undefined)?.types;
  const where = `${path}.getContentControls()`;
  context.enqueue({ action: false, write: false, requires: "1.5", where, run: () => undefined });
  return new ContentControlCollectionProxy(context, where, () => {
    const supported: ControlKind[] = ["richText", ...context.host.document.edition.typesListed];
    const wanted = Array.isArray(types)
      ? types.map(
          (t) => KIND_OF_TYPE[String(t)] ?? fail(invalidArgument(where, `unknown content control type "${String(t)}"`)),
        )
      : supported;
    return members().filter((node) => wanted.includes(node.control.kind) && supported.includes(node.control.kind));
  });
}

/** A ClientResult: its value is there once the sync that computes it has run. */
export class ClientResultProxy<T> {
  private delivered = false;
  private result: T | undefined;

  constructor(private readonly where: string) {}

  deliver(value: T): void {
    this.result = value;
    this.delivered = true;
  }

  get value(): T {
    if (!this.delivered) throw propertyNotLoaded("value", this.where, true);
    return this.result as T;
  }
}

/** A collection proxy: membership is evaluated at each load (Office re-queries collections). */
abstract class CollectionProxy<N, I extends ObjectProxy<N>> {
  private loadedItems: I[] | undefined;
  private pendingLoad = false;

  constructor(
    readonly context: EmulatedRequestContext,
    readonly path: string,
    protected readonly members: () => N[],
  ) {}

  protected abstract readonly typeName: string;
  /** The proxy of a member, resolved at the sync (null: the null object of an *OrNullObject method). */
  protected abstract proxy(path: string, resolve: () => N | null): I;
  protected abstract itemProperties(): readonly string[];

  protected item(node: N, path: string): I {
    return this.proxy(path, () => node);
  }

  /** getFirst(), getLast() and their *OrNullObject forms, for the collections that have them. */
  protected picked(which: "first" | "last", nullable: boolean): I {
    const name = `get${which === "first" ? "First" : "Last"}${nullable ? "OrNullObject" : ""}()`;
    return this.child(name, (path) => this.proxy(path, () => this.pick(which, nullable)));
  }

  get items(): I[] {
    if (this.loadedItems) return this.loadedItems;
    throw propertyNotLoaded("items", this.typeName, this.pendingLoad);
  }

  load(option?: LoadOption): this {
    this.context.assertOpen(this.path);
    const names = loadNames(option, this.itemProperties(), this.typeName, true);
    this.pendingLoad = true;
    this.context.enqueue({
      action: true,
      write: false,
      requires: "1.1",
      where: `${this.path}.load(items/${names.join(",")})`,
      run: () => {
        const items = this.members().map((node, i) => this.item(node, `${this.path}.items[${i}]`));
        items.forEach((item) => item.deliver(names));
        this.loadedItems = items;
        this.pendingLoad = false;
      },
    });
    return this;
  }

  protected pick(which: "first" | "last", nullable: boolean): N | null {
    const members = this.members();
    const node = which === "first" ? members[0] : members[members.length - 1];
    if (node !== undefined) return node;
    if (nullable) return null;
    throw itemNotFound(`${this.path}.get${which === "first" ? "First" : "Last"}()`);
  }

  protected child(name: string, make: (path: string) => I, requires = "1.3"): I {
    this.context.assertOpen(this.path);
    const proxy = make(`${this.path}.${name}`);
    this.context.enqueue({ action: false, write: false, requires, where: proxy.path, run: () => undefined });
    return proxy;
  }

  toJSON(): Record<string, unknown> {
    return { items: this.loadedItems?.map((i) => i.toJSON()) };
  }
}

/**
 * X.getRange(location) for paragraphs, tables and controls: which locations the type takes, and the range each
 * stands for. An unknown location fails at the sync, as in Office.
 */
function rangeOf<N extends RangeTarget["node"]>(
  proxy: NodeProxy<N>,
  typeName: string,
  location: string,
  extents: Record<string, RangeTarget["extent"]>,
): RangeProxy {
  proxy.context.assertOpen(proxy.path);
  const extent = extents[location];
  const path = `${proxy.path}.getRange("${location}")`;
  const range = new RangeProxy(proxy.context, path, () => {
    if (!extent)
      throw invalidArgument(
        path,
        `${typeName}.getRange takes ${Object.keys(extents)
          .map((l) => `"${l}"`)
          .join(", ")}, not "${location}"`,
      );
    return { node: proxy.liveNode(), extent };
  });
  proxy.requireRangeApi(path);
  return range;
}

/** What rangeOf needs of a proxy whose target is a document node. */
interface NodeProxy<N> {
  readonly context: EmulatedRequestContext;
  readonly path: string;
  liveNode(): N;
  requireRangeApi(where: string): void;
}

// ---------------------------------------------------------------- Document, Body

export class DocumentProxy {
  private cachedBody: BodyProxy | undefined;
  private cachedProperties: DocumentPropertiesProxy | undefined;
  private cachedControls: ContentControlCollectionProxy | undefined;

  constructor(private readonly context: EmulatedRequestContext) {}

  get body(): BodyProxy {
    this.context.assertOpen("document.body");
    this.cachedBody ??= new BodyProxy(this.context, "document.body", () => ({
      kind: "story",
      story: this.context.host.document.main,
    }));
    return this.cachedBody;
  }

  /**
   * Every control of the document in document order: nested ones, those in table cells, then the header's
   * (unless tableControlsMissingFromDocumentCollection, office-js #2040).
   */
  get contentControls(): ContentControlCollectionProxy {
    this.context.assertOpen("document.contentControls");
    this.cachedControls ??= new ContentControlCollectionProxy(this.context, "document.contentControls", () =>
      richTextOnly(this.context.host.document.documentControls()),
    );
    return this.cachedControls;
  }

  getContentControls(options?: unknown): ContentControlCollectionProxy {
    return typedControls(this.context, "document", () => this.context.host.document.documentControls(), options);
  }

  /** Document properties (WordApi 1.3): the title, and the custom properties. */
  get properties(): DocumentPropertiesProxy {
    this.context.assertOpen("document.properties");
    this.cachedProperties ??= new DocumentPropertiesProxy(this.context, "document.properties", () => ({}));
    return this.cachedProperties;
  }

  getSelection(): RangeProxy {
    this.context.assertOpen("document.getSelection()");
    return new RangeProxy(this.context, "document.getSelection()", () => {
      const cursor = this.context.host.document.cursor;
      this.context.host.document.locate(cursor.node, "document.getSelection()");
      return cursor;
    });
  }
}

export class BodyProxy extends ObjectProxy<BodyTarget> {
  protected readonly typeName = "Body";

  protected properties(): Record<string, Property<BodyTarget>> {
    return {
      type: { read: (b) => (b.kind === "story" ? b.story.type : "TableCell"), since: "1.3" },
      text: { read: (b) => wordText(this.word.bodyNodes(b)) },
    };
  }

  get type(): string {
    return this.read("type");
  }
  get text(): string {
    return this.read("text");
  }

  get paragraphs(): ParagraphCollectionProxy {
    return this.navigate(
      "paragraphs",
      () =>
        new ParagraphCollectionProxy(this.context, `${this.path}.paragraphs`, () =>
          descendants(this.word.bodyNodes(this.live()), isParagraph),
        ),
    );
  }

  get contentControls(): ContentControlCollectionProxy {
    return this.navigate(
      "contentControls",
      () =>
        new ContentControlCollectionProxy(this.context, `${this.path}.contentControls`, () =>
          richTextOnly(this.word.bodyControls(this.live())),
        ),
    );
  }

  getContentControls(options?: unknown): ContentControlCollectionProxy {
    return typedControls(this.context, this.path, () => this.word.bodyControls(this.live()), options);
  }

  /** Body.clear(): everything goes, as long as nothing in it is locked against deletion. */
  clear(): void {
    const where = `${this.path}.clear()`;
    this.queue(true, where, () => this.word.insertIntoBody(this.live(), [], "Replace", where));
  }

  /** The story as a Flat OPC package; some documents make Word fail here (office-js #5394, #6059). */
  getOoxml(): ClientResultProxy<string> {
    const where = `${this.path}.getOoxml()`;
    const result = new ClientResultProxy<string>(where);
    this.queue(false, where, () => {
      if (this.word.faults.getOoxmlFails) throw generalException(where);
      const ooxml = flatOpcOfBody(this.word.bodyNodes(this.live()), this.word.styles);
      this.word.readOoxmlBytes += utf8Length(ooxml);
      result.deliver(ooxml);
    });
    return result;
  }

  get tables(): TableCollectionProxy {
    return this.navigate(
      "tables",
      () =>
        new TableCollectionProxy(this.context, `${this.path}.tables`, () =>
          this.word.tablesIn(this.word.bodyNodes(this.live())),
        ),
      "1.3",
    );
  }

  get parentBodyOrNullObject(): BodyProxy {
    return this.navigate(
      "parentBodyOrNullObject",
      () =>
        new BodyProxy(this.context, `${this.path}.parentBodyOrNullObject`, () =>
          this.word.outerBody(this.live(), this.path),
        ),
      "1.3",
    );
  }

  insertOoxml(ooxml: string, location: string): RangeProxy {
    const where = `${this.path}.insertOoxml(…, "${location}")`;
    this.queue(true, where, () =>
      this.word.insertIntoBody(this.live(), this.word.parseInsert(ooxml, where), location, where),
    );
    return rangeNotModelled(this.context, where);
  }
}

// ---------------------------------------------------------------- content controls

const CONTROL_TYPES: Record<ControlNode["control"]["kind"], string> = {
  richText: "RichText",
  plainText: "PlainText",
  date: "DatePicker",
  dropDown: "DropDownList",
  comboBox: "ComboBox",
  checkbox: "CheckBox",
  other: "Unknown",
};

export class ContentControlProxy extends ObjectProxy<ControlNode> {
  protected readonly typeName = "ContentControl";

  protected properties(): Record<string, Property<ControlNode>> {
    return {
      id: { read: (c) => this.word.idOf(c) },
      tag: { read: (c) => c.control.tag },
      title: { read: (c) => c.control.title },
      text: { read: (c) => wordText(c.children) },
      type: { read: (c) => CONTROL_TYPES[c.control.kind] },
      // Dimmed text shown while the control is empty; ours come without a docPart of their own.
      placeholderText: { read: () => "" },
      cannotDelete: { read: (c) => cannotDelete(c) },
      cannotEdit: { read: (c) => cannotEdit(c) },
    };
  }

  get id(): number {
    return this.read("id");
  }
  get tag(): string {
    return this.read("tag");
  }
  set tag(value: string) {
    this.assign("tag", value, () => void (this.live().control.tag = value));
  }
  get title(): string {
    return this.read("title");
  }
  set title(value: string) {
    this.assign("title", value, () => void (this.live().control.title = value));
  }
  get text(): string {
    return this.read("text");
  }
  get type(): string {
    return this.read("type");
  }
  get placeholderText(): string {
    return this.read("placeholderText");
  }
  set placeholderText(value: string) {
    // Word on the web cannot change a control's placeholder (office-js #785); elsewhere the emulator does not model it.
    this.assign("placeholderText", value, () => {
      throw this.word.edition.placeholderTextReadOnly
        ? notAllowedInBrowser(`${this.path}.placeholderText`)
        : notModelled("setting ContentControl.placeholderText");
    });
  }
  get cannotDelete(): boolean {
    return this.read("cannotDelete");
  }
  set cannotDelete(value: boolean) {
    this.assign("cannotDelete", value, () => setLock(this.live(), value, cannotEdit(this.live())));
  }
  get cannotEdit(): boolean {
    return this.read("cannotEdit");
  }
  set cannotEdit(value: boolean) {
    this.assign("cannotEdit", value, () => setLock(this.live(), cannotDelete(this.live()), value));
  }

  get contentControls(): ContentControlCollectionProxy {
    return this.navigate(
      "contentControls",
      () =>
        new ContentControlCollectionProxy(this.context, `${this.path}.contentControls`, () =>
          richTextOnly(this.word.controlsIn(this.live().children)),
        ),
    );
  }

  getContentControls(options?: unknown): ContentControlCollectionProxy {
    return typedControls(this.context, this.path, () => this.word.controlsIn(this.live().children), options);
  }

  get paragraphs(): ParagraphCollectionProxy {
    return this.navigate(
      "paragraphs",
      () =>
        new ParagraphCollectionProxy(this.context, `${this.path}.paragraphs`, () =>
          this.word.paragraphsOf({ node: this.live(), extent: "whole" }, this.path),
        ),
    );
  }

  get tables(): TableCollectionProxy {
    return this.navigate(
      "tables",
      () =>
        new TableCollectionProxy(this.context, `${this.path}.tables`, () => this.word.tablesIn(this.live().children)),
      "1.3",
    );
  }

  /** The innermost control around this one; a null object at the top. */
  get parentContentControlOrNullObject(): ContentControlProxy {
    return this.navigate(
      "parentContentControlOrNullObject",
      () =>
        new ContentControlProxy(this.context, `${this.path}.parentContentControlOrNullObject`, () =>
          this.word.enclosingControl(this.live(), this.path, true),
        ),
      "1.3",
    );
  }

  /** The innermost control around this one; ItemNotFound at the top. */
  get parentContentControl(): ContentControlProxy {
    return this.navigate(
      "parentContentControl",
      () =>
        new ContentControlProxy(
          this.context,
          `${this.path}.parentContentControl`,
          () =>
            this.word.enclosingControl(this.live(), this.path, true) ??
            fail(itemNotFound(`${this.path}.parentContentControl`)),
        ),
    );
  }

  /**
   * Whole: the control with its bounds (insert "Before"/"After" it in its container); Start/End: the point
   * just inside it; Before/After: the point just outside it; Content: its content without the bounds.
   */
  getRange(location: string = "Whole"): RangeProxy {
    return rangeOf(this, "ContentControl", location, {
      Whole: "whole",
      Start: "start",
      End: "end",
      Before: "before",
      After: "after",
      Content: "content",
    });
  }

  /** Moves the selection: onto the whole control ("Select"), or to the point just inside its start or end. */
  select(selectionMode: string = "Select"): void {
    const where = `${this.path}.select("${selectionMode}")`;
    this.queue(false, where, () => {
      const extents: Record<string, RangeTarget["extent"]> = { Select: "whole", Start: "start", End: "end" };
      const extent = extents[selectionMode];
      if (!extent)
        throw invalidArgument(where, `ContentControl.select takes "Select", "Start" or "End", not "${selectionMode}"`);
      const control = this.live();
      this.word.locate(control, where);
      this.word.cursor = { node: control, extent };
      this.word.selectionsByApi++;
    });
  }

  insertText(text: string, location: string): RangeProxy {
    const where = `${this.path}.insertText(${JSON.stringify(text)}, "${location}")`;
    this.queue(true, where, () => this.word.insertTextIntoControl(this.live(), String(text), location, where));
    return rangeNotModelled(this.context, where);
  }

  insertOoxml(ooxml: string, location: string): RangeProxy {
    const where = `${this.path}.insertOoxml(…, "${location}")`;
    this.queue(true, where, () =>
      this.word.insertIntoControl(this.live(), this.word.parseInsert(ooxml, where), location, where),
    );
    return rangeNotModelled(this.context, where);
  }

  /** Deletes the control with its content, or with keepContent only the control (unwrapping the content). */
  delete(keepContent: boolean): void {
    const where = `${this.path}.delete(${String(keepContent)})`;
    this.queue(true, where, () => this.word.deleteControl(this.live(), keepContent, where));
  }
}

export class ContentControlCollectionProxy extends CollectionProxy<ControlNode, ContentControlProxy> {
  protected readonly typeName = "ContentControlCollection";

  protected proxy(path: string, resolve: () => ControlNode | null): ContentControlProxy {
    return new ContentControlProxy(this.context, path, resolve);
  }

  protected itemProperties(): readonly string[] {
    return ["id", "tag", "title", "text", "type", "placeholderText", "cannotDelete", "cannotEdit"];
  }

  /** The control with this id in this collection; ItemNotFound at the sync if there is none. */
  getById(id: number): ContentControlProxy {
    return this.child(
      `getById(${id})`,
      (path) => new ContentControlProxy(this.context, path, () => this.withId(id) ?? fail(itemNotFound(path))),
      "1.1",
    );
  }

  /** The same as getById. */
  getItem(id: number): ContentControlProxy {
    return this.child(
      `getItem(${id})`,
      (path) => new ContentControlProxy(this.context, path, () => this.withId(id) ?? fail(itemNotFound(path))),
      "1.1",
    );
  }

  getByIdOrNullObject(id: number): ContentControlProxy {
    return this.child(
      `getByIdOrNullObject(${id})`,
      (path) => new ContentControlProxy(this.context, path, () => this.withId(id)),
      "1.3",
    );
  }

  private withId(id: number): ControlNode | null {
    const document = this.context.host.document;
    return this.members().find((c) => document.idOf(c) === id) ?? null;
  }

  getByTag(tag: string): ContentControlCollectionProxy {
    this.context.assertOpen(this.path);
    return new ContentControlCollectionProxy(this.context, `${this.path}.getByTag("${tag}")`, () =>
      this.members().filter((c) => c.control.tag === tag),
    );
  }

  getByTitle(title: string): ContentControlCollectionProxy {
    this.context.assertOpen(this.path);
    return new ContentControlCollectionProxy(this.context, `${this.path}.getByTitle("${title}")`, () =>
      this.members().filter((c) => c.control.title === title),
    );
  }

  getFirst(): ContentControlProxy {
    return this.picked("first", false);
  }

  getFirstOrNullObject(): ContentControlProxy {
    return this.picked("first", true);
  }
}

// ---------------------------------------------------------------- paragraphs, ranges, tables

export class ParagraphProxy extends ObjectProxy<ParagraphNode> {
  protected readonly typeName = "Paragraph";

  protected properties(): Record<string, Property<ParagraphNode>> {
    return {
      text: { read: (p) => wordText([p]) },
      style: { read: (p) => p.style },
    };
  }

  get text(): string {
    return this.read("text");
  }
  get style(): string {
    return this.read("style");
  }

  /** The innermost (rich text) control around the paragraph; a null object outside controls. */
  get parentContentControlOrNullObject(): ContentControlProxy {
    return this.navigate(
      "parentContentControlOrNullObject",
      () =>
        new ContentControlProxy(this.context, `${this.path}.parentContentControlOrNullObject`, () =>
          this.word.enclosingControl(this.live(), this.path, true),
        ),
      "1.3",
    );
  }

  getRange(location: string = "Whole"): RangeProxy {
    return rangeOf(this, "Paragraph", location, { Whole: "whole", Start: "start", End: "end", Content: "whole" });
  }

  /** Moves the selection onto the paragraph (WordApi 1.1). */
  select(selectionMode: string = "Select"): void {
    const where = `${this.path}.select("${selectionMode}")`;
    this.queue(false, where, () => {
      if (selectionMode !== "Select") throw notModelled(`${where}: only "Select" is modelled for paragraphs`);
      const paragraph = this.live();
      this.word.locate(paragraph, where);
      this.word.cursor = { node: paragraph, extent: "whole" };
      this.word.selectionsByApi++;
    });
  }

  /** Deletes the paragraph with its content (WordApi 1.1); refused inside a control locked against edits. */
  delete(): void {
    const where = `${this.path}.delete()`;
    this.queue(true, where, () => this.word.deleteParagraph(this.live(), where));
  }
}

export class ParagraphCollectionProxy extends CollectionProxy<ParagraphNode, ParagraphProxy> {
  protected readonly typeName = "ParagraphCollection";

  protected proxy(path: string, resolve: () => ParagraphNode | null): ParagraphProxy {
    return new ParagraphProxy(this.context, path, resolve);
  }

  protected itemProperties(): readonly string[] {
    return ["text", "style"];
  }

  getFirst(): ParagraphProxy {
    return this.picked("first", false);
  }

  getLast(): ParagraphProxy {
    return this.picked("last", false);
  }

  getFirstOrNullObject(): ParagraphProxy {
    return this.picked("first", true);
  }

  getLastOrNullObject(): ParagraphProxy {
    return this.picked("last", true);
  }
}

export class RangeProxy extends ObjectProxy<RangeTarget> {
  protected readonly typeName = "Range";

  protected properties(): Record<string, Property<RangeTarget>> {
    return {
      text: { read: (r) => wordText(this.word.covered(r, this.path)) },
      // A picture is a character of its range: a paragraph holding one is not empty, though its text is.
      isEmpty: {
        read: (r) => {
          const covered = this.word.covered(r, this.path);
          return wordText(covered) === "" && !descendants(covered, (n) => n.type === "image").length;
        },
        since: "1.3",
      },
    };
  }

  get text(): string {
    return this.read("text");
  }
  get isEmpty(): boolean {
    return this.read("isEmpty");
  }

  get parentContentControlOrNullObject(): ContentControlProxy {
    return this.navigate(
      "parentContentControlOrNullObject",
      () =>
        new ContentControlProxy(this.context, `${this.path}.parentContentControlOrNullObject`, () =>
          this.word.parentControl(this.live(), this.path, true),
        ),
      "1.3",
    );
  }

  get parentTableOrNullObject(): TableProxy {
    return this.navigate(
      "parentTableOrNullObject",
      () =>
        new TableProxy(this.context, `${this.path}.parentTableOrNullObject`, () =>
          this.word.parentTable(this.live(), this.path),
        ),
      "1.3",
    );
  }

  get parentBody(): BodyProxy {
    return this.navigate(
      "parentBody",
      () => new BodyProxy(this.context, `${this.path}.parentBody`, () => this.word.parentBody(this.live(), this.path)),
      "1.3",
    );
  }

  get paragraphs(): ParagraphCollectionProxy {
    return this.navigate(
      "paragraphs",
      () =>
        new ParagraphCollectionProxy(this.context, `${this.path}.paragraphs`, () =>
          this.word.paragraphsOf(this.live(), this.path),
        ),
    );
  }

  /** The controls the range covers, in document order; a control's whole range includes the control. */
  get contentControls(): ContentControlCollectionProxy {
    return this.navigate(
      "contentControls",
      () =>
        new ContentControlCollectionProxy(this.context, `${this.path}.contentControls`, () =>
          richTextOnly(this.word.controlsIn(this.word.covered(this.live(), this.path))),
        ),
    );
  }

  getContentControls(options?: unknown): ContentControlCollectionProxy {
    return typedControls(
      this.context,
      this.path,
      () => this.word.controlsIn(this.word.covered(this.live(), this.path)),
      options,
    );
  }

  get tables(): TableCollectionProxy {
    return this.navigate(
      "tables",
      () =>
        new TableCollectionProxy(this.context, `${this.path}.tables`, () =>
          this.word.tablesIn(this.word.covered(this.live(), this.path)),
        ),
      "1.3",
    );
  }

  insertOoxml(ooxml: string, location: string): RangeProxy {
    const where = `${this.path}.insertOoxml(…, "${location}")`;
    this.queue(true, where, () =>
      this.word.insertAtRange(this.live(), this.word.parseInsert(ooxml, where), location, where),
    );
    return rangeNotModelled(this.context, where);
  }
}

export class TableProxy extends ObjectProxy<TableNode> {
  protected readonly typeName = "Table";

  protected properties(): Record<string, Property<TableNode>> {
    return {
      rowCount: { read: (t) => t.children.filter((r) => r.type === "row").length, since: "1.3" },
      values: {
        read: (t) => t.children.map((row) => ("children" in row ? row.children.map((cell) => wordText([cell])) : [])),
        since: "1.3",
      },
    };
  }

  get rowCount(): number {
    return this.read("rowCount");
  }
  get values(): string[][] {
    return this.read("values");
  }

  /** The innermost control around the table; a null object if there is none. */
  get parentContentControlOrNullObject(): ContentControlProxy {
    return this.navigate(
      "parentContentControlOrNullObject",
      () =>
        new ContentControlProxy(this.context, `${this.path}.parentContentControlOrNullObject`, () =>
          this.word.enclosingControl(this.live(), this.path, true),
        ),
      "1.3",
    );
  }

  get parentContentControl(): ContentControlProxy {
    return this.navigate(
      "parentContentControl",
      () =>
        new ContentControlProxy(
          this.context,
          `${this.path}.parentContentControl`,
          () =>
            this.word.enclosingControl(this.live(), this.path, true) ??
            fail(itemNotFound(`${this.path}.parentContentControl`)),
        ),
      "1.3",
    );
  }

  /** The tables in its cells, one level deeper. */
  get tables(): TableCollectionProxy {
    return this.navigate(
      "tables",
      () => new TableCollectionProxy(this.context, `${this.path}.tables`, () => this.word.nestedTables(this.live())),
      "1.3",
    );
  }

  /** Whole: the table; Start/End: the point just inside it; After: the point just after it. */
  getRange(location: string = "Whole"): RangeProxy {
    return rangeOf(this, "Table", location, { Whole: "whole", Start: "start", End: "end", After: "after" });
  }
}

export class TableCollectionProxy extends CollectionProxy<TableNode, TableProxy> {
  protected readonly typeName = "TableCollection";

  protected proxy(path: string, resolve: () => TableNode | null): TableProxy {
    return new TableProxy(this.context, path, resolve);
  }

  protected itemProperties(): readonly string[] {
    return ["rowCount", "values"];
  }

  getFirst(): TableProxy {
    return this.picked("first", false);
  }

  getFirstOrNullObject(): TableProxy {
    return this.picked("first", true);
  }
}

/** Word's two lock flags as the one w:lock value they make. */
function setLock(control: ControlNode, noDelete: boolean, noEdit: boolean): void {
  control.control.lock =
    noDelete && noEdit ? "sdtContentLocked" : noDelete ? "sdtLocked" : noEdit ? "contentLocked" : "none";
}

/** Throws, in an expression. */
function fail(error: Error): never {
  throw error;
}

/**
 * insertOoxml returns the range of what was inserted. The add-in does not use it yet; the emulator hands back
 * a proxy that fails loudly when used rather than guessing what Word would return.
 */
function rangeNotModelled(context: EmulatedRequestContext, where: string): RangeProxy {
  return new RangeProxy(context, `${where} (returned range)`, () => {
    throw notModelled(`using the range returned by ${where}`);
  });
}

// ---------------------------------------------------------------- document properties

/** Document.properties (WordApi 1.3): of the built-in properties the title, which the add-in keeps up to date. */
export class DocumentPropertiesProxy extends ObjectProxy<object> {
  protected readonly typeName = "DocumentProperties";
  private cachedCustom: CustomPropertyCollectionProxy | undefined;

  protected properties(): Record<string, Property<object>> {
    return { title: { read: () => this.word.title, since: "1.3" } };
  }

  get title(): string {
    return this.read("title");
  }
  set title(value: string) {
    this.assign("title", value, () => void (this.word.title = String(value)), "1.3");
  }

  get customProperties(): CustomPropertyCollectionProxy {
    this.cachedCustom ??= new CustomPropertyCollectionProxy(this.context, `${this.path}.customProperties`, () => [
      ...this.word.customProperties.keys(),
    ]);
    return this.cachedCustom;
  }
}

// ---------------------------------------------------------------- custom document properties

/** One custom property, addressed by its key (the model keeps name → value). */
export class CustomPropertyProxy extends ObjectProxy<string> {
  protected readonly typeName = "CustomProperty";

  protected properties(): Record<string, Property<string>> {
    return {
      key: { read: (key) => key, since: "1.3" },
      value: { read: (key) => this.word.customProperties.get(key), since: "1.3" },
      type: { read: () => "String", since: "1.3" },
    };
  }

  get key(): string {
    return this.read("key");
  }
  get value(): string {
    return this.read("value");
  }
  get type(): string {
    return this.read("type");
  }
}

export class CustomPropertyCollectionProxy extends CollectionProxy<string, CustomPropertyProxy> {
  protected readonly typeName = "CustomPropertyCollection";

  protected proxy(path: string, resolve: () => string | null): CustomPropertyProxy {
    return new CustomPropertyProxy(this.context, path, resolve);
  }

  protected itemProperties(): readonly string[] {
    return ["key", "value", "type"];
  }

  /** Adds the property, or sets the value of the one with that key (Office's add replaces). */
  add(key: string, value: string): CustomPropertyProxy {
    const where = `${this.path}.add(${JSON.stringify(key)})`;
    this.context.assertOpen(this.path);
    this.context.enqueue({
      action: true,
      write: true,
      requires: "1.3",
      where,
      run: () => void this.context.host.document.customProperties.set(String(key), String(value)),
    });
    return new CustomPropertyProxy(this.context, where, () => key);
  }

  getItemOrNullObject(key: string): CustomPropertyProxy {
    return this.child(
      `getItemOrNullObject(${JSON.stringify(key)})`,
      (path) =>
        new CustomPropertyProxy(this.context, path, () =>
          this.context.host.document.customProperties.has(key) ? key : null,
        ),
      "1.3",
    );
  }
}
