/**
 * The seed's answer as people typed it before the add-in (tables, heading styles, numbered question lines, no
 * control anywhere), and a colleague's variant of it: documents for the recogniser's tests, built from the seed.
 */
import type { WmlNode } from "../../../src/core/ooxml/tree";
import { SEED_QUESTIONS, SEED_VALUES } from "../check/seedContent";

const text = (t: string): WmlNode => ({ type: "text", text: t });
export const p = (t: string, style = ""): WmlNode => ({
  type: "paragraph",
  style,
  children: t === "" ? [] : [text(t)],
});
const cell = (t: string): WmlNode => ({ type: "cell", children: t.split("\n").map((line) => p(line)) });
const table = (rows: string[][]): WmlNode => ({
  type: "table",
  children: rows.map((r) => ({ type: "row", children: r.map(cell) })),
});
const v = (key: string) => SEED_VALUES[key];

interface Variant {
  questionLine: (n: number, question: string) => WmlNode[];
  headingStyle: string;
  blankLines: boolean;
  ratings: [string, string, string];
  notes: string;
}

/** The seed's answer as people typed it before the add-in: no control anywhere. */
export function writtenTheOldWay(variant: Variant): WmlNode[] {
  const h = (title: string) => [...(variant.blankLines ? [p("")] : []), p(title, variant.headingStyle)];
  return [
    table([
      ["Antwort auf Anfragen", "Geschäftsbereich", v("header.department")],
      ["", "Ressort / Stadtbetrieb", v("header.office")],
      ["", "Bearbeiter/in", v("header.author")],
      ["", "Telefon (0202)", v("header.phone")],
      ["", "Fax (0202)", v("header.fax")],
      ["", "E-Mail:", v("header.email")],
      ["", "Datum:", v("header.date")],
      ["", "Drucks.-Nr.:", `${v("header.number")} ${v("header.publicity")}`],
    ]),
    table([
      ["Sitzung am Gremium", "", "Beschlussqualität"],
      [`${v("meeting.date")} ${v("meeting.committee")}`, "", v("meeting.resolution")],
      [`Anfrage der ${v("inquiry.faction")} ${v("inquiry.number")}`, "", ""],
    ]),
    ...h("Grund der Vorlage"),
    p(v("reason.text")),
    ...h("Beschlussvorschlag"),
    p(v("proposal.text")),
    ...h("Einverständnisse"),
    p(v("consents.text")),
    ...h("Unterschrift"),
    p(v("signature.text")),
    ...h("Begründung"),
    ...SEED_QUESTIONS.flatMap((pair, i) => [
      ...variant.questionLine(i + 1, pair.question),
      ...pair.answer.split("\n").map((line) => p(line)),
      ...(variant.blankLines ? [p("")] : []),
    ]),
    ...h("Demografie-Check"),
    p("a) Ergebnis des Demografie-Checks"),
    table([
      ["Ziel 1 – Stadtstrukturen anpassen", variant.ratings[0]],
      ["Ziel 2 – Wanderungsbilanz verbessern", variant.ratings[1]],
      ["Ziel 3 – gesellschaftliche Teilhabe ermöglichen", variant.ratings[2]],
    ]),
    p("b) Erläuterungen zum Demografie-Check"),
    ...(variant.notes ? [p(variant.notes)] : []),
  ];
}

export const seedTheOldWay: Variant = {
  questionLine: (n, question) => [p(`${n}. ${question}`, "Fett")],
  headingStyle: "berschrift1",
  blankLines: false,
  ratings: ["+/0/−", "+/0/−", "+/0/−"],
  notes: "",
};

export const colleaguesVariant: Variant = {
  questionLine: (n, question) => [p(`Frage ${n}:`), p(question)],
  headingStyle: "",
  blankLines: true,
  ratings: ["0", "-", "+"],
  notes: "Ziel 2: weniger Zuzug durch die Umstellung. Ziel 3: mehr Teilhabe.",
};
