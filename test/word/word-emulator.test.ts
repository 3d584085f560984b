/** The Word emulator enforces Office.js's rules; if it did not, the tests of src/word would prove little. */
import { afterEach, beforeEach, describe, expect, test } from "@jest/globals";
import { documentPart, flatOpcPackage } from "../../src/core/ooxml/package";
import { textOf, type WmlNode } from "../../src/core/ooxml/tree";
import {
  control,
  EDITIONS,
  installTestWord,
  paragraph,
  parseWordprocessingMl,
  table,
  type TestWord,
} from "../../src/word-emulator/testing";

const para = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const ooxml = (...texts: string[]) => flatOpcPackage(texts.map(para).join(""));
const sdt = (tag: string, content: string) =>
  `<w:sdt><w:sdtPr><w:tag w:val="${tag}"/></w:sdtPr><w:sdtContent>${content}</w:sdtContent></w:sdt>`;
const text = (t: string): WmlNode => ({ type: "text", text: t });
/** The main text, one entry per top-level node: a control as [its text], anything else as its text. */
const outline = () => word.body.map((n) => (n.type === "control" ? `[${textOf(n.children)}]` : textOf([n])));
const tags = () => word.controls().map((c) => c.node.control.tag);

/** The error a promise rejects with (fails the test if it resolves). */
async function rejection(promise: Promise<unknown>): Promise<{ code?: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    return error as { code?: string; message: string };
  }
  throw new Error("expected a rejection");
}

function thrown(action: () => unknown): { code?: string; message: string } {
  try {
    action();
  } catch (error) {
    return error as { code?: string; message: string };
  }
  throw new Error("expected a throw");
}

let word: TestWord;

beforeEach(() => {
  word = installTestWord({
    body: [
      paragraph("Erster Absatz"),
      control({ tag: "frame", title: "Rahmen", lock: "sdtLocked" }, [
        paragraph("Im Rahmen"),
        control({ tag: "heading", lock: "sdtContentLocked" }, [paragraph("Überschrift")]),
        table([
          ["A1", [paragraph("B1 "), control({ tag: "in-cell", kind: "plainText" }, [{ type: "text", text: "Zelle" }])]],
        ]),
      ]),
      paragraph("Letzter Absatz"),
    ],
    header: [paragraph("Kopfzeile")],
  });
});

afterEach(() => word.uninstall());

describe("properties must be loaded and synced", () => {
  test("reading a property that was never loaded throws PropertyNotLoaded, with Office's message", async () => {
    await Word.run(async (context) => {
      const first = context.document.contentControls.getFirst();
      const error = thrown(() => first.tag);
      expect(error.code).toBe("PropertyNotLoaded");
      expect(error.message).toBe(
        `The property 'tag' is not available. Before reading the property's value, call the load method on the containing object and synchronise the associated request context.`,
      );
      first.load("title");
      await context.sync();
      expect(first.title).toBe("Rahmen");
      expect(thrown(() => first.tag).code).toBe("PropertyNotLoaded"); // loaded title, not tag
    });
  });

  test("reading a loaded property before the sync has completed throws", async () => {
    await Word.run(async (context) => {
      const first = context.document.contentControls.getFirst().load("tag");
      expect(thrown(() => first.tag).code).toBe("PropertyNotLoaded");
      const syncing = context.sync();
      expect(thrown(() => first.tag).code).toBe("PropertyNotLoaded"); // sent, not yet answered
      await syncing;
      expect(first.tag).toBe("frame");
    });
  });

  test("a collection's items are readable only after load and sync", async () => {
    await Word.run(async (context) => {
      const controls = context.document.contentControls;
      expect(thrown(() => controls.items).code).toBe("PropertyNotLoaded");
      controls.load("items/tag");
      expect(thrown(() => controls.items).code).toBe("PropertyNotLoaded");
      await context.sync();
      expect(controls.items.map((c) => c.tag)).toEqual(["frame", "heading"]); // rich text only: the plain-text "in-cell" is left out (#2160)
      expect(thrown(() => controls.items[0].title).code).toBe("PropertyNotLoaded");
    });
  });

  test("load takes the forms the add-in uses", async () => {
    await Word.run(async (context) => {
      const cc = context.document.contentControls;
      const a = cc.getFirst().load("tag");
      const b = cc.getFirst().load("tag,title");
      const c = cc.getFirst().load(["tag", "title"]);
      const d = cc.getFirst().load({ select: "tag" });
      const e = cc.getFirst().load({ tag: true, title: false });
      const all = cc.getFirst().load();
      const byItems = context.document.contentControls.getByTag("frame").load("items/title");
      const byName = context.document.contentControls.getByTag("frame").load("title");
      const whole = context.document.contentControls.getByTag("frame").load("items");
      await context.sync();
      expect([a.tag, b.tag, b.title, c.title, d.tag, e.tag]).toEqual([
        "frame",
        "frame",
        "Rahmen",
        "Rahmen",
        "frame",
        "frame",
      ]);
      expect(thrown(() => e.title).code).toBe("PropertyNotLoaded");
      expect(all).toMatchObject({
        tag: "frame",
        title: "Rahmen",
        cannotDelete: true,
        cannotEdit: false,
        type: "RichText",
      });
      expect([byItems.items[0].title, byName.items[0].title, whole.items[0].tag]).toEqual([
        "Rahmen",
        "Rahmen",
        "frame",
      ]);
    });
  });

  test("loading a property the object does not have fails at once", async () => {
    await Word.run(async (context) => {
      expect(thrown(() => context.document.contentControls.load("items/tagg")).code).toBe("InvalidArgument");
    });
  });
});

describe("proxies live only inside their Word.run", () => {
  test("using a proxy after its run has finished throws InvalidObjectPath; values already loaded stay readable", async () => {
    const kept = await Word.run(async (context) => {
      const first = context.document.contentControls.getFirst().load("tag");
      await context.sync();
      return { first, context };
    });
    expect(kept.first.tag).toBe("frame");
    expect(thrown(() => kept.first.load("title")).code).toBe("InvalidObjectPath");
    expect(thrown(() => kept.first.insertOoxml(ooxml("x"), "End")).code).toBe("InvalidObjectPath");
    expect(thrown(() => kept.first.paragraphs).code).toBe("InvalidObjectPath");
    expect(thrown(() => kept.context.document.getSelection()).code).toBe("InvalidObjectPath");
    expect((await rejection(kept.context.sync())).code).toBe("InvalidObjectPath");
  });

  test("the batch must return a promise", async () => {
    const run = Word.run as unknown as (batch: () => unknown) => Promise<unknown>;
    expect((await rejection(run(() => 42))).code).toBe("RunMustReturnPromise");
  });
});

describe("context.sync() is counted and runs the queue in order", () => {
  test("every sync counts; resetCounts starts again", async () => {
    await Word.run(async (context) => {
      await context.sync();
      await context.sync();
    });
    expect(word.syncCount).toBe(2);
    expect(word.runCount).toBe(1);
    word.resetCounts();
    expect(word.syncCount).toBe(0);
  });

  test("nothing reaches the document before a sync", async () => {
    const before = word.bodyText();
    await Word.run(async (context) => {
      context.document.body.insertOoxml(ooxml("Neu"), "End");
      await Promise.resolve();
      expect(word.bodyText()).toBe(before);
      await context.sync();
      expect(word.bodyText()).toBe(`${before}\nNeu`);
    });
  });

  test("Word.run sends what is still queued when the batch ends, and that counts as a sync", async () => {
    await Word.run(async (context) => {
      context.document.body.insertOoxml(ooxml("Am Ende"), "End");
    });
    expect(word.syncCount).toBe(1);
    expect(word.bodyText()).toContain("Am Ende");
    await Word.run(async () => undefined);
    expect(word.syncCount).toBe(1); // nothing queued, no round trip
  });

  test("a load queued after an insert sees the insertion; one queued before does not", async () => {
    await Word.run(async (context) => {
      const before = context.document.contentControls.load("items/tag");
      context.document.body.insertOoxml(
        flatOpcPackage(
          `<w:sdt><w:sdtPr><w:tag w:val="neu"/></w:sdtPr><w:sdtContent>${para("x")}</w:sdtContent></w:sdt>`,
        ),
        "End",
      );
      const after = context.document.contentControls.getByTag("neu").load("items/tag");
      await context.sync();
      expect(before.items.map((c) => c.tag)).not.toContain("neu");
      expect(after.items.map((c) => c.tag)).toEqual(["neu"]);
    });
    expect(word.syncCount).toBe(1);
  });
});

describe("null objects and missing items", () => {
  test("*OrNullObject proxies tell isNullObject after load and sync", async () => {
    word.placeCursor({ paragraph: "Erster" });
    await Word.run(async (context) => {
      const selection = context.document.getSelection();
      const outside = selection.parentContentControlOrNullObject.load("tag");
      const noTable = selection.parentTableOrNullObject.load("isNullObject");
      expect(thrown(() => outside.isNullObject).code).toBe("PropertyNotLoaded");
      await context.sync();
      expect(outside.isNullObject).toBe(true);
      expect(outside.tag).toBeUndefined(); // Office reads a null object's properties as undefined
      expect(noTable.isNullObject).toBe(true);
    });
    word.placeCursor({ control: "in-cell" });
    await Word.run(async (context) => {
      const selection = context.document.getSelection();
      const inside = selection.parentContentControlOrNullObject.load("tag");
      const inTable = selection.parentTableOrNullObject.load("isNullObject");
      await context.sync();
      // The cursor is in the plain-text "in-cell"; the parent lookups skip it for the rich-text frame around (office-js #1302).
      expect([inside.isNullObject, inside.tag, inTable.isNullObject]).toEqual([false, "frame", false]);
    });
  });

  test("getFirst() on an empty collection makes the sync reject with ItemNotFound", async () => {
    const error = await rejection(
      Word.run(async (context) => {
        context.document.contentControls.getByTag("nirgends").getFirst().insertOoxml(ooxml("x"), "End");
        await context.sync();
      }),
    );
    expect(error.code).toBe("ItemNotFound");
    await Word.run(async (context) => {
      const none = context.document.contentControls.getByTag("nirgends").getFirstOrNullObject().load("tag");
      await context.sync();
      expect(none.isNullObject).toBe(true);
    });
  });

  test("inserting through a null object rejects", async () => {
    word.placeCursor({ paragraph: "Erster" });
    const error = await rejection(
      Word.run(async (context) => {
        context.document.getSelection().parentContentControlOrNullObject.insertOoxml(ooxml("x"), "End");
        await context.sync();
      }),
    );
    expect(error.code).toBe("ItemNotFound");
  });
});

describe("the document model", () => {
  test("a document can be built from WordprocessingML: a body fragment, a w:document or a Flat OPC package", async () => {
    const sdt = `<w:sdt><w:sdtPr><w:tag w:val="x"/><w:lock w:val="sdtLocked"/></w:sdtPr><w:sdtContent>${para("In x")}</w:sdtContent></w:sdt>`;
    for (const xml of [sdt, documentPart(sdt, false), flatOpcPackage(sdt)]) {
      word.setBody(xml);
      expect(word.controls().map((c) => c.node.control)).toMatchObject([{ tag: "x", lock: "sdtLocked" }]);
      expect(word.bodyText()).toBe("In x"); // no empty paragraph is added after a trailing block control (office-js #866)
      expect(word.body).toHaveLength(1);
    }
  });

  test("document.contentControls: document order, nested and table-cell controls, then the header's; rich text only", async () => {
    word.setHeader([control({ tag: "im-kopf" }, [paragraph("Kopf")])]);
    await Word.run(async (context) => {
      const all = context.document.contentControls.load("items/tag");
      const body = context.document.body.contentControls.load("items/tag");
      const allKinds = context.document.getContentControls().load("items/tag");
      const bodyKinds = context.document.body.getContentControls().load("items/tag");
      await context.sync();
      // The contentControls collections leave out the plain-text "in-cell" (office-js #2160, #228, #6144); getContentControls lists it.
      expect(all.items.map((c) => c.tag)).toEqual(["frame", "heading", "im-kopf"]);
      expect(body.items.map((c) => c.tag)).toEqual(["frame", "heading"]);
      expect(allKinds.items.map((c) => c.tag)).toEqual(["frame", "heading", "in-cell", "im-kopf"]);
      expect(bodyKinds.items.map((c) => c.tag)).toEqual(["frame", "heading", "in-cell"]);
    });
  });

  test("parentBody: MainDoc, Header, and a table cell's own body inside MainDoc", async () => {
    const bodyType = async () =>
      Word.run(async (context) => {
        const body = context.document.getSelection().parentBody.load("type");
        const outer = body.parentBodyOrNullObject.load("type");
        await context.sync();
        return [body.type, outer.isNullObject ? null : outer.type];
      });
    word.placeCursor({ paragraph: "Letzter" });
    expect(await bodyType()).toEqual(["MainDoc", null]);
    word.placeCursor({ header: true });
    expect(await bodyType()).toEqual(["Header", null]);
    word.placeCursor({ table: 0, row: 0, cell: 1 });
    expect(await bodyType()).toEqual(["TableCell", "MainDoc"]);
  });

  test("text reads as Word gives it: paragraphs separated by \\r, manual line breaks as \\v", async () => {
    word.setBody(`<w:p><w:r><w:t>1. Wie</w:t><w:br/><w:t>viele?</w:t></w:r></w:p>${para("2. Wann?")}`);
    word.placeCursor({ select: ["1. Wie", "2. Wann"] });
    await Word.run(async (context) => {
      const selection = context.document.getSelection().load("text");
      const paragraphs = context.document.getSelection().paragraphs.load("items/text");
      await context.sync();
      expect(selection.text).toBe("1. Wie\vviele?\r2. Wann?");
      expect(paragraphs.items.map((p) => p.text)).toEqual(["1. Wie\vviele?", "2. Wann?"]);
    });
  });

  test("Before and After a paragraph insert siblings; body Start and End; control End appends", async () => {
    word.setBody([paragraph("B")]);
    word.placeCursor({ paragraph: "B" });
    await Word.run(async (context) => {
      const whole = context.document.getSelection().paragraphs.getLast().getRange("Whole");
      whole.insertOoxml(ooxml("A"), "Before");
      whole.insertOoxml(ooxml("C"), "After");
      context.document.body.insertOoxml(ooxml("0"), "Start");
      context.document.body.insertOoxml(
        flatOpcPackage(
          `<w:sdt><w:sdtPr><w:tag w:val="z"/></w:sdtPr><w:sdtContent>${para("Z1")}</w:sdtContent></w:sdt>`,
        ),
        "End",
      );
      await context.sync();
      context.document.contentControls.getByTag("z").getFirst().insertOoxml(ooxml("Z2"), "End");
    });
    // No empty paragraph follows the trailing block control any more (office-js #866): the body ends with z.
    expect(word.bodyText()).toBe("0\nA\nB\nC\nZ1\nZ2");
    expect(outline()).toEqual(["0", "A", "B", "C", "[Z1\nZ2]"]);
  });

  test("a package Word cannot read, or a location the object does not take, is an InvalidArgument", async () => {
    const bad = await rejection(
      Word.run(async (context) => {
        context.document.body.insertOoxml("<pkg:package", "End");
      }),
    );
    expect(bad.code).toBe("InvalidArgument");
    const where = await rejection(
      Word.run(async (context) => {
        const insert = context.document.body.insertOoxml as (ooxml: string, location: string) => unknown; // types forbid it; JavaScript does not
        insert.call(context.document.body, ooxml("x"), "After");
      }),
    );
    expect(where.code).toBe("InvalidArgument");
  });
});

describe("locks and read-only documents", () => {
  test("inserting into a content-locked control rejects with NotAllowed", async () => {
    const error = await rejection(
      Word.run(async (context) => {
        context.document.contentControls.getByTag("heading").getFirst().insertOoxml(ooxml("x"), "End");
      }),
    );
    expect(error.code).toBe("NotAllowed");
    expect(word.bodyText()).not.toContain("x");
  });

  test("a frame locked against deletion takes content, but replacing a range holding it rejects", async () => {
    await Word.run(async (context) => {
      context.document.contentControls.getByTag("frame").getFirst().insertOoxml(ooxml("Ergänzt"), "End");
    });
    expect(word.bodyText()).toContain("Ergänzt");
    word.placeCursor({ select: ["Erster", "Letzter"] });
    const error = await rejection(
      Word.run(async (context) => {
        context.document.getSelection().insertOoxml(ooxml("weg"), "Replace");
      }),
    );
    expect(error.code).toBe("NotAllowed");
    expect(word.bodyText()).toContain("Im Rahmen");
  });

  test("in a read-only document every write rejects with AccessDenied and nothing changes; reading works", async () => {
    word.setReadOnly(true);
    const before = JSON.stringify(word.body);
    const error = await rejection(
      Word.run(async (context) => {
        context.document.body.insertOoxml(ooxml("x"), "End");
        await context.sync();
      }),
    );
    expect(error.code).toBe("AccessDenied");
    expect(JSON.stringify(word.body)).toBe(before);
    const tags = await Word.run(async (context) => {
      const controls = context.document.contentControls.load("items/tag");
      await context.sync();
      return controls.items.map((c) => c.tag);
    });
    expect(tags).toEqual(["frame", "heading"]); // rich text only (#2160)
  });
});

describe("Office: platform and requirement sets", () => {
  test("isSetSupported follows the configured sets; diagnostics the platform", () => {
    // The default edition is Microsoft 365 for Windows: WordApi 1.9, WordApiDesktop 1.5, WordApiHiddenDocument 1.5.
    expect(Office.context.requirements.isSetSupported("WordApi", "1.9")).toBe(true);
    expect(Office.context.requirements.isSetSupported("WordApi", "1.10")).toBe(false);
    expect(Office.context.requirements.isSetSupported("WordApiDesktop", "1.5")).toBe(true);
    expect(Office.context.requirements.isSetSupported("WordApiDesktop", "1.6")).toBe(false);
    expect(Office.context.requirements.isSetSupported("WordApiHiddenDocument", "1.5")).toBe(true);
    expect(Office.context.requirements.isSetSupported("WordApiOnline", "1.1")).toBe(false);
    expect(Office.context.diagnostics.platform).toBe(Office.PlatformType.PC);
    expect(word.edition.id).toBe("365");
    word.setPlatform("OfficeOnline");
    word.setRequirementSets({ WordApi: "1.3", WordApiDesktop: "1.1" });
    expect(Office.context.diagnostics.platform).toBe(Office.PlatformType.OfficeOnline);
    expect(Office.context.requirements.isSetSupported("WordApi", "1.4")).toBe(false);
    expect(Office.context.requirements.isSetSupported("WordApiDesktop")).toBe(true);
  });

  test("an API newer than the host's WordApi fails the sync with ApiNotFound", async () => {
    word.setRequirementSets({ WordApi: "1.2" });
    const error = await rejection(
      Word.run(async (context) => {
        context.document.getSelection().parentTableOrNullObject.load("isNullObject");
        await context.sync();
      }),
    );
    expect(error.code).toBe("ApiNotFound");
  });

  test("uninstall removes the globals", () => {
    word.uninstall();
    expect((globalThis as { Word?: unknown }).Word).toBeUndefined();
    expect((globalThis as { Office?: unknown }).Office).toBeUndefined();
  });
});

describe("content control ids", () => {
  test("id must be loaded like any property; ids are whole numbers, unique, the same in every run and the handle's", async () => {
    const first = await Word.run(async (context) => {
      const tagsOnly = context.document.contentControls.load("items/tag");
      const frame = context.document.contentControls.getFirst();
      expect(thrown(() => frame.id).code).toBe("PropertyNotLoaded");
      await context.sync();
      expect(thrown(() => tagsOnly.items[0].id).code).toBe("PropertyNotLoaded");
      frame.load("id");
      expect(thrown(() => frame.id).code).toBe("PropertyNotLoaded"); // loaded, not yet synced
      const withIds = context.document.getContentControls().load("items/id,tag"); // every kind, the plain-text "in-cell" too
      await context.sync();
      expect(frame.id).toBe(withIds.items[0].id);
      return withIds.items.map((c) => [c.tag, c.id] as const);
    });
    const ids = first.map(([, id]) => id);
    expect(ids.every(Number.isInteger)).toBe(true);
    expect(new Set(ids).size).toBe(3);
    expect(first.map(([tag]) => word.controlId(tag))).toEqual(ids);
    const again = await Word.run(async (context) => {
      const controls = context.document.getContentControls().load("items/id");
      await context.sync();
      return controls.items.map((c) => c.id);
    });
    expect(again).toEqual(ids);
  });

  test("a control keeps its id through edits and moves; a new control never gets an old control's id", async () => {
    // A paragraph last, so that the body's "End" lands in the body, not inside the last control (office-js #866).
    word.setBody([control({ tag: "a" }, [paragraph("A")]), control({ tag: "b" }, [paragraph("B")]), paragraph("Ende")]);
    const [a, b] = [word.controlId("a"), word.controlId("b")];
    await Word.run(async (context) => {
      context.document.contentControls.getById(a).insertText("Neu", "Replace");
      context.document.contentControls.getById(b).delete(false);
      context.document.body.insertOoxml(flatOpcPackage(sdt("b", para("B2"))), "End");
    });
    word.moveControl("a", { after: "b" });
    expect(tags()).toEqual(["b", "a"]);
    expect(word.controlId("a")).toBe(a);
    expect([a, b]).not.toContain(word.controlId("b"));
  });

  test("getById of a control deleted meanwhile rejects with ItemNotFound at the sync; getByIdOrNullObject gives a null object", async () => {
    const heading = word.controlId("heading");
    word.removeControl("heading");
    const error = await rejection(
      Word.run(async (context) => {
        const gone = context.document.contentControls.getById(heading).load("tag");
        await Promise.resolve(); // nothing is looked up before the sync
        expect(thrown(() => gone.tag).code).toBe("PropertyNotLoaded");
        await context.sync();
      }),
    );
    expect(error.code).toBe("ItemNotFound");
    await Word.run(async (context) => {
      const gone = context.document.contentControls.getByIdOrNullObject(heading).load("tag");
      const there = context.document.contentControls.getByIdOrNullObject(word.controlId("frame")).load("tag");
      await context.sync();
      expect([gone.isNullObject, there.isNullObject, there.tag]).toEqual([true, false, "frame"]);
    });
  });

  test("getById finds a control deleted earlier in the same batch no more: the queue runs in order", async () => {
    const inCell = word.controlId("in-cell");
    const error = await rejection(
      Word.run(async (context) => {
        // "in-cell" is plain text: only getContentControls (not contentControls) has it to find (#2160).
        context.document.getContentControls().getById(inCell).delete(false);
        context.document.getContentControls().getById(inCell).load("tag");
        await context.sync();
      }),
    );
    expect(error.code).toBe("ItemNotFound");
    expect(tags()).toEqual(["frame", "heading"]); // what ran before the failure stays done: Word rolls nothing back
  });

  test("getById looks only in its own collection", async () => {
    await Word.run(async (context) => {
      const frame = context.document.contentControls.getById(word.controlId("frame"));
      const heading = frame.contentControls.getById(word.controlId("heading")).load("tag");
      const item = frame.contentControls.getItem(word.controlId("heading")).load("tag"); // getItem is getById under another name
      const parent = heading.parentContentControl.load("tag");
      await context.sync();
      expect([heading.tag, item.tag, parent.tag]).toEqual(["heading", "heading", "frame"]);
    });
    const error = await rejection(
      Word.run(async (context) => {
        const heading = context.document.contentControls.getById(word.controlId("heading"));
        heading.contentControls.getById(word.controlId("frame")).load("tag");
        await context.sync();
      }),
    );
    expect(error.code).toBe("ItemNotFound");
  });

  test("placeholderText is empty for our controls (they have no docPart); type stays; load() takes them all", async () => {
    await Word.run(async (context) => {
      const all = context.document.contentControls.getFirst().load();
      const items = context.document.getContentControls().load("items/placeholderText,type");
      const richOnly = context.document.contentControls.load("items/type");
      await context.sync();
      expect(all).toMatchObject({ id: word.controlId("frame"), placeholderText: "", type: "RichText" });
      expect(items.items.map((c) => [c.placeholderText, c.type])).toEqual([
        ["", "RichText"],
        ["", "RichText"],
        ["", "PlainText"],
      ]);
      expect(richOnly.items.map((c) => c.type)).toEqual(["RichText", "RichText"]); // contentControls: rich text only (#2160)
    });
  });
});

describe("a control's parents and ranges", () => {
  test("parentContentControlOrNullObject is the innermost control around, across a table; a null object at the top", async () => {
    await Word.run(async (context) => {
      const all = context.document.getContentControls(); // "in-cell" is plain text, which contentControls leaves out (#2160)
      const parents = ["frame", "heading", "in-cell"].map((tag) =>
        all.getByTag(tag).getFirst().parentContentControlOrNullObject.load("tag"),
      );
      await context.sync();
      expect(parents.map((p) => (p.isNullObject ? null : p.tag))).toEqual([null, "frame", "frame"]);
    });
    const error = await rejection(
      Word.run(async (context) => {
        context.document.contentControls.getFirst().parentContentControl.load("tag");
        await context.sync();
      }),
    );
    expect(error.code).toBe("ItemNotFound");
  });

  test("getRange: Whole inserts Before and After the control in its container; Start and End are points inside it, Before and After outside", async () => {
    word.setBody([paragraph("Davor"), control({ tag: "s" }, [paragraph("Innen")]), paragraph("Danach")]);
    await Word.run(async (context) => {
      const s = context.document.contentControls.getByTag("s").getFirst();
      s.getRange("Whole").insertOoxml(ooxml("Vor s"), "Before");
      s.getRange().insertOoxml(ooxml("Nach s"), "After");
      s.getRange("Start").insertOoxml(ooxml("Anfang"), "Start");
      s.getRange("End").insertOoxml(ooxml("Ende"), "End");
      s.getRange("Before").insertOoxml(ooxml("Direkt vor s"), "End"); // a point: every location means "here"
      s.getRange("After").insertOoxml(ooxml("Direkt nach s"), "Start");
    });
    expect(outline()).toEqual([
      "Davor",
      "Vor s",
      "Direkt vor s",
      "[Anfang\nInnen\nEnde]",
      "Direkt nach s",
      "Nach s",
      "Danach",
    ]);
  });

  test("a range's text, emptiness and control: Whole and Content hold the content, the points hold nothing", async () => {
    await Word.run(async (context) => {
      const heading = context.document.contentControls.getByTag("heading").getFirst();
      const ranges = (["Whole", "Content", "Start", "Before", "After"] as const).map((where) =>
        heading.getRange(where),
      );
      ranges.forEach((r) => r.load("text,isEmpty"));
      const parents = ranges.map((r) => r.parentContentControlOrNullObject.load("tag"));
      await context.sync();
      expect(ranges.map((r) => [r.text, r.isEmpty])).toEqual([
        ["Überschrift", false],
        ["Überschrift", false],
        ["", true],
        ["", true],
        ["", true],
      ]);
      expect(parents.map((p) => p.tag)).toEqual(["heading", "heading", "heading", "frame", "frame"]);
    });
  });

  test("the lock of a content-locked control guards the points inside it, not those outside", async () => {
    const inside = await rejection(
      Word.run(async (context) => {
        context.document.contentControls.getByTag("heading").getFirst().getRange("End").insertOoxml(ooxml("x"), "End");
      }),
    );
    expect(inside.code).toBe("NotAllowed");
    await Word.run(async (context) => {
      context.document.contentControls
        .getByTag("heading")
        .getFirst()
        .getRange("Whole")
        .insertOoxml(ooxml("Neben der Überschrift"), "After");
    });
    expect(textOf(word.control("frame")!.children)).toContain("Überschrift\nNeben der Überschrift");
  });

  test("getRange takes only Word's locations", async () => {
    const error = await rejection(
      Word.run(async (context) => {
        const getRange = context.document.contentControls.getFirst().getRange as (location: string) => Word.Range; // types forbid it; JavaScript does not
        getRange.call(context.document.contentControls.getFirst(), "Middle").load("text");
        await context.sync();
      }),
    );
    expect(error.code).toBe("InvalidArgument");
  });

  test("Range.contentControls: the controls a range covers in document order; a control's whole range includes the control", async () => {
    await Word.run(async (context) => {
      const frame = context.document.contentControls.getFirst();
      const whole = frame.getRange("Whole").contentControls.load("items/tag");
      const content = frame.getRange("Content").contentControls.load("items/tag");
      const point = frame.getRange("Start").contentControls.load("items/tag");
      const wholeKinds = frame.getRange("Whole").getContentControls().load("items/tag");
      const plain = frame
        .getRange("Content")
        .getContentControls({ types: [Word.ContentControlType.plainText] })
        .load("items/tag");
      await context.sync();
      // Range.contentControls lists rich text only (#2160): the plain-text "in-cell" only through getContentControls.
      expect(whole.items.map((c) => c.tag)).toEqual(["frame", "heading"]);
      expect(content.items.map((c) => c.tag)).toEqual(["heading"]);
      expect(point.items).toEqual([]);
      expect(wholeKinds.items.map((c) => c.tag)).toEqual(["frame", "heading", "in-cell"]);
      expect(plain.items.map((c) => c.tag)).toEqual(["in-cell"]);
    });
  });
});

describe("select", () => {
  test("select() puts the selection on the whole control, at the sync; getSelection sees it in a later run", async () => {
    word.placeCursor({ paragraph: "Erster" });
    expect(word.selectedControlTag()).toBeNull();
    await Word.run(async (context) => {
      context.document.contentControls.getByTag("heading").getFirst().select();
      await Promise.resolve();
      expect(word.selectedControlTag()).toBeNull(); // queued, not sent
      await context.sync();
      expect(word.selection()).toEqual({ controlTag: "heading", extent: "whole", text: "Überschrift" });
    });
    await Word.run(async (context) => {
      const selection = context.document.getSelection().load("text");
      const around = context.document.getSelection().parentContentControlOrNullObject.load("tag");
      await context.sync();
      expect([selection.text, around.tag]).toEqual(["Überschrift", "heading"]);
    });
  });

  test('select("Start") and select("End") put the cursor just inside the control; select is an action Word.run sends at the end', async () => {
    await Word.run(async (context) => {
      context.document.getContentControls().getById(word.controlId("in-cell")).select("End"); // plain text: not in contentControls
    });
    expect(word.syncCount).toBe(1);
    expect(word.selection()).toEqual({ controlTag: "in-cell", extent: "end", text: "" });
    await Word.run(async (context) => {
      context.document.contentControls.getFirst().select("Start");
    });
    expect(word.selection()).toEqual({ controlTag: "frame", extent: "start", text: "" });
  });

  test("selecting changes no content, so it works in a read-only document; an unknown mode is an InvalidArgument", async () => {
    word.setReadOnly(true);
    await Word.run(async (context) => {
      context.document.contentControls.getById(word.controlId("heading")).select("Select");
    });
    expect(word.selectedControlTag()).toBe("heading");
    const error = await rejection(
      Word.run(async (context) => {
        const select = context.document.contentControls.getFirst().select as (mode: string) => void;
        select.call(context.document.contentControls.getFirst(), "Everything");
      }),
    );
    expect(error.code).toBe("InvalidArgument");
  });
});

describe("insertText, title and tag", () => {
  const numbered = (): WmlNode => ({
    type: "paragraph",
    style: "Frage",
    children: [text("Frage "), control({ tag: "nr" }, [text("1.")]), text(" Wie?")],
  });

  test("Replace puts the text in place of an inline control's runs; the paragraph around it stays", async () => {
    word.setBody([numbered()]);
    await Word.run(async (context) => {
      context.document.contentControls.getByTag("nr").getFirst().insertText("2.", "Replace");
    });
    expect(word.body).toEqual([
      {
        type: "paragraph",
        style: "Frage",
        children: [text("Frage "), control({ tag: "nr" }, [text("2.")]), text(" Wie?")],
      },
    ]);
    await Word.run(async (context) => {
      const nr = context.document.contentControls.getByTag("nr").getFirst();
      nr.insertText("(", "Start");
      nr.insertText(")", "End");
    });
    expect(word.bodyText()).toBe("Frage (2.) Wie?");
  });

  test("Replace in a block control leaves one paragraph per line, in the style of its first; it no longer shows its placeholder", async () => {
    word.setBody([
      control({ tag: "b", showingPlaceholder: true }, [paragraph("Text eingeben", "Antwort"), paragraph("zweiter")]),
    ]);
    await Word.run(async (context) => {
      context.document.contentControls.getByTag("b").getFirst().insertText("Erste Zeile\nZweite\tZeile", "Replace");
    });
    expect(word.control("b")).toEqual(
      control({ tag: "b" }, [
        paragraph("Erste Zeile", "Antwort"),
        { type: "paragraph", style: "Antwort", children: [text("Zweite"), { type: "tab" }, text("Zeile")] },
      ]),
    );
  });

  test("Start or End in a control showing its placeholder replaces the placeholder, as typing does", async () => {
    word.setBody([control({ tag: "p", showingPlaceholder: true }, [paragraph("Text eingeben")])]);
    await Word.run(async (context) => {
      context.document.contentControls.getFirst().insertText("Meins", "End");
    });
    expect(word.bodyText()).toBe("Meins"); // no empty paragraph after the trailing block control (office-js #866)
    expect(word.control("p")!.control.showingPlaceholder).toBe(false);
  });

  test("a control holding only runs in a table cell keeps its runs", async () => {
    await Word.run(async (context) => {
      context.document.getContentControls().getById(word.controlId("in-cell")).insertText("Neu", "Replace");
    });
    expect(word.control("in-cell")!.children).toEqual([text("Neu")]);
  });

  test("insertText into a content-locked control rejects with NotAllowed, and so does replacing a control locked against deletion", async () => {
    const before = JSON.stringify(word.body);
    const locked = await rejection(
      Word.run(async (context) => {
        context.document.contentControls.getByTag("heading").getFirst().insertText("x", "Replace");
      }),
    );
    expect(locked.code).toBe("NotAllowed");
    const holding = await rejection(
      Word.run(async (context) => {
        context.document.contentControls.getFirst().insertText("x", "Replace"); // the frame holds the heading
      }),
    );
    expect(holding.code).toBe("NotAllowed");
    expect(JSON.stringify(word.body)).toBe(before);
    await Word.run(async (context) => {
      context.document.contentControls.getFirst().insertText("Vorweg: ", "Start"); // adding text removes nothing
    });
    expect(word.bodyText()).toContain("Vorweg: Im Rahmen");
  });

  test("insertText in a read-only document rejects with AccessDenied", async () => {
    word.setReadOnly(true);
    const error = await rejection(
      Word.run(async (context) => {
        context.document.contentControls.getById(word.controlId("in-cell")).insertText("x", "Replace");
      }),
    );
    expect(error.code).toBe("AccessDenied");
    expect(textOf(word.control("in-cell")!.children)).toBe("Zelle");
  });

  test("title and tag are written by a queued write; the proxy reads the new value at once", async () => {
    await Word.run(async (context) => {
      const cell = context.document.getContentControls().getByTag("in-cell").getFirst(); // plain text (#2160)
      expect(thrown(() => cell.title).code).toBe("PropertyNotLoaded");
      cell.title = "Zelle 1";
      cell.tag = "zelle-1";
      expect([cell.title, cell.tag]).toEqual(["Zelle 1", "zelle-1"]);
      expect(thrown(() => cell.text).code).toBe("PropertyNotLoaded");
      expect(word.control("in-cell")!.control.title).toBe(""); // not sent yet
      await context.sync();
      expect(word.control("zelle-1")!.control.title).toBe("Zelle 1");
      const reloaded = context.document.getContentControls().getByTag("zelle-1").load("items/title");
      await context.sync();
      expect(reloaded.items.map((c) => c.title)).toEqual(["Zelle 1"]);
    });
  });

  test("setting a title: AccessDenied in a read-only document, InvalidObjectPath after the run", async () => {
    word.setReadOnly(true);
    const error = await rejection(
      Word.run(async (context) => {
        context.document.contentControls.getFirst().title = "x";
      }),
    );
    expect(error.code).toBe("AccessDenied");
    expect(word.control("frame")!.control.title).toBe("Rahmen");
    const kept = await Word.run(async (context) => context.document.contentControls.getFirst());
    expect(
      thrown(() => {
        kept.title = "y";
      }).code,
    ).toBe("InvalidObjectPath");
  });
});

describe("deleting controls", () => {
  test("delete(false) removes the control with its content; delete(true) unwraps it, keeping the content", async () => {
    word.setBody([
      control({ tag: "weg" }, [paragraph("Weg")]),
      control({ tag: "hülle" }, [paragraph("Bleibt")]),
      paragraph("Ende"),
    ]);
    await Word.run(async (context) => {
      context.document.contentControls.getByTag("weg").getFirst().delete(false);
      context.document.contentControls.getByTag("hülle").getFirst().delete(true);
    });
    expect(word.controls()).toEqual([]);
    expect(outline()).toEqual(["Bleibt", "Ende"]);
  });

  test("a control locked against deletion, or holding one, cannot be deleted; unwrapping asks only the control itself", async () => {
    word.setBody([
      control({ tag: "außen" }, [paragraph("A"), control({ tag: "fest", lock: "sdtLocked" }, [paragraph("F")])]),
    ]);
    const attempts: [string, boolean][] = [
      ["außen", false],
      ["fest", false],
      ["fest", true],
    ];
    for (const [tag, keepContent] of attempts) {
      const error = await rejection(
        Word.run(async (context) => {
          context.document.contentControls.getByTag(tag).getFirst().delete(keepContent);
        }),
      );
      expect([tag, keepContent, error.code]).toEqual([tag, keepContent, "NotAllowed"]);
    }
    expect(tags()).toEqual(["außen", "fest"]);
    await Word.run(async (context) => {
      context.document.contentControls.getByTag("außen").getFirst().delete(true);
    });
    expect(outline()).toEqual(["A", "[F]"]); // no empty paragraph is added after a trailing block control (office-js #866)
  });

  test("the section frame of the fixture (sdtLocked) cannot be deleted either way", async () => {
    for (const keepContent of [false, true]) {
      const error = await rejection(
        Word.run(async (context) => {
          context.document.contentControls.getFirst().delete(keepContent);
        }),
      );
      expect(error.code).toBe("NotAllowed");
    }
    expect(tags()).toEqual(["frame", "heading", "in-cell"]);
  });

  test("deleting inside a content-locked control rejects; the cursor leaves a control that was deleted", async () => {
    word.setBody([
      control({ tag: "gesperrt", lock: "contentLocked" }, [control({ tag: "innen" }, [paragraph("I")])]),
      control({ tag: "x" }, [paragraph("X")]),
      paragraph("Schluss"),
    ]);
    const error = await rejection(
      Word.run(async (context) => {
        context.document.contentControls.getByTag("innen").getFirst().delete(true);
      }),
    );
    expect(error.code).toBe("NotAllowed");
    word.placeCursor({ control: "x" });
    await Word.run(async (context) => {
      context.document.contentControls.getByTag("x").getFirst().delete(false);
    });
    expect(outline()).toEqual(["[I]", "Schluss"]);
    expect(word.selectedControlTag()).toBeNull();
    await Word.run(async (context) => {
      const paragraph = context.document.getSelection().paragraphs.getFirst().load("text");
      await context.sync();
      expect(paragraph.text).toBe("Schluss");
    });
  });
});

describe("tables", () => {
  const tables = () => [
    control({ tag: "frame" }, [
      table([["A", [control({ tag: "a" }, [paragraph("a")]), control({ tag: "b" }, [paragraph("b")])]]]),
    ]),
    table([[[paragraph("außen"), table([[[control({ tag: "tief" }, [paragraph("T")]), paragraph()]]]), paragraph()]]]),
  ];

  test("body.tables lists the tables of the body, not those nested in cells; Table.tables those one level deeper", async () => {
    word.setBody(tables());
    await Word.run(async (context) => {
      const all = context.document.body.tables.load("items/rowCount");
      const inFrame = context.document.contentControls.getByTag("frame").getFirst().tables.load("items/values");
      await context.sync();
      expect(all.items).toHaveLength(2);
      expect(inFrame.items.map((t) => t.values)).toEqual([[["A", "a\rb"]]]);
      const nested = all.items[1].tables.load("items/rowCount");
      await context.sync();
      expect(nested.items.map((t) => t.rowCount)).toEqual([1]);
      expect(thrown(() => all.items[0].values).code).toBe("PropertyNotLoaded");
    });
  });

  test("a table's range lists the controls in it, nested tables included; parentContentControlOrNullObject is the control around the table", async () => {
    word.setBody(tables());
    await Word.run(async (context) => {
      const all = context.document.body.tables.load("items");
      await context.sync();
      const controls = all.items.map((t) => t.getRange("Whole").contentControls.load("items/tag"));
      const parents = all.items.map((t) => t.parentContentControlOrNullObject.load("tag"));
      await context.sync();
      expect(controls.map((c) => c.items.map((i) => i.tag))).toEqual([["a", "b"], ["tief"]]);
      expect(parents.map((p) => (p.isNullObject ? null : p.tag))).toEqual(["frame", null]);
    });
    const error = await rejection(
      Word.run(async (context) => {
        context.document.body.tables.getFirst().tables.getFirst().parentContentControl.load("tag"); // the nested table has none
        await context.sync();
      }),
    );
    expect(error.code).toBe("ItemNotFound");
  });

  test("Range.tables: the tables a range covers; getFirstOrNullObject on none is a null object", async () => {
    await Word.run(async (context) => {
      const inFrame = context.document.contentControls.getFirst().getRange("Whole").tables.load("items/values");
      const none = context.document.contentControls
        .getByTag("heading")
        .getFirst()
        .getRange("Whole")
        .tables.getFirstOrNullObject()
        .load("rowCount");
      await context.sync();
      expect(inFrame.items.map((t) => t.values)).toEqual([[["A1", "B1 \rZelle"]]]);
      expect(none.isNullObject).toBe(true);
    });
  });

  test('Table.getRange("After") inserts after the table; a table\'s Whole range is in that table', async () => {
    word.setBody([table([["x"]]), paragraph("Ende")]);
    await Word.run(async (context) => {
      const first = context.document.body.tables.getFirst();
      first.getRange("After").insertOoxml(ooxml("Nach der Tabelle"), "Start");
      const inTable = first.getRange().parentTableOrNullObject.load("rowCount");
      await context.sync();
      expect(inTable.isNullObject).toBe(false);
    });
    expect(outline()).toEqual(["x", "Nach der Tabelle", "Ende"]);
  });

  test("office-js #2040 (Word on the web): the document's collection misses controls in table cells; a table's range still lists them", async () => {
    word.setTableControlsMissingFromDocumentCollection(true);
    const inCell = word.controlId("in-cell");
    await Word.run(async (context) => {
      // "in-cell" is plain text, which only getContentControls lists (#2160): it stands for the collections here.
      const all = context.document.getContentControls().load("items/tag");
      const body = context.document.body.getContentControls().load("items/tag");
      const byTag = context.document.getContentControls().getByTag("in-cell").load("items/tag");
      const byId = context.document.getContentControls().getByIdOrNullObject(inCell).load("tag");
      const found = context.document.body.tables.load("items");
      await context.sync();
      expect(all.items.map((c) => c.tag)).toEqual(["frame", "heading"]);
      expect(body.items.map((c) => c.tag)).toEqual(["frame", "heading"]);
      expect(byTag.items).toEqual([]);
      expect(byId.isNullObject).toBe(true);
      const inTable = found.items[0].getRange("Whole").getContentControls().load("items/id,tag");
      await context.sync();
      expect(inTable.items.map((c) => [c.tag, c.id])).toEqual([["in-cell", inCell]]);
    });
    word.setTableControlsMissingFromDocumentCollection(false);
    await Word.run(async (context) => {
      const all = context.document.getContentControls().load("items/tag");
      await context.sync();
      expect(all.items.map((c) => c.tag)).toEqual(["frame", "heading", "in-cell"]);
    });
  });

  test("the #2040 option can be set at installation", async () => {
    word = installTestWord({
      body: [table([[[control({ tag: "z" }, [paragraph("z")]), paragraph()]]])],
      tableControlsMissingFromDocumentCollection: true,
    });
    await Word.run(async (context) => {
      const all = context.document.contentControls.load("items/tag");
      await context.sync();
      expect(all.items).toEqual([]);
    });
  });

  test("a check reads every control with id, parent and the controls in tables in two syncs on WordApi 1.3, with #2040 or without", async () => {
    word.setRequirementSets({ WordApi: "1.3" });
    // Below WordApi 1.5 only the rich-text collections exist: a plain-text "in-cell" is invisible to the check (#2160).
    for (const [kind, missing] of [
      ["richText", false],
      ["richText", true],
      ["plainText", false],
      ["plainText", true],
    ] as const) {
      word.control("in-cell")!.control.kind = kind;
      word.setTableControlsMissingFromDocumentCollection(missing);
      word.resetCounts();
      const read = await Word.run(async (context) => {
        const controls = context.document.contentControls.load("items/id,tag,title,text");
        const found = context.document.body.tables.load("items/rowCount");
        await context.sync();
        const parents = controls.items.map((c) => c.parentContentControlOrNullObject.load("id"));
        const inTables = found.items.map((t) => ({
          controls: t.getRange("Whole").contentControls.load("items/id,tag,title,text"),
          parent: t.parentContentControlOrNullObject.load("id"),
        }));
        await context.sync();
        const tagOf = new Map(controls.items.map((c) => [c.id, c.tag]));
        const parentTag = (p: Word.ContentControl) => (p.isNullObject ? null : tagOf.get(p.id));
        return {
          listed: controls.items.map((c, i) => [c.tag, parentTag(parents[i])]),
          inTables: inTables.flatMap((t) => t.controls.items.map((c) => [c.tag, parentTag(t.parent)])),
        };
      });
      expect(word.syncCount).toBe(2);
      const seen = kind === "richText";
      expect(read.inTables).toEqual(seen ? [["in-cell", "frame"]] : []);
      expect(read.listed).toEqual([
        ["frame", null],
        ["heading", "frame"],
        ...(missing || !seen ? [] : [["in-cell", "frame"]]),
      ]);
    }
  });
});

describe("the user edits the document between runs", () => {
  test("setText: the user types into a control, past any lock; it no longer shows its placeholder; the paragraph around an inline one stays", () => {
    word.setBody([
      control({ tag: "feld", showingPlaceholder: true, lock: "sdtContentLocked" }, [
        paragraph("Text eingeben", "Antwort"),
      ]),
      { type: "paragraph", style: "", children: [text("Nr. "), control({ tag: "nr" }, [text("1")])] },
    ]);
    word.setText("feld", "Meine Antwort");
    word.setText("nr", "7");
    expect(word.control("feld")).toEqual(
      control({ tag: "feld", lock: "sdtContentLocked" }, [paragraph("Meine Antwort", "Antwort")]),
    );
    expect(word.bodyText()).toBe("Meine Antwort\nNr. 7");
  });

  test("removeControl: another editor deletes a whole section, past its locks; the cursor leaves it", async () => {
    word.placeCursor({ control: "heading" });
    word.removeControl("frame");
    expect(outline()).toEqual(["Erster Absatz", "Letzter Absatz"]);
    expect(word.controls()).toEqual([]);
    expect(word.selection()).toEqual({ controlTag: null, extent: "start", text: "" });
    await Word.run(async (context) => {
      const paragraph = context.document.getSelection().paragraphs.getFirst().load("text");
      await context.sync();
      expect(paragraph.text).toBe("Letzter Absatz");
    });
  });

  test("the index picks among controls with the same tag; moveControl places a control before or after another", () => {
    word.setBody([
      control({ tag: "q" }, [paragraph("1")]),
      control({ tag: "q" }, [paragraph("2")]),
      control({ tag: "q" }, [paragraph("3")]),
      control({ tag: "ende" }, [paragraph("E")]),
    ]);
    const third = word.controlId("q", 2);
    word.moveControl("q", { before: "q", index: 0 }, 2);
    expect(outline()).toEqual(["[3]", "[1]", "[2]", "[E]"]); // no empty paragraph after the last control (office-js #866)
    expect(word.controlId("q", 0)).toBe(third);
    word.moveControl("q", { after: "ende" });
    word.removeControl("q", 1);
    expect(outline()).toEqual(["[1]", "[E]", "[3]"]);
  });

  test("a test's mistakes are plain errors, not Office's", () => {
    expect(() => word.setText("nirgends", "x")).toThrow(/word emulator: no control/);
    expect(() => word.removeControl("heading", 1)).toThrow(/word emulator: no control/);
    expect(() => word.moveControl("frame", { before: "heading" })).toThrow(/word emulator/);
  });
});

describe("requirement sets of the check's and repairs' APIs", () => {
  test("the WordApi 1.3 ones fail the sync with ApiNotFound on a WordApi 1.2 host", async () => {
    word.setRequirementSets({ WordApi: "1.2" });
    const frame = word.controlId("frame");
    const uses: [string, (context: Word.RequestContext) => void][] = [
      ["ContentControl.getRange", (c) => void c.document.contentControls.getById(frame).getRange("Whole").load("text")],
      [
        "ContentControl.parentContentControlOrNullObject",
        (c) => void c.document.contentControls.getById(frame).parentContentControlOrNullObject.load("id"),
      ],
      ["ContentControl.tables", (c) => void c.document.contentControls.getById(frame).tables.load("items")],
      ["Body.tables", (c) => void c.document.body.tables.load("items")],
      [
        "ContentControlCollection.getByIdOrNullObject",
        (c) => void c.document.contentControls.getByIdOrNullObject(frame).load("id"),
      ],
    ];
    for (const [api, use] of uses) {
      const error = await rejection(
        Word.run(async (context) => {
          use(context);
          await context.sync();
        }),
      );
      expect([api, error.code]).toEqual([api, "ApiNotFound"]);
    }
  });

  test("the WordApi 1.1 ones work on a WordApi 1.1 host: id, placeholderText, getById, select, insertText, title, tag, delete, Range.contentControls", async () => {
    word.setRequirementSets({ WordApi: "1.1" });
    // A WordApi 1.1 host reaches rich text controls only (getContentControls needs 1.5; #2160): make "in-cell" one.
    word.control("in-cell")!.control.kind = "richText";
    const inCell = word.controlId("in-cell");
    word.placeCursor({ select: ["Erster", "Letzter"] });
    await Word.run(async (context) => {
      const all = context.document.contentControls.load("items/id,placeholderText");
      const inSelection = context.document.getSelection().contentControls.load("items/tag");
      const cell = context.document.contentControls.getById(inCell);
      cell.select("Start");
      cell.insertText("Neu", "Replace");
      cell.title = "Zelle";
      cell.tag = "zelle";
      await context.sync();
      expect(all.items.map((c) => c.id)).toContain(inCell);
      expect(inSelection.items.map((c) => c.tag)).toEqual(["frame", "heading", "in-cell"]);
      cell.delete(true);
    });
    expect(tags()).toEqual(["frame", "heading"]);
    expect(word.bodyText()).toContain("B1 \nNeu");
  });
});

describe("custom document properties", () => {
  test("add is a queued write; items need load and sync; a read-only document refuses the write", async () => {
    await Word.run(async (context) => {
      const custom = context.document.properties.customProperties;
      custom.add("Ratsantwort.AnfrageVom", "10.06.2013");
      expect(word.customProperties()).toEqual({});
      custom.load("items/key,value");
      expect(() => custom.items).toThrow(/not available/);
      await context.sync();
      expect(custom.items.map((p) => [p.key, p.value])).toEqual([["Ratsantwort.AnfrageVom", "10.06.2013"]]);
    });
    word.setReadOnly(true);
    await expect(
      Word.run(async (context) => {
        context.document.properties.customProperties.add("x", "y");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "AccessDenied" });
    expect(word.customProperties()).toEqual({ "Ratsantwort.AnfrageVom": "10.06.2013" });
  });
});

describe("the user in the preview: typing under Word's rules, the selection event, redraws", () => {
  const frame = () => word.control("frame")!;
  const cell = () => word.control("in-cell")!;

  test("typing replaces a control's text and puts the cursor there, but raises no DocumentSelectionChanged (office-js #2964)", async () => {
    const events: string[] = [];
    Office.context.document.addHandlerAsync(Office.EventType.DocumentSelectionChanged, (event: { type: string }) =>
      events.push(event.type),
    );
    expect(word.user.type(cell(), "Neu")).toBeNull();
    expect(textOf([cell()])).toBe("Neu");
    expect(word.selectedControlTag()).toBe("in-cell");
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(events).toEqual([]);
    word.user.placeCursor({ node: frame(), extent: "start" }); // moving the cursor still raises it, afterwards
    expect(events).toEqual([]); // never inside the action itself
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(events).toEqual(["documentSelectionChanged"]);
  });

  test("a co-author's typing changes the text and raises this add-in's DocumentSelectionChanged (office-js #4114)", async () => {
    const events: string[] = [];
    Office.context.document.addHandlerAsync(Office.EventType.DocumentSelectionChanged, (event: { type: string }) =>
      events.push(event.type),
    );
    word.coauthor.type(cell(), "Von woanders");
    expect(textOf([cell()])).toBe("Von woanders");
    expect(events).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(events).toEqual(["documentSelectionChanged"]);
  });

  test("removeHandlerAsync with the handler stops the events", async () => {
    const events: string[] = [];
    const handler = () => void events.push("called");
    Office.context.document.addHandlerAsync(Office.EventType.DocumentSelectionChanged, handler);
    Office.context.document.removeHandlerAsync(Office.EventType.DocumentSelectionChanged, { handler });
    word.user.placeCursor({ node: word.body[0] as Extract<WmlNode, { type: "paragraph" }>, extent: "end" });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(events).toEqual([]);
  });

  test("a read-only document and content-locked controls refuse typing, and nothing changes", () => {
    word.setLock(frame(), "sdtContentLocked");
    expect(word.user.refusal(cell())).toBe("locked");
    expect(word.user.type(cell(), "Neu")).toBe("locked");
    expect(textOf([cell()])).toBe("Zelle");
    word.setLock(frame(), "sdtLocked");
    word.setReadOnly(true);
    expect(word.user.type(cell(), "Neu")).toBe("readOnly");
    expect(textOf([cell()])).toBe("Zelle");
  });

  test("a selection of whole paragraphs runs through siblings only", () => {
    const [first, , last] = word.body as Extract<WmlNode, { type: "paragraph" }>[];
    word.user.placeCursor({ node: first, extent: "whole", through: last });
    expect(word.selection().text).toContain("Erster Absatz");
    expect(() => word.user.placeCursor({ node: first, extent: "whole", through: cell() })).toThrow(/siblings/);
  });

  test("subscribers hear of every sync, and select() through the API is counted", async () => {
    let heard = 0;
    const unsubscribe = word.subscribe(() => heard++);
    await Word.run(async (context) => {
      context.document.contentControls.getById(word.controlId("frame")).select("Select");
      await context.sync();
    });
    expect(heard).toBe(1);
    expect(word.selectionsByApi).toBe(1);
    unsubscribe();
    word.setReadOnly(true);
    expect(heard).toBe(1);
  });

  test("partition key and Office theme are Office.context's", () => {
    word.uninstall();
    word = installTestWord({
      partitionKey: "abc",
      officeTheme: {
        bodyBackgroundColor: "#1f1f1f",
        bodyForegroundColor: "#fff",
        controlBackgroundColor: "#000",
        controlForegroundColor: "#fff",
      },
    });
    expect(Office.context.partitionKey).toBe("abc");
    expect(Office.context.officeTheme.bodyBackgroundColor).toBe("#1f1f1f");
  });
});

describe("Word as harsh as it is: editions, rich-text-only collections, Word's placeholders, End inserts, Track Changes, getOoxml", () => {
  /** One control of each kind: a rich-text block, then inline plain text, date, drop-down, combo box and check box. */
  const everyKind = (): WmlNode[] => [
    control({ tag: "rich" }, [paragraph("R")]),
    {
      type: "paragraph",
      style: "",
      children: [
        control({ tag: "plain", kind: "plainText" }, [text("P")]),
        control({ tag: "date", kind: "date" }, [text("01.01.2026")]),
        control({ tag: "drop", kind: "dropDown", choices: ["ja", "nein"] }, [text("ja")]),
        control({ tag: "combo", kind: "comboBox", choices: ["a"] }, [text("a")]),
        control({ tag: "box", kind: "checkbox" }, [text("☐")]),
      ],
    },
  ];
  const listedTags = (types?: Word.ContentControlType[]) =>
    Word.run(async (context) => {
      const listed = context.document.getContentControls(types ? { types } : undefined).load("items/tag");
      await context.sync();
      return listed.items.map((c) => c.tag);
    });

  test("contentControls lists rich text only; getContentControls({ types }) the kinds asked for (office-js #2160, #228, #6144)", async () => {
    word.setBody(everyKind());
    await Word.run(async (context) => {
      const listed = context.document.contentControls.load("items/tag");
      const inBody = context.document.body.contentControls.load("items/tag");
      const every = context.document.getContentControls().load("items/tag,type");
      const types = [Word.ContentControlType.dropDownList, Word.ContentControlType.checkBox];
      const some = context.document.getContentControls({ types }).load("items/tag");
      const plainInBody = context.document.body
        .getContentControls({ types: [Word.ContentControlType.plainText] })
        .load("items/tag");
      const byTag = context.document.contentControls.getByTag("plain").load("items/tag");
      const byTagOfAll = context.document.getContentControls().getByTag("plain").load("items/tag");
      await context.sync();
      expect(listed.items.map((c) => c.tag)).toEqual(["rich"]);
      expect(inBody.items.map((c) => c.tag)).toEqual(["rich"]);
      expect(every.items.map((c) => [c.tag, c.type])).toEqual([
        ["rich", "RichText"],
        ["plain", "PlainText"],
        ["date", "DatePicker"],
        ["drop", "DropDownList"],
        ["combo", "ComboBox"],
        ["box", "CheckBox"],
      ]);
      expect(some.items.map((c) => c.tag)).toEqual(["drop", "box"]);
      expect(plainInBody.items.map((c) => c.tag)).toEqual(["plain"]);
      expect(byTag.items).toEqual([]); // getByTag sees only the collection's members
      expect(byTagOfAll.items.map((c) => c.tag)).toEqual(["plain"]);
    });
    const plain = word.controlId("plain");
    const error = await rejection(
      Word.run(async (context) => {
        context.document.contentControls.getById(plain).load("tag"); // getById, too
        await context.sync();
      }),
    );
    expect(error.code).toBe("ItemNotFound");
  });

  test("ContentControl.contentControls lists the rich text inside; its getContentControls every kind", async () => {
    await Word.run(async (context) => {
      const frame = context.document.contentControls.getFirst();
      const inside = frame.contentControls.load("items/tag");
      const every = frame.getContentControls().load("items/tag");
      await context.sync();
      expect(inside.items.map((c) => c.tag)).toEqual(["heading"]);
      expect(every.items.map((c) => c.tag)).toEqual(["heading", "in-cell"]);
    });
  });

  test("getContentControls lists the kinds the edition supports; it needs WordApi 1.5; an unknown type is an InvalidArgument", async () => {
    word.setBody(everyKind());
    expect(await listedTags()).toEqual(["rich", "plain", "date", "drop", "combo", "box"]); // 365
    word = installTestWord({ edition: "2024", body: everyKind() });
    expect(await listedTags()).toEqual(["rich", "plain", "box"]);
    expect(await listedTags([Word.ContentControlType.dropDownList])).toEqual([]);
    word = installTestWord({ edition: "web", body: everyKind() });
    expect(await listedTags()).toEqual(["rich", "plain", "drop", "combo", "box"]); // date pickers need WordApiDesktop 1.3
    word = installTestWord({ edition: "2019", body: everyKind() });
    expect((await rejection(listedTags())).code).toBe("ApiNotFound"); // WordApi 1.3
    word = installTestWord({ body: everyKind() });
    expect((await rejection(listedTags(["Kästchen" as Word.ContentControlType]))).code).toBe("InvalidArgument");
  });

  test("editions: 365 by default; each brings its platform, requirement sets and version; explicit options override", () => {
    expect(word.edition.id).toBe("365");
    expect(Office.context.diagnostics.version).toBe(EDITIONS["365"].version);
    word = installTestWord({ edition: "2019" });
    expect(Office.context.diagnostics.version).toBe(EDITIONS["2019"].version);
    expect(EDITIONS["2019"].version).not.toBe(EDITIONS["365"].version);
    expect(Office.context.requirements.isSetSupported("WordApi", "1.3")).toBe(true);
    expect(Office.context.requirements.isSetSupported("WordApi", "1.4")).toBe(false);
    word = installTestWord({ edition: "web" });
    expect(Office.context.diagnostics.platform).toBe(Office.PlatformType.OfficeOnline);
    expect(Office.context.requirements.isSetSupported("WordApiDesktop", "1.1")).toBe(false);
    word = installTestWord({ edition: "web", platform: "PC", requirementSets: { WordApi: "1.4" } });
    expect(Office.context.diagnostics.platform).toBe(Office.PlatformType.PC);
    expect(Office.context.requirements.isSetSupported("WordApi", "1.5")).toBe(false);
    expect(word.edition.id).toBe("web");
  });

  test("Word on the web: the document's collection misses table-cell controls (#2040); placeholderText cannot be set (#785)", async () => {
    const fixture = word.body.map((node) => structuredClone(node));
    word = installTestWord({ edition: "web", body: fixture });
    expect(await listedTags()).toEqual(["frame", "heading"]);
    const error = await rejection(
      Word.run(async (context) => {
        context.document.contentControls.getFirst().placeholderText = "Bitte ausfüllen";
        await context.sync();
      }),
    );
    expect(error.code).toBe("NotAllowed");
    expect(error.message).toMatch(/^The action isn't supported by Word in a browser/);
    word = installTestWord({ edition: "web", body: fixture, tableControlsMissingFromDocumentCollection: false });
    expect(await listedTags()).toEqual(["frame", "heading", "in-cell"]);
  });

  test("an emptied control shows Word's own placeholder in the display language, and text returns it (office-js #1515)", async () => {
    word.setBody([
      control({ tag: "a" }, [paragraph("Antwort")]),
      control({ tag: "b" }, [paragraph("Noch eine")]),
      {
        type: "paragraph",
        style: "",
        children: [
          control({ tag: "d", kind: "date" }, [text("01.01.2026")]),
          control({ tag: "w", kind: "dropDown", choices: ["ja"] }, [text("ja")]),
        ],
      },
    ]);
    word.setText("a", "");
    expect(word.user.type(word.control("d")!, "")).toBeNull();
    word.setText("w", "");
    await Word.run(async (context) => {
      context.document.contentControls.getByTag("b").getFirst().insertText("", "Replace");
    });
    const texts = await Word.run(async (context) => {
      const all = context.document.getContentControls().load("items/tag,text");
      await context.sync();
      return all.items.map((c) => [c.tag, c.text]);
    });
    expect(texts).toEqual([
      ["a", "Klicken oder tippen Sie hier, um Text einzugeben."],
      ["b", "Klicken oder tippen Sie hier, um Text einzugeben."],
      ["d", "Klicken oder tippen Sie, um ein Datum einzugeben."],
      ["w", "Wählen Sie ein Element aus."],
    ]);
    expect(["a", "b", "d", "w"].map((tag) => word.control(tag)!.control.showingPlaceholder)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    word = installTestWord({ displayLanguage: "en-US", body: [control({ tag: "a" }, [paragraph("Answer")])] });
    word.setText("a", "");
    expect(textOf(word.control("a")!.children)).toBe("Click or tap here to enter text.");
  });

  test('"End" inserts land inside the container\'s last block control, recursively (office-js #866, by design)', async () => {
    word.setBody([
      paragraph("Davor"),
      control({ tag: "außen" }, [paragraph("A"), control({ tag: "innen" }, [paragraph("I")])]),
    ]);
    expect(outline()).toEqual(["Davor", "[A\nI]"]); // no empty paragraph after the trailing control
    await Word.run(async (context) => {
      context.document.body.insertOoxml(ooxml("Body-Ende"), "End");
      const outer = context.document.contentControls.getByTag("außen").getFirst();
      outer.insertOoxml(ooxml("Außen-Ende"), "End");
      outer.getRange("End").insertOoxml(ooxml("Punkt"), "End");
    });
    expect(textOf(word.control("innen")!.children)).toBe("I\nBody-Ende\nAußen-Ende\nPunkt");
    expect(outline()).toEqual(["Davor", "[A\nI\nBody-Ende\nAußen-Ende\nPunkt]"]);
    word.setBody([control({ tag: "x" }, [paragraph("X")]), paragraph("Schluss")]);
    await Word.run(async (context) => {
      context.document.body.insertOoxml(ooxml("Neu"), "End"); // a paragraph last: "End" is the body's end
      context.document.body.insertOoxml(flatOpcPackage(`<w:tbl><w:tr><w:tc>${para("T")}</w:tc></w:tr></w:tbl>`), "End");
    });
    expect(outline()).toEqual(["[X]", "Schluss", "Neu", "T", ""]); // after a table Word still keeps a final paragraph
  });

  test("Track Changes on: a replaced control's old text stays as a tracked deletion, and text includes it (office-js #1267)", async () => {
    word = installTestWord({ trackChanges: true, body: [control({ tag: "a" }, [paragraph("Alt")])] });
    await Word.run(async (context) => {
      context.document.contentControls.getFirst().insertText("Neu", "Replace");
    });
    const tracked = (old: string, now: string): WmlNode[] => [
      { type: "paragraph", style: "", children: [{ type: "deleted", text: old }, text(now)] },
    ];
    expect(word.control("a")!.children).toEqual(tracked("Alt", "Neu"));
    expect(word.bodyText()).toBe("Neu"); // the document's own text (textOf) leaves the deletion out
    const read = await Word.run(async (context) => {
      const a = context.document.contentControls.getFirst().load("text");
      const body = context.document.body.load("text");
      const ooxmlOfBody = context.document.body.getOoxml();
      await context.sync();
      return { a: a.text, body: body.text, xml: ooxmlOfBody.value };
    });
    expect([read.a, read.body]).toEqual(["AltNeu", "AltNeu"]);
    expect(read.xml).toMatch(/<w:del [^>]*><w:r><w:delText xml:space="preserve">Alt<\/w:delText><\/w:r><\/w:del>/);
    word.setTrackChanges(false);
    word.setText("a", "Ohne");
    expect(word.control("a")!.children).toEqual([paragraph("Ohne")]);
    word.setTrackChanges(true);
    word.setText("a", "Mit");
    expect(word.control("a")!.children).toEqual(tracked("Ohne", "Mit"));
  });

  test("Body.getOoxml() gives the story as a Flat OPC package after the sync; the faults make it fail or strip inserted tags", async () => {
    word.setText("heading", "");
    const xml = await Word.run(async (context) => {
      const result = context.document.body.getOoxml();
      expect(thrown(() => result.value).code).toBe("PropertyNotLoaded");
      await context.sync();
      return result.value;
    });
    expect(xml).toMatch(/^<\?xml [^>]*\?><\?mso-application progid="Word.Document"\?><pkg:package /);
    expect(xml).toContain('pkg:name="/word/document.xml"');
    const back = parseWordprocessingMl(xml);
    expect(controlsInfo(back)).toEqual([
      ["frame", "richText", false],
      ["heading", "richText", true],
      ["in-cell", "plainText", false],
    ]);
    expect(textOf(back)).toBe(word.bodyText());
    word.setFaults({ getOoxmlFails: true });
    const failed = await rejection(
      Word.run(async (context) => {
        context.document.body.getOoxml();
        await context.sync();
      }),
    );
    expect(failed.code).toBe("GeneralException");
    word = installTestWord({ faults: { losesTags: true } });
    await Word.run(async (context) => {
      context.document.body.insertOoxml(flatOpcPackage(sdt("neu", para("x"))), "End");
    });
    expect(word.controls().map((c) => c.node.control.tag)).toEqual([""]);
  });
});

function controlsInfo(nodes: WmlNode[]): [string, string, boolean][] {
  const found: [string, string, boolean][] = [];
  const walk = (list: WmlNode[]) =>
    list.forEach((n) => {
      if (n.type === "control") found.push([n.control.tag, n.control.kind, n.control.showingPlaceholder]);
      if ("children" in n) walk(n.children);
    });
  walk(nodes);
  return found;
}
