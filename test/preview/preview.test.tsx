/** @jest-environment jsdom */
/** The preview's pieces that need no browser: its options, its samples, and the document view on the emulator. */
import { afterEach, describe, expect, test } from "@jest/globals";
import { act, fireEvent, render, screen } from "@testing-library/react";
import { defaultProfile, shippedProfiles } from "../../src/core/profile";
import { matchesWhole } from "../../src/core/profile/patterns";
import { createOParlClient } from "../../src/core/oparl/client";
import { inquiryValues, readInquiry, recentPapers } from "../../src/core/oparl/inquiries";
import { previewOParl, storeHttpGet } from "../../src/preview/oparlSample";
import { checkDocument } from "../../src/core/check";
import { formatTag } from "../../src/core/tags";
import { textOf } from "../../src/core/ooxml/tree";
import { createWordGateway } from "../../src/word/gateway";
import { Shell } from "../../src/taskpane/Shell";
import { previewOptions } from "../../src/preview/options";
import { answerWithGaps, filledAnswer, inquiryLetter, legacyAnswer } from "../../src/preview/samples";
import { DocumentView } from "../../src/preview/DocumentView";
import { fieldLocks } from "../../src/preview/locks";
import { previewTexts } from "../../src/preview/texts";
import { splitQuestions } from "../../src/core/questions";
import { installTestWord, type TestWord } from "../../src/word-emulator/testing";

const profile = defaultProfile();
const today = { year: 2026, month: 11, day: 25 };
let word: TestWord | null = null;
afterEach(() => {
  word?.uninstall();
  word = null;
});

describe("the preview's address", () => {
  test("defaults: the letter, writable, the browser's colour scheme, Microsoft 365 with its own WordApi", () => {
    expect(previewOptions("", false)).toEqual({
      sample: "inquiry",
      edition: "365",
      readOnly: false,
      locked: false,
      theme: "light",
      wordApi: null,
    });
    expect(previewOptions("", true).theme).toBe("dark");
  });
  test("every option, and nonsense ignored", () => {
    expect(previewOptions("?sample=answer&readonly=1&locked=true&theme=light&wordapi=1.1&platform=web", true)).toEqual({
      sample: "answer",
      edition: "web",
      readOnly: true,
      locked: true,
      theme: "light",
      wordApi: "1.1",
    });
    expect(previewOptions("?sample=filled&word=2019", false)).toMatchObject({ sample: "filled", edition: "2019" });
    expect(previewOptions("?sample=legacy", false)).toMatchObject({ sample: "legacy" });
    expect(previewOptions("?readonly=0&wordapi=<script>&theme=pink&word=2016&sample=x", false)).toEqual({
      sample: "inquiry",
      edition: "365",
      readOnly: false,
      locked: false,
      theme: "light",
      wordApi: null,
    });
  });
});

describe("the samples", () => {
  test("the letter's questions are found as the importer would find them", () => {
    expect(splitQuestions(textOf(inquiryLetter())).questions).toHaveLength(3);
  });

  test("the answer with gaps needs both repairs of the check", async () => {
    word = installTestWord({ body: answerWithGaps(profile) });
    const findings = checkDocument(await createWordGateway(profile).readSnapshot(), profile, { today });
    expect(
      findings
        .map((f) => f.repair)
        .filter(Boolean)
        .sort(),
    ).toEqual(["renumberQuestions", "restoreSection"]);
  });

  test("the answer typed the old way has no control, is recognised, and is ready but for the Hinweise that say so and that it has no title", async () => {
    word = installTestWord({ body: legacyAnswer(profile) });
    expect(word.controls()).toHaveLength(0);
    const findings = checkDocument(await createWordGateway(profile).readSnapshot(), profile, { today });
    expect(findings.map((f) => [f.rule, f.messageId, f.severity])).toEqual([
      ["recognised", "writtenWithoutAddin", "hint"],
      ["documentTitle", "missing", "hint"],
    ]);
  });

  test("the filled answer is ready for submission", async () => {
    word = installTestWord({ body: filledAnswer(profile) });
    const findings = checkDocument(await createWordGateway(profile).readSnapshot(), profile, { today });
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
  });
});

describe("the preview's council information system", () => {
  test.each(shippedProfiles().map((p) => [p.name, p] as const))(
    "%s: inquiries numbered in the profile's form, one answered, one without text; the first fills the form",
    async (_, shipped) => {
      const store = previewOParl(shipped, "https://ratsinfo.example", today);
      const client = createOParlClient({ endpoint: store.endpoint, get: storeHttpGet(store, 0) });
      const papers = await recentPapers(client, store.endpoint, shipped.oparl!, today);
      const [answer, ...inquiries] = [
        papers.find((p) => p.kind === "answer")!,
        ...papers.filter((p) => p.kind === "inquiry"),
      ];
      expect(inquiries).toHaveLength(2);
      for (const inquiry of inquiries)
        expect(matchesWhole(shipped.numbers.inquiry.pattern, inquiry.reference)).toBe(true);
      expect(matchesWhole(shipped.numbers.answer.pattern, answer.reference)).toBe(true);
      expect(inquiries.map((p) => p.related)).toContain(answer.reference);
      const first = await readInquiry(client, inquiries.find((p) => p.related === null)!.id, shipped.oparl!);
      expect(splitQuestions(first.text!).questions).toHaveLength(3);
      const { values } = inquiryValues(shipped, first);
      expect(Object.values(values)).toEqual(
        expect.arrayContaining([
          shipped.numbers.inquiry.example,
          "Fraktion Beispielpartei",
          "Ausschuss für Schule und Bildung",
        ]),
      );
    },
  );
});

describe("the document view", () => {
  const texts = previewTexts("de");
  async function answerInView() {
    word = installTestWord({ body: inquiryLetter() });
    word.placeCursor({ paragraphIndex: -1 });
    const gateway = createWordGateway(profile);
    await gateway.insertAnswer(await gateway.readState());
    const locks = fieldLocks(word);
    render(
      <Shell language="de">
        <DocumentView word={word} texts={texts} lockedByPreview={locks.lockedControls} labelledBy="x" />
      </Shell>,
    );
    return { gateway, locks, word };
  }
  const field = (title: string) => screen.getByRole("textbox", { name: title }) as HTMLInputElement;

  test("fields by their titles with grey placeholders; typing goes into the control, under Word's rules", async () => {
    const { word, locks } = await answerInView();
    expect(field("Bearbeiter/in").placeholder).toBe("Vor- und Nachname");
    expect(field("Bearbeiter/in").value).toBe("");
    act(() => void fireEvent.change(field("Bearbeiter/in"), { target: { value: "Erika Muster" } }));
    const author = word.control(formatTag({ profile, role: "field", key: "header.author" }))!;
    expect(textOf([author])).toBe("Erika Muster");
    expect(author.control.showingPlaceholder).toBe(false);
    expect(word.selectedControlTag()).toBe(author.control.tag);
    expect(screen.getAllByRole("combobox").length).toBeGreaterThan(0); // drop-downs as choices
    act(() => locks.set(true));
    expect(field("Bearbeiter/in").readOnly).toBe(true);
    act(() => locks.set(false));
    act(() => word.setReadOnly(true));
    expect(field("Bearbeiter/in").readOnly).toBe(true);
  });

  test("when the add-in selects a control, the view focuses its field", async () => {
    const { gateway } = await answerInView();
    const snapshot = await act(() => gateway.readSnapshot());
    const phone = snapshot.controls.find((c) => c.title === "Telefon")!;
    await act(() => gateway.select(phone.locator));
    expect(document.activeElement).toBe(field("Telefon"));
  });
});

describe("the preview's locks", () => {
  test("fields inserted while the switch is on arrive locked; off gives every field its own lock back", async () => {
    word = installTestWord({ body: inquiryLetter() });
    const locks = fieldLocks(word);
    locks.set(true);
    expect(locks.locked).toBe(true);
    const gateway = createWordGateway(profile);
    await gateway.insertAnswer(await gateway.readState());
    const author = word.control(formatTag({ profile, role: "field", key: "header.author" }))!;
    const heading = word
      .controls()
      .find(({ node }) => node.control.lock === "sdtContentLocked" && !locks.lockedControls.has(node))!;
    expect(author.control.lock).toBe("sdtContentLocked");
    expect(word.user.type(author, "Erika")).toBe("locked");
    locks.set(false);
    expect(author.control.lock).toBe("none");
    expect(heading.node.control.lock).toBe("sdtContentLocked"); // the document's own locks stay
    expect(word.controls().find(({ node }) => node.control.tag.includes(":s:"))!.node.control.lock).toBe("sdtLocked");
  });
});
