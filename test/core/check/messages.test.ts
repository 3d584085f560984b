/** The sentences of the check: each kind of value rendered as German and English print it. */
import { describe, expect, test } from "@jest/globals";
import { listOf, oneOf, phrase, quoted, render, renderBoth } from "../../../src/core/check/messages";

const phrases = {
  pair: { de: "{{title}} {{number}}", en: "{{title}} {{number}}" },
  atPosition: { de: "an {{position}}. Stelle", en: "at position {{position}}" },
  nothing: { de: "nichts", en: "nothing" },
};

describe("values", () => {
  test("text and numbers stand as they are", () => {
    expect(render("{{a}} und {{b}}", { a: "Datum", b: 3 }, "de")).toBe("Datum und 3");
    expect(render("{{b}}{{b}}", { b: 0 }, "en")).toBe("00");
  });

  test("quoted text takes each language's quotes, on one line, cut after 79 characters", () => {
    expect(render("{{x}}", { x: quoted("Kopf") }, "de")).toBe("„Kopf“");
    expect(render("{{x}}", { x: quoted("Kopf") }, "en")).toBe("“Kopf”");
    expect(render("{{x}}", { x: quoted("  zwei\n Zeilen\t ") }, "de")).toBe("„zwei Zeilen“");
    const long = "a".repeat(80);
    expect(render("{{x}}", { x: quoted(long) }, "de")).toBe(`„${long}“`);
    expect(render("{{x}}", { x: quoted(`${long}b`) }, "de")).toBe(`„${"a".repeat(79)}…“`);
  });

  test("alternatives: one alone, two with 'oder'/'or', more with commas before it", () => {
    expect(render("{{x}}", { x: oneOf([]) }, "de")).toBe("");
    expect(render("{{x}}", { x: oneOf(["+"]) }, "de")).toBe("„+“");
    expect(render("{{x}}", { x: oneOf(["+", "0"]) }, "de")).toBe("„+“ oder „0“");
    expect(render("{{x}}", { x: oneOf(["+", "0", "−"]) }, "en")).toBe("“+”, “0” or “−”");
  });

  test("lists join their values with their separator", () => {
    expect(render("{{x}}", { x: listOf([1, 2, "…"]) }, "de")).toBe("1, 2, …");
    expect(render("{{x}}", { x: listOf([quoted("a"), quoted("b")], "; ") }, "en")).toBe("“a”; “b”");
    expect(render("[{{x}}]", { x: listOf([]) }, "de")).toBe("[]");
  });

  test("phrases are rendered in the same language, with their own data, and can be quoted", () => {
    expect(render("{{x}}", { x: phrase("pair", { title: "Frage", number: 2 }) }, "de", phrases)).toBe("Frage 2");
    expect(render("{{x}}", { x: phrase("atPosition", { position: 3 }) }, "en", phrases)).toBe("at position 3");
    expect(render("{{x}}", { x: phrase("nothing") }, "de", phrases)).toBe("nichts");
    expect(render("{{x}}", { x: quoted(phrase("pair", { title: "Antwort", number: 1 })) }, "de", phrases)).toBe(
      "„Antwort 1“",
    );
  });
});

describe("templates", () => {
  test("every placeholder is filled; text around them and braces that are no placeholder stay", () => {
    expect(render("{a} {{a}} {{ a }}", { a: "x" }, "de")).toBe("{a} x {{ a }}");
  });

  test("a value is not read as a template: user text with braces or $ stays as typed", () => {
    expect(render("{{a}}", { a: "{{b}} $& $1" }, "de")).toBe("{{b}} $& $1");
  });

  test("a placeholder without data, an unknown phrase, or one inherited from Object, is the rule's mistake", () => {
    expect(() => render("{{field}} fehlt", {}, "de")).toThrow("no value for {{field}}");
    expect(() => render("{{toString}}", {}, "de")).toThrow("no value for {{toString}}");
    expect(() => render("{{x}}", { x: phrase("unknown") }, "de", phrases)).toThrow('no phrase "unknown"');
    expect(() => render("{{x}}", { x: phrase("constructor") }, "de", phrases)).toThrow('no phrase "constructor"');
  });

  test("both languages at once", () => {
    const message = { de: "{{f}} fehlt: {{c}}.", en: "{{f}} missing: {{c}}." };
    expect(renderBoth(message, { f: quoted("Datum"), c: phrase("nothing") }, phrases)).toEqual({
      de: "„Datum“ fehlt: nichts.",
      en: "“Datum” missing: nothing.",
    });
  });
});
