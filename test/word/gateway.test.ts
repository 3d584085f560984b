/**
 * The pane's way into Word (src/word/gateway.ts) and the small pieces under it: each gateway method reaches Word and
 * gives what Word holds; the activity signal; the platform and the kinds Word is asked to list; Word's errors as the
 * pane gets them; locators found again, or not, in one round trip.
 */
import { afterEach, describe, expect, jest, test } from "@jest/globals";
import { defaultProfile } from "../../src/core/profile";
import { formatTag, type TagRole } from "../../src/core/tags";
import { modelOf } from "../../src/core/check/model";
import { restoreAnchor } from "../../src/core/check/repairs";
import { textOf } from "../../src/core/ooxml/tree";
import { createWordGateway } from "../../src/word/gateway";
import { isWordOnTheWeb, listedControls } from "../../src/word/capabilities";
import { toWordFailure, WordFailure } from "../../src/word/errors";
import { freshIdBase } from "../../src/word/ids";
import { queueLookup } from "../../src/word/locate";
import { control, installTestWord, paragraph, table, type TestWord } from "../../src/word-emulator/testing";

const profile = defaultProfile();
const tag = (role: TagRole, key: string) => formatTag({ profile, role, key });
let word: TestWord | null = null;
afterEach(() => word?.uninstall());

describe("the gateway", () => {
  test("reads, inserts, appends, checks, selects, rewrites and restores in the Word it was made for", async () => {
    word = installTestWord({ edition: "365", body: [paragraph("Sehr geehrte Damen und Herren,")] });
    word.placeCursor({ paragraph: "Sehr geehrte" });
    const gateway = createWordGateway(profile);
    const empty = await gateway.readState();
    expect(empty.outline.sectionCounts).toEqual({});

    const inserted = await gateway.insertAnswer(empty);
    expect(inserted.countAfter).toBe(1);
    const appended = await gateway.appendQuestions(
      "reasons",
      [{ question: "Wie viele?", answer: "Drei." }],
      inserted.state,
    );
    expect(appended.countAfter).toBe(2);

    const snapshot = await gateway.readSnapshot();
    const number = snapshot.controls.filter((c) => c.tag === tag("questionNumber", "reasons"))[1];
    await gateway.select(number.locator);
    expect(word.selectedControlTag()).toBe(number.tag);
    await gateway.applyEdits([{ locator: number.locator, text: "7." }]);
    expect(
      word
        .controls()
        .filter((c) => c.node.control.tag === number.tag)
        .map((c) => textOf(c.node.children)),
    ).toEqual(["1.", "7."]);

    const section = tag("section", "meeting");
    word.removeControl(section);
    const anchor = restoreAnchor(modelOf(await gateway.readSnapshot(), profile), "meeting");
    const restored = await gateway.restoreSection("meeting", anchor);
    expect(restored).toBe(1);
    expect(word.control(section)).toBeDefined();
    const again = await gateway.insertSection("meeting", await gateway.readState());
    expect(again.countAfter).toBe(2);
  });

  test("reads the selected text", async () => {
    word = installTestWord({ edition: "web", body: [paragraph("1. Wie viele Stellen?")] });
    word.placeCursor({ select: "Wie viele" });
    expect(await createWordGateway(profile).readSelectedText()).toBe("1. Wie viele Stellen?");
  });

  test("offers no adoption in a document without an answer, and has none to undo", async () => {
    word = installTestWord({ edition: "2024", body: [paragraph("Ein Brief, keine Antwort.")] });
    const gateway = createWordGateway(profile);
    expect(await gateway.previewAdoption!()).toMatchObject({ ok: false, error: expect.any(String) });
    expect(await gateway.adopt!()).toMatchObject({ ok: false, error: expect.any(String) });
    expect(await gateway.undoAdoption!()).toBe(false);
    expect(word.bodyText()).toBe("Ein Brief, keine Antwort.");
  });

  test("runs the Selbsttest and gives its report as text", async () => {
    word = installTestWord({ edition: "2019" });
    const report = await createWordGateway(profile).runSelftest!();
    expect(report).toMatch(/^Ratsantwort – Selbsttest\nWord 16\.0\.10417\.20095, Plattform PC\n/);
    expect(report).toMatch(/\nErgebnis: keine Abweichung\.$/);
  });

  test("tells the pane when someone works in the document, until it unsubscribes", async () => {
    word = installTestWord({ edition: "365" });
    await createWordGateway(profile).insertAnswer(await createWordGateway(profile).readState());
    const listener = jest.fn();
    const unsubscribe = createWordGateway(profile).onActivity(listener);
    const field = word.control(tag("field", "header.author"))!;
    word.coauthor.type(field, "Thomas Lenz");
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(listener).toHaveBeenCalledTimes(1);
    unsubscribe();
    word.coauthor.type(field, "Anna Berg");
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(listener).toHaveBeenCalledTimes(1);
  });
});

describe("the Word at hand", () => {
  test("Word on the web is told by its platform; outside Office there is none", () => {
    expect(isWordOnTheWeb()).toBe(false); // no Office at all
    word = installTestWord({ edition: "web" });
    expect(isWordOnTheWeb()).toBe(true);
    word.setPlatform("PC");
    expect(isWordOnTheWeb()).toBe(false);
    word.setPlatform("Mac");
    expect(isWordOnTheWeb()).toBe(false);
  });

  test.each([
    [{ WordApi: "1.3" }, null],
    [{ WordApi: "1.5" }, ["RichText", "PlainText"]],
    [{ WordApi: "1.7" }, ["RichText", "PlainText", "CheckBox"]],
    [{ WordApi: "1.9" }, ["RichText", "PlainText", "CheckBox", "DropDownList", "ComboBox"]],
    [
      { WordApi: "1.9", WordApiDesktop: "1.3" },
      ["RichText", "PlainText", "CheckBox", "DropDownList", "ComboBox", "DatePicker"],
    ],
  ])("with %j Word is asked for the kinds %j (null: the rich-text property)", (sets, types) => {
    word = installTestWord({ edition: "365", requirementSets: sets });
    const asked: unknown[] = [];
    const scope = {
      contentControls: "property",
      getContentControls: (options: { types: unknown }) => (asked.push(options.types), "method"),
    };
    const result = listedControls(scope as never);
    expect(result).toBe(types === null ? "property" : "method");
    expect(asked).toEqual(types === null ? [] : [types]);
  });
});

describe("Word's errors as the pane gets them", () => {
  test("a failure names its kind and Word's code and message", () => {
    const failure = toWordFailure(Object.assign(new Error("Zu viele Anfragen"), { code: "RequestAborted" }), false);
    expect(failure).toBeInstanceOf(WordFailure);
    expect(failure.name).toBe("WordFailure");
    expect([failure.kind, failure.detail, failure.message]).toEqual([
      "busy",
      "RequestAborted: Zu viele Anfragen",
      "busy: RequestAborted: Zu viele Anfragen",
    ]);
  });

  test("without a code there is only the message; things thrown that are not errors are unknown", () => {
    expect(toWordFailure(new Error("kaputt"), false)).toMatchObject({ kind: "unknown", detail: "kaputt" });
    expect(toWordFailure("nur ein Text", false)).toMatchObject({ kind: "unknown", detail: "nur ein Text" });
    expect(toWordFailure(null, false)).toMatchObject({ kind: "unknown", detail: "null" });
    expect(toWordFailure({ code: "AccessDenied" }, false)).toMatchObject({
      kind: "readOnly",
      detail: "AccessDenied: [object Object]",
    });
  });

  test("a WordFailure passes through unchanged", () => {
    const failure = new WordFailure("notKept", "Text verändert");
    expect(toWordFailure(failure, true)).toBe(failure);
  });
});

describe("w:id bases", () => {
  test("lie between 100,000 and 1,000,100,000, away from the small ids Word gives", () => {
    const random = jest.spyOn(Math, "random");
    random.mockReturnValueOnce(0).mockReturnValueOnce(0.5).mockReturnValueOnce(0.999999999);
    expect([freshIdBase(), freshIdBase(), freshIdBase()]).toEqual([100_000, 500_100_000, 1_000_099_999]);
    random.mockRestore();
  });
});

describe("finding a control again (locators)", () => {
  const find = (locator: unknown) =>
    Word.run(async (context) => {
      const found = queueLookup(context, typeof locator === "string" ? locator : JSON.stringify(locator));
      await context.sync();
      const place = found();
      if (!place) return null;
      place.control.load("tag,text");
      await context.sync();
      return { tag: place.control.tag, text: place.control.text, exact: place.exact };
    });

  /** A frame with a table whose cell holds a control, as the answer's header is built, on Word on the web (office-js #2040). */
  const framed = () =>
    installTestWord({
      edition: "web",
      body: [
        control({ tag: "F" }, [
          table([[[control({ tag: "A" }, [paragraph("im Rahmen")])]]]),
          control({ tag: "B" }, [paragraph("B im Rahmen")]),
        ]),
        control({ tag: "A" }, [paragraph("draußen")]),
      ],
    });

  test("what is not a locator, or names no control, finds nothing", async () => {
    word = framed();
    expect(await find("kein Locator")).toBeNull();
    expect(await find({ steps: [] })).toBeNull();
  });

  test("a control in a table cell is found through its frame's range where the document's collection misses it", async () => {
    word = framed();
    expect(
      await find({ frameTag: "F", steps: [{ tag: "A", index: 0, count: 2, inFrame: { index: 0, count: 1 } }] }),
    ).toEqual({ tag: "A", text: "im Rahmen", exact: true });
  });

  test("a step without a position in the frame is counted in the whole document", async () => {
    word = framed();
    expect(await find({ frameTag: "F", steps: [{ tag: "A", index: 1, count: 2 }] })).toBeNull(); // the web lists one "A" only
    expect(await find({ frameTag: "F", steps: [{ tag: "B", index: 0, count: 1 }] })).toEqual({
      tag: "B",
      text: "B im Rahmen",
      exact: true,
    });
  });

  test("where Word lists fewer controls than the snapshot counted, the position is not trusted; an enclosing control stands in", async () => {
    word = framed();
    expect(
      await find({
        steps: [
          { tag: "B", index: 0, count: 2 },
          { tag: "F", index: 0, count: 1 },
        ],
      }),
    ).toEqual({ tag: "F", text: expect.stringContaining("B im Rahmen"), exact: false });
  });
});
