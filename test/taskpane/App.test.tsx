/** @jest-environment jsdom */
import { describe, expect, jest, test } from "@jest/globals";
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { App } from "../../src/taskpane/components/App";
import { Shell } from "../../src/taskpane/Shell";
import { defaultProfile } from "../../src/core/profile";
import type { ParagraphPlace } from "../../src/core/check/snapshot";
import type { DocumentGateway, DocumentState, InsertResult } from "../../src/core/document/gateway";
import { WordFailure } from "../../src/word/errors";
import type { QuestionContent } from "../../src/core/ooxml/document";
import type { DocumentSnapshot } from "../../src/core/check/snapshot";
import type { Anchor, ControlEdit } from "../../src/core/check/repairs";
import { loadLanguage, type Language } from "../../src/taskpane/i18n";

const profile = defaultProfile();

function emptyState(): DocumentState {
  return {
    outline: { sectionCounts: {}, questionCounts: {}, otherProfiles: [], unknownTags: [] },
    selection: { controlTag: null, inTable: false, inMainBody: true, paragraphEmpty: false },
    appendAfter: {},
  };
}

/** A document that behaves like Word would for the pane: counts grow with each insertion, whose result brings the new state. */
function scriptedGateway(initial = emptyState()) {
  let state = initial;
  const grow = (sectionIds: string[]) => {
    const counts = { ...state.outline.sectionCounts };
    for (const id of sectionIds) counts[id] = (counts[id] ?? 0) + 1;
    const questions = sectionIds.includes("reasons")
      ? { ...state.outline.questionCounts, reasons: (state.outline.questionCounts.reasons ?? 0) + 1 }
      : state.outline.questionCounts;
    state = { ...state, outline: { ...state.outline, sectionCounts: counts, questionCounts: questions } };
  };
  const gateway = {
    readState: jest.fn(async () => state),
    insertAnswer: jest.fn(
      async (
        _state?: DocumentState,
        _prefill?: Parameters<DocumentGateway["insertAnswer"]>[1],
      ): Promise<InsertResult> => {
        grow(profile.sections.map((s) => s.id));
        return {
          placement: { location: "afterCursorParagraph" },
          countAfter: state.outline.sectionCounts.header,
          misplaced: false,
          state,
        };
      },
    ),
    insertSection: jest.fn(async (id: string, _state?: DocumentState): Promise<InsertResult> => {
      grow([id]);
      return {
        placement: { location: "documentEnd", reason: "insideTable" },
        countAfter: state.outline.sectionCounts[id],
        misplaced: false,
        state,
      };
    }),
    appendQuestions: jest.fn(
      async (_id: string, pairs: QuestionContent[], _state?: DocumentState): Promise<InsertResult> => {
        const firstNumber = (state.outline.questionCounts.reasons ?? 0) + 1;
        state = {
          ...state,
          outline: { ...state.outline, questionCounts: { reasons: firstNumber - 1 + pairs.length } },
        };
        return {
          placement: {
            location: "sectionEnd",
            sectionId: "reasons",
            firstNumber,
            lastNumber: firstNumber + pairs.length - 1,
          },
          countAfter: state.outline.questionCounts.reasons,
          misplaced: false,
          state,
        };
      },
    ),
    readSelectedText: jest.fn(async () => ""),
    readSnapshot: jest.fn(async (): Promise<DocumentSnapshot> => ({ controls: [] })),
    select: jest.fn(async (_locator: string) => undefined),
    applyEdits: jest.fn(async (_edits: ControlEdit[]) => undefined),
    restoreSection: jest.fn(async (_sectionId: string, _anchor: Anchor) => 1),
    selectParagraph: jest.fn(async (_place: ParagraphPlace) => undefined),
    removeSpacing: jest.fn(async (_place: ParagraphPlace, count: number) => count),
    setTitle: jest.fn(async (_title: string) => undefined),
    onActivity: jest.fn((_listener: () => void) => () => undefined),
  } satisfies DocumentGateway;
  return gateway;
}

function renderPane(gateway: DocumentGateway, language: Language = "de") {
  return render(
    <Shell language={language}>
      <App gateway={gateway} profile={profile} />
    </Shell>,
  );
}

describe("Antwort einfügen", () => {
  test("inserts into an empty document with one call and says where", async () => {
    const gateway = scriptedGateway();
    renderPane(gateway);
    expect(await screen.findByText("Dieses Dokument enthält noch keine Antwort.")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Antwort einfügen" }));
    expect(await screen.findByText("Eingefügt nach dem Absatz, in dem der Cursor steht.")).toBeTruthy();
    expect(gateway.insertAnswer).toHaveBeenCalledTimes(1);
    expect(await screen.findByText("Antwort vorhanden: 9 von 9 Abschnitten, 1 Frage.")).toBeTruthy();
    // The state came with the insertion's result: the document is not read again.
    expect(gateway.readState).toHaveBeenCalledTimes(1);
  });

  test("shows the state the insertion brought back, not the one read before", async () => {
    const gateway = scriptedGateway();
    gateway.insertAnswer.mockImplementationOnce(async () => ({
      placement: { location: "afterCursorParagraph" },
      countAfter: 1,
      misplaced: false,
      state: {
        ...emptyState(),
        outline: { ...emptyState().outline, sectionCounts: { header: 1, reasons: 1 }, questionCounts: { reasons: 4 } },
      },
    }));
    renderPane(gateway);
    await screen.findByText("Dieses Dokument enthält noch keine Antwort.");
    fireEvent.click(screen.getByRole("button", { name: "Antwort einfügen" }));
    expect(await screen.findByText(/2 von 9 Abschnitten, 4 Fragen/)).toBeTruthy();
    expect(gateway.readState).toHaveBeenCalledTimes(1);
  });

  test("warns when Word put the insertion inside another control (office-js #866)", async () => {
    const gateway = scriptedGateway();
    gateway.insertAnswer.mockImplementationOnce(async () => ({
      placement: { location: "documentEnd", reason: "outsideMainBody" },
      countAfter: 1,
      misplaced: true,
      state: emptyState(),
    }));
    renderPane(gateway);
    await screen.findByText("Dieses Dokument enthält noch keine Antwort.");
    fireEvent.click(screen.getByRole("button", { name: "Antwort einfügen" }));
    expect(await screen.findByText(/Word hat das Eingefügte in ein anderes Feld gesetzt/)).toBeTruthy();
    expect(screen.queryByText(/Eingefügt am Ende des Dokuments/)).toBeNull();
  });

  test("asks before a second answer, and inserts nothing on Abbrechen", async () => {
    const gateway = scriptedGateway();
    await gateway.insertAnswer();
    gateway.insertAnswer.mockClear();
    renderPane(gateway);
    await screen.findByText(/Antwort vorhanden/);
    fireEvent.click(screen.getByRole("button", { name: "Antwort einfügen" }));
    expect(await screen.findByText("Antwort bereits vorhanden")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Abbrechen" }));
    await waitFor(() => expect(screen.queryByText("Antwort bereits vorhanden")).toBeNull());
    expect(gateway.insertAnswer).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole("button", { name: "Antwort einfügen" }));
    fireEvent.click(await screen.findByRole("button", { name: "Trotzdem einfügen" }));
    await waitFor(() => expect(gateway.insertAnswer).toHaveBeenCalledTimes(1));
  });

  test.each([
    [
      "Word on the web's NotAllowed is not called a lock: it may be the browser",
      new WordFailure("notInBrowser", "NotAllowed"),
      /Word im Browser hat den Schritt abgelehnt/,
    ],
    [
      "a read-only document gets a German message, not a crash",
      new WordFailure("readOnly", "AccessDenied"),
      /Das Dokument ist schreibgeschützt/,
    ],
  ])("%s", async (_name, failure, message) => {
    const gateway = scriptedGateway();
    gateway.insertAnswer.mockRejectedValueOnce(failure);
    renderPane(gateway);
    await screen.findByText("Dieses Dokument enthält noch keine Antwort.");
    fireEvent.click(screen.getByRole("button", { name: "Antwort einfügen" }));
    expect(await screen.findByText(message)).toBeTruthy();
    expect(screen.queryByText(/Diese Stelle des Dokuments ist gesperrt/)).toBeNull();
    expect(screen.getByRole("button", { name: "Antwort einfügen" })).toBeTruthy();
  });

  test("warns when Word kept fewer controls than were inserted", async () => {
    const gateway = scriptedGateway();
    gateway.insertAnswer.mockResolvedValueOnce({
      placement: { location: "afterCursorParagraph" },
      countAfter: 0,
      misplaced: false,
      state: emptyState(),
    });
    renderPane(gateway);
    await screen.findByText("Dieses Dokument enthält noch keine Antwort.");
    fireEvent.click(screen.getByRole("button", { name: "Antwort einfügen" }));
    expect(await screen.findByText(/nicht vollständig übernommen/)).toBeTruthy();
  });
});

describe("Angaben zur Anfrage", () => {
  test("propose the answer's number and deadline, and go into the answer with the inquiry's arrival", async () => {
    const gateway = scriptedGateway();
    renderPane(gateway);
    await screen.findByText("Dieses Dokument enthält noch keine Antwort.");
    fireEvent.change(screen.getByLabelText("Anfragende Fraktion"), { target: { value: "Fraktion DIE LINKE" } });
    fireEvent.change(screen.getByLabelText("Drucks.-Nr. der Anfrage"), { target: { value: "VO/0548/13" } });
    fireEvent.change(screen.getByLabelText("Eingang der Anfrage"), { target: { value: "10.06.2013" } });
    expect(screen.getByText("Drucks.-Nr. der Antwort: VO/0548/13/1-A")).toBeTruthy();
    expect(screen.getByText("Antwortfrist: 08.07.2013 (28 Tage nach Eingang)")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Antwort einfügen" }));
    await waitFor(() => expect(gateway.insertAnswer).toHaveBeenCalled());
    expect(gateway.insertAnswer.mock.calls[0][1]).toEqual({
      content: {
        values: {
          "inquiry.faction": "Fraktion DIE LINKE",
          "inquiry.number": "VO/0548/13",
          "header.number": "VO/0548/13/1-A",
          "reason.text": "Antwort auf die Anfrage der Fraktion DIE LINKE, VO/0548/13",
        },
      },
      properties: { "Ratsantwort.AnfrageVom": "10.06.2013" },
    });
  });

  test("a malformed number or date is pointed out, and nothing is derived from it", async () => {
    renderPane(scriptedGateway());
    await screen.findByText("Dieses Dokument enthält noch keine Antwort.");
    fireEvent.change(screen.getByLabelText("Drucks.-Nr. der Anfrage"), { target: { value: "548/13" } });
    fireEvent.change(screen.getByLabelText("Eingang der Anfrage"), { target: { value: "31.02.2013" } });
    expect(screen.getByText(/nicht die Form der Anfragen \(z\. B\. VO\/0548\/13\)/)).toBeTruthy();
    expect(screen.getByText("Bitte ein Datum im Format TT.MM.JJJJ eingeben.")).toBeTruthy();
    expect(screen.queryByText(/Antwortfrist/)).toBeNull();
  });
});

describe("sections and questions", () => {
  test("a single section goes in, and the pane says why it went to the end", async () => {
    const gateway = scriptedGateway();
    renderPane(gateway);
    await screen.findByText("Dieses Dokument enthält noch keine Antwort.");
    fireEvent.click(screen.getByRole("button", { name: "Grund der Vorlage" }));
    expect(await screen.findByText("Der Cursor stand in einer Tabelle. Eingefügt am Ende des Dokuments.")).toBeTruthy();
    expect(gateway.insertSection).toHaveBeenCalledWith("reason", expect.anything());
    expect(await screen.findByText("vorhanden")).toBeTruthy();
  });

  test("Frage hinzufügen waits for the Begründung, then appends the next number", async () => {
    const gateway = scriptedGateway();
    renderPane(gateway);
    await screen.findByText("Dieses Dokument enthält noch keine Antwort.");
    const add = screen.getByRole("button", { name: "Frage hinzufügen" }) as HTMLButtonElement;
    expect(add.disabled).toBe(true);
    expect(screen.getByText("Fügen Sie zuerst den Abschnitt „Begründung“ ein.")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Antwort einfügen" }));
    await screen.findByText(/Antwort vorhanden/);
    await waitFor(() => expect(add.disabled).toBe(false));
    fireEvent.click(add);
    expect(await screen.findByText("Frage 2 wurde am Ende von „Begründung“ angefügt.")).toBeTruthy();
  });

  test("the pane reads the document again when it gets focus", async () => {
    const gateway = scriptedGateway();
    renderPane(gateway);
    await screen.findByText("Dieses Dokument enthält noch keine Antwort.");
    const reads = gateway.readState.mock.calls.length;
    await act(async () => {
      window.dispatchEvent(new Event("focus"));
    });
    expect(gateway.readState.mock.calls.length).toBe(reads + 1);
  });
});

test("each focus costs one read: the shown tab's (the document's state, or the check once it has run)", async () => {
  const gateway = scriptedGateway();
  renderPane(gateway);
  await screen.findByText("Dieses Dokument enthält noch keine Antwort.");
  const reads = () => [gateway.readState.mock.calls.length, gateway.readSnapshot.mock.calls.length];
  const focus = () => act(async () => void window.dispatchEvent(new Event("focus")));
  expect(reads()).toEqual([1, 0]);

  fireEvent.click(screen.getByRole("tab", { name: "Prüfen" }));
  fireEvent.click(await screen.findByRole("button", { name: "Prüfen" }));
  await screen.findByText(/^Nicht bereit:/);
  expect(reads()).toEqual([1, 1]);
  await focus();
  await waitFor(() => expect(reads()).toEqual([1, 2]));

  fireEvent.click(screen.getByRole("tab", { name: "Einfügen" }));
  await waitFor(() => expect(reads()).toEqual([2, 2])); // what changed while the check was shown
  await focus();
  await waitFor(() => expect(reads()).toEqual([3, 2]));

  fireEvent.click(screen.getByRole("tab", { name: "Prüfen" }));
  await waitFor(() => expect(reads()).toEqual([3, 3])); // the findings follow what was inserted meanwhile
});

describe("Fragen aus Anfrage übernehmen", () => {
  const inquiry =
    "Sehr geehrter Herr Oberbürgermeister,\n\n1. Wie viele Plätze gibt es?\n2. Wer trägt die Kosten\n3. für 2013/2014?\n\nMit freundlichen Grüßen\nMax Muster";

  async function paneWithAnswer() {
    const gateway = scriptedGateway();
    await gateway.insertAnswer();
    renderPane(gateway);
    await screen.findByText(/Antwort vorhanden/);
    return gateway;
  }

  test("pasted text is split, corrected by the user and inserted in one call", async () => {
    const gateway = await paneWithAnswer();
    fireEvent.change(screen.getByLabelText("Text der Anfrage"), { target: { value: inquiry } });
    expect(await screen.findByText("3 Fragen gefunden")).toBeTruthy();
    fireEvent.click(screen.getAllByRole("button", { name: "Mit nächster Frage zusammenführen" })[1]);
    expect(await screen.findByText("2 Fragen gefunden")).toBeTruthy();
    fireEvent.change(screen.getByLabelText("Frage 1"), { target: { value: "Wie viele Plätze gibt es in Wuppertal?" } });
    fireEvent.click(screen.getByRole("button", { name: "2 Fragen einfügen" }));
    expect(await screen.findByText("Fragen 2 bis 3 wurden am Ende von „Begründung“ angefügt.")).toBeTruthy();
    expect(gateway.appendQuestions).toHaveBeenCalledWith(
      "reasons",
      [
        { question: "Wie viele Plätze gibt es in Wuppertal?", answer: "" },
        { question: "Wer trägt die Kosten für 2013/2014?", answer: "" },
      ],
      expect.anything(),
    );
    await waitFor(() => expect(screen.queryByText("2 Fragen gefunden")).toBeNull());
  });

  test("the selected text is taken from the document; an empty selection is explained", async () => {
    const gateway = await paneWithAnswer();
    fireEvent.click(screen.getByRole("button", { name: "Markierten Text übernehmen" }));
    expect(await screen.findByText("Im Dokument ist kein Text markiert.")).toBeTruthy();
    gateway.readSelectedText.mockResolvedValueOnce(inquiry);
    fireEvent.click(screen.getByRole("button", { name: "Markierten Text übernehmen" }));
    expect(await screen.findByText("3 Fragen gefunden")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Frage 3 entfernen" }));
    expect(await screen.findByText("2 Fragen gefunden")).toBeTruthy();
  });

  test("a failed insertion keeps the corrected questions", async () => {
    const gateway = await paneWithAnswer();
    gateway.appendQuestions.mockRejectedValueOnce(new WordFailure("busy", "ActivityLimitReached"));
    fireEvent.change(screen.getByLabelText("Text der Anfrage"), { target: { value: inquiry } });
    fireEvent.click(await screen.findByRole("button", { name: "3 Fragen einfügen" }));
    expect(await screen.findByText(/Word ist gerade beschäftigt/)).toBeTruthy();
    expect(screen.getByText("3 Fragen gefunden")).toBeTruthy();
  });
});

test("English when Word runs in English", async () => {
  await loadLanguage("en");
  renderPane(scriptedGateway(), "en");
  expect(await screen.findByText("This document holds no answer yet.")).toBeTruthy();
  expect(screen.getByRole("button", { name: "Insert answer" })).toBeTruthy();
});
