/** The stand-in for Word enforces Office.js's rules; if it did not, the tests of src/word would prove little. */
import { afterEach, beforeEach, describe, expect, test } from "@jest/globals";
import { documentPart, flatOpcPackage } from "../../src/core/ooxml/package";
import { control, installFakeWord, paragraph, table, type FakeWordHandle } from "../support/fake-word";

const para = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const ooxml = (...texts: string[]) => flatOpcPackage(texts.map(para).join(""));

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

let word: FakeWordHandle;

beforeEach(() => {
  word = installFakeWord({
    body: [
      paragraph("Erster Absatz"),
      control({ tag: "frame", title: "Rahmen", lock: "sdtLocked" }, [
        paragraph("Im Rahmen"),
        control({ tag: "heading", lock: "sdtContentLocked" }, [paragraph("Überschrift")]),
        table([["A1", [paragraph("B1 "), control({ tag: "in-cell", kind: "plainText" }, [{ type: "text", text: "Zelle" }])]]]),
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
        `The property 'tag' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
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
      expect(controls.items.map((c) => c.tag)).toEqual(["frame", "heading", "in-cell"]);
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
      expect([a.tag, b.tag, b.title, c.title, d.tag, e.tag]).toEqual(["frame", "frame", "Rahmen", "Rahmen", "frame", "frame"]);
      expect(thrown(() => e.title).code).toBe("PropertyNotLoaded");
      expect(all).toMatchObject({ tag: "frame", title: "Rahmen", cannotDelete: true, cannotEdit: false, type: "RichText" });
      expect([byItems.items[0].title, byName.items[0].title, whole.items[0].tag]).toEqual(["Rahmen", "Rahmen", "frame"]);
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
      context.document.body.insertOoxml(flatOpcPackage(`<w:sdt><w:sdtPr><w:tag w:val="neu"/></w:sdtPr><w:sdtContent>${para("x")}</w:sdtContent></w:sdt>`), "End");
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
      expect([inside.isNullObject, inside.tag, inTable.isNullObject]).toEqual([false, "in-cell", false]);
    });
  });

  test("getFirst() on an empty collection makes the sync reject with ItemNotFound", async () => {
    const error = await rejection(Word.run(async (context) => {
      context.document.contentControls.getByTag("nirgends").getFirst().insertOoxml(ooxml("x"), "End");
      await context.sync();
    }));
    expect(error.code).toBe("ItemNotFound");
    await Word.run(async (context) => {
      const none = context.document.contentControls.getByTag("nirgends").getFirstOrNullObject().load("tag");
      await context.sync();
      expect(none.isNullObject).toBe(true);
    });
  });

  test("inserting through a null object rejects", async () => {
    word.placeCursor({ paragraph: "Erster" });
    const error = await rejection(Word.run(async (context) => {
      context.document.getSelection().parentContentControlOrNullObject.insertOoxml(ooxml("x"), "End");
      await context.sync();
    }));
    expect(error.code).toBe("ItemNotFound");
  });
});

describe("the document model", () => {
  test("a document can be built from WordprocessingML: a body fragment, a w:document or a Flat OPC package", async () => {
    const sdt = `<w:sdt><w:sdtPr><w:tag w:val="x"/><w:lock w:val="sdtLocked"/></w:sdtPr><w:sdtContent>${para("In x")}</w:sdtContent></w:sdt>`;
    for (const xml of [sdt, documentPart(sdt, false), flatOpcPackage(sdt)]) {
      word.setBody(xml);
      expect(word.controls().map((c) => c.node.control)).toMatchObject([{ tag: "x", lock: "sdtLocked" }]);
      expect(word.bodyText()).toBe("In x\n"); // Word's final paragraph follows the block control
    }
  });

  test("document.contentControls: document order, nested controls and controls in table cells, then the header's", async () => {
    word.setHeader([control({ tag: "im-kopf" }, [paragraph("Kopf")])]);
    await Word.run(async (context) => {
      const all = context.document.contentControls.load("items/tag");
      const body = context.document.body.contentControls.load("items/tag");
      await context.sync();
      expect(all.items.map((c) => c.tag)).toEqual(["frame", "heading", "in-cell", "im-kopf"]);
      expect(body.items.map((c) => c.tag)).toEqual(["frame", "heading", "in-cell"]);
    });
  });

  test("parentBody: MainDoc, Header, and a table cell's own body inside MainDoc", async () => {
    const bodyType = async () => Word.run(async (context) => {
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
      context.document.body.insertOoxml(flatOpcPackage(`<w:sdt><w:sdtPr><w:tag w:val="z"/></w:sdtPr><w:sdtContent>${para("Z1")}</w:sdtContent></w:sdt>`), "End");
      await context.sync();
      context.document.contentControls.getByTag("z").getFirst().insertOoxml(ooxml("Z2"), "End");
    });
    expect(word.bodyText()).toBe("0\nA\nB\nC\nZ1\nZ2\n"); // Word keeps a final empty paragraph after a block control
  });

  test("a package Word cannot read, or a location the object does not take, is an InvalidArgument", async () => {
    const bad = await rejection(Word.run(async (context) => {
      context.document.body.insertOoxml("<pkg:package", "End");
    }));
    expect(bad.code).toBe("InvalidArgument");
    const where = await rejection(Word.run(async (context) => {
      const insert = context.document.body.insertOoxml as (ooxml: string, location: string) => unknown; // types forbid it; JavaScript does not
      insert.call(context.document.body, ooxml("x"), "After");
    }));
    expect(where.code).toBe("InvalidArgument");
  });
});

describe("locks and read-only documents", () => {
  test("inserting into a content-locked control rejects with NotAllowed", async () => {
    const error = await rejection(Word.run(async (context) => {
      context.document.contentControls.getByTag("heading").getFirst().insertOoxml(ooxml("x"), "End");
    }));
    expect(error.code).toBe("NotAllowed");
    expect(word.bodyText()).not.toContain("x");
  });

  test("a frame locked against deletion takes content, but replacing a range holding it rejects", async () => {
    await Word.run(async (context) => {
      context.document.contentControls.getByTag("frame").getFirst().insertOoxml(ooxml("Ergänzt"), "End");
    });
    expect(word.bodyText()).toContain("Ergänzt");
    word.placeCursor({ select: ["Erster", "Letzter"] });
    const error = await rejection(Word.run(async (context) => {
      context.document.getSelection().insertOoxml(ooxml("weg"), "Replace");
    }));
    expect(error.code).toBe("NotAllowed");
    expect(word.bodyText()).toContain("Im Rahmen");
  });

  test("in a read-only document every write rejects with AccessDenied and nothing changes; reading works", async () => {
    word.setReadOnly(true);
    const before = JSON.stringify(word.body);
    const error = await rejection(Word.run(async (context) => {
      context.document.body.insertOoxml(ooxml("x"), "End");
      await context.sync();
    }));
    expect(error.code).toBe("AccessDenied");
    expect(JSON.stringify(word.body)).toBe(before);
    const tags = await Word.run(async (context) => {
      const controls = context.document.contentControls.load("items/tag");
      await context.sync();
      return controls.items.map((c) => c.tag);
    });
    expect(tags).toHaveLength(3);
  });
});

describe("Office: platform and requirement sets", () => {
  test("isSetSupported follows the configured sets; diagnostics the platform", () => {
    expect(Office.context.requirements.isSetSupported("WordApi", "1.9")).toBe(true);
    expect(Office.context.requirements.isSetSupported("WordApi", "1.10")).toBe(false);
    expect(Office.context.requirements.isSetSupported("WordApiDesktop", "1.1")).toBe(false);
    expect(Office.context.diagnostics.platform).toBe(Office.PlatformType.PC);
    word.setPlatform("OfficeOnline");
    word.setRequirementSets({ WordApi: "1.3", WordApiDesktop: "1.1" });
    expect(Office.context.diagnostics.platform).toBe(Office.PlatformType.OfficeOnline);
    expect(Office.context.requirements.isSetSupported("WordApi", "1.4")).toBe(false);
    expect(Office.context.requirements.isSetSupported("WordApiDesktop")).toBe(true);
  });

  test("an API newer than the host's WordApi fails the sync with ApiNotFound", async () => {
    word.setRequirementSets({ WordApi: "1.2" });
    const error = await rejection(Word.run(async (context) => {
      context.document.getSelection().parentTableOrNullObject.load("isNullObject");
      await context.sync();
    }));
    expect(error.code).toBe("ApiNotFound");
  });

  test("uninstall removes the globals", () => {
    word.uninstall();
    expect((globalThis as { Word?: unknown }).Word).toBeUndefined();
    expect((globalThis as { Office?: unknown }).Office).toBeUndefined();
  });
});
