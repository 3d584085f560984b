/** What the pane's start asks of Office (src/word/host.ts): whether it runs in Word, and Word's settings. */
import { afterEach, describe, expect, test } from "@jest/globals";
import { hostSettings, meetsMinimum, officeHost } from "../../src/word/host";
import { installTestWord, type TestWord } from "../../src/word-emulator/testing";

let word: TestWord | null = null;
const globals = globalThis as unknown as { Office?: unknown };
afterEach(() => {
  word?.uninstall();
  word = null;
  delete globals.Office;
});

describe("officeHost", () => {
  test("without Office.js (a plain browser) the page is elsewhere", async () => {
    expect(await officeHost()).toBe("elsewhere");
  });

  test("in Word, Word; in another Office application, elsewhere", async () => {
    word = installTestWord({ edition: "web" });
    expect(await officeHost()).toBe("word");
    word.uninstall();
    word = null;
    globals.Office = {
      HostType: { Word: "Word" },
      onReady: (callback: (info: { host: string }) => void) => callback({ host: "Excel" }),
    };
    expect(await officeHost()).toBe("elsewhere");
  });
});

describe("hostSettings", () => {
  test("Word's language, background and storage partition", () => {
    const theme = {
      bodyBackgroundColor: "#1f1f1f",
      bodyForegroundColor: "#fff",
      controlBackgroundColor: "#000",
      controlForegroundColor: "#fff",
    };
    word = installTestWord({ displayLanguage: "en-GB", officeTheme: theme, partitionKey: "p-42" });
    expect(hostSettings()).toEqual({ displayLanguage: "en-GB", background: "#1f1f1f", storagePartition: "p-42" });
  });

  test("no theme and an empty partition key are none", () => {
    word = installTestWord({ partitionKey: "" });
    expect(hostSettings()).toEqual({ displayLanguage: "de-DE", background: undefined, storagePartition: undefined });
  });

  test("the minimum WordApi is 1.3: Word 2016 is below it", () => {
    word = installTestWord({ edition: "2019" });
    expect(meetsMinimum()).toBe(true);
    word.setRequirementSets({ WordApi: "1.2" });
    expect(meetsMinimum()).toBe(false);
  });
});
