/** How the recogniser compares labels and headings: what counts, what does not, and in time linear in the text. */
import { expect, test } from "@jest/globals";
import { afterName, normalise } from "../../../src/core/recognise/lines";

test("case, dashes, runs of white space and trailing colons, full stops and spaces do not count", () => {
  expect(normalise("  Sitzung  am:")).toBe("sitzung am");
  expect(normalise("Demografie\u2013Check\t.: ")).toBe("demografie-check");
  expect(normalise("Ressort / Stadtbetrieb")).toBe("ressort / stadtbetrieb");
  expect(normalise("Drucks.-Nr.")).toBe("drucks.-nr");
  expect(normalise(" .:. ")).toBe("");
});

test("what follows a label, its colon and spaces dropped; nothing where the label is only the start of a word", () => {
  expect(afterName("Gremium:  Rat der Stadt", ["Gremium"])).toBe("Rat der Stadt");
  expect(afterName("Gremiumssitzung am 1.", ["Gremium"])).toBeNull();
});

test("a line of 100,000 full stops before a word is compared in linear time", () => {
  // `/[\s:.]+$/` started again at every full stop: 40,000 of them took four seconds, 100,000 take half a minute.
  const line = `${".".repeat(100_000)}x`;
  const started = Date.now();
  expect(normalise(line)).toBe(line);
  expect(normalise(`x${".".repeat(100_000)}`)).toBe("x");
  expect(Date.now() - started).toBeLessThan(1000); // a few milliseconds in linear time
});
