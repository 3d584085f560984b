/** The seed answer (Jobcenter Wuppertal, VO/0548/13/1-A) as content for buildAnswer: the reference document. */
import type { AnswerContent, QuestionContent } from "../../../src/core/ooxml/document";

export const SEED_VALUES: Record<string, string> = {
  "header.department": "Soziales, Jugend & Integration",
  "header.office": "Jobcenter Wuppertal AÖR",
  "header.author": "Thomas Lenz",
  "header.phone": "747 63 800",
  "header.fax": "747 63 809",
  "header.email": "thomas.lenz@jobcenter.wuppertal.de",
  "header.date": "24.06.2013",
  "header.number": "VO/0548/13/1-A",
  "header.publicity": "öffentlich",
  "meeting.date": "24.06.2013",
  "meeting.committee": "Ausschuss für Soziales, Familie und Gesundheit",
  "meeting.resolution": "Entgegennahme o. B.",
  "inquiry.faction": "Fraktion DIE LINKE",
  "inquiry.number": "VO/0548/13",
  "reason.text": "Antwort auf die Anfrage der Fraktion DIE LINKE, VO/0548/13",
  "proposal.text": "Die Vorlage wird ohne Beschluss entgegen genommen.",
  "consents.text": "entfällt",
  "signature.text": "Dr. Stefan Kühn",
};

export const SEED_QUESTIONS: QuestionContent[] = [
  {
    question:
      "Wer wurde bei der Formulierung der Vorgaben einbezogen? Wurden die jeweiligen Teams und der Personalrat dazu befragt?",
    answer: [
      "Die Zielvereinbarung wurde (wie generell in ganz NRW üblich) zwischen Land und Stadt Wuppertal geschlossen. Jedoch waren Vorstand und Fachbereichsleitungen des Jobcenters Wuppertal aktiv in den Prozess eingebunden. Die übergeordneten Jahresziele im SGB II werden in der Bund-Länder-Kommission festgelegt und dann auf die Landes- und Kommunalebene herunter gebrochen. Kritisch ist anzumerken, dass die auf Bundesebene festgelegten Ziele aus Sicht der Jobcenter Wuppertal AÖR nur teilweise das Aufgabenspektrum im SGB II wieder spiegelt. Aufgabe im SGB II ist nicht nur die Integration in Arbeit und Ausbildung. Im SGB II werden auch soziale Aufgaben wahrgenommen, die im Zielsystem des Bundes nur eingeschränkt berücksichtigt werden. Insbesondere diese Aspekte werden in der mit dem Land ausgehandelten Vereinbarung ergänzt. Grundlage der lokalen Ziele sind arbeitsmarkt- und strukturpolitische Auswertungen (Arbeitslosenquote, Integrationsquote der letzten Jahre, Konjunkturprognosen). Die Zielvereinbarung Land und Kommune entsteht in keinem frei verhandelbaren Prozess, sondern das Land gibt einen bestimmten Zielkorridor vor.",
      "Mitarbeiter/innen und Personalrat wurden regelmäßig über den Stand des Zielvereinbarungsprozesses informiert.",
    ].join("\n"),
  },
  {
    question:
      "Wie wurden die Rahmenbedingungen, unter denen die Zielvorgaben erreicht werden sollen, ermittelt und durch wen?",
    answer: "Siehe 1.",
  },
  {
    question: "Sind die Zielvorgaben auf ihre Durchführbarkeit geprüft worden und von wem?",
    answer:
      "In der Zielvereinbarung wird nicht von Zielvorgaben, sondern von Zielen geschrieben. Die Ziele sind von Führungs- und Fachkräften im Jobcenter auf ihre Zielerreichung geprüft worden, wobei Erfahrungswerte der Vergangenheit, die aktuelle Arbeitsmarktsituation, das Maßnahmeportfolio und die verfügbaren personellen und finanziellen Ressourcen berücksichtigt wurden.",
  },
  {
    question: "Welche Konsequenzen ergeben sich bei Nichteinhaltung der Zielvorgaben?",
    answer: [
      "Es gibt seitens des Bundes oder des Landes keine rechtlichen oder finanziellen Konsequenzen bei Nichterreichen der Ziele. In einem partnerschaftlichen Dialog tauschen sich MAIS und Jobcenter regelmäßig über den Verlauf des Zielerreichungsprozess aus, um im Falle von Abweichungen geeignete Strategien zu entwickeln.",
      "Auch wenn es keine Sanktionen bei Zielverfehlung gibt, nimmt das Jobcenter Wuppertal im Interesse der Leistungsberechtigten die Ziele sehr ernst. Ohne klare Zielorientierung ist eine erfolgreiche Integrationsarbeit nicht möglich.",
    ].join("\n"),
  },
  {
    question:
      "Ist aufgrund der Vorgaben für die MitarbeiterInnen mit erhöhtem Druck bei der Aktivierung und einem Anstieg der Sanktionen bei Leistungsberechtigten zu rechnen, wenn die Mitarbeiter bei Nichterfüllung selbst mit Nachteilen zu rechnen haben?",
    answer:
      "Es ist der Auftrag des Jobcenters Wuppertal, Menschen in Arbeit zu vermitteln bzw. Vermittlungshemmnisse schrittweise abzubauen. Eine Verbesserung der Integrationsarbeit kommt daher den Leistungsberechtigten zu gute. Sanktionen sind kein Steuerungsinstrument zur Zielerreichung, sondern werden nur auf gesetzlich definierter Grundlage ausgesprochen.",
  },
  {
    question:
      "Welche verbesserten Instrumente und Möglichkeiten stehen den MitarbeiterInnen insbesondere zur Erhöhung der Integrationsquote zur Verfügung?",
    answer:
      "Den Integrationsfachkräften steht ein Maßnahmenportfolio mit rund 15.000 Teilnehmerplätzen zur Verfügung. Die personelle Situation im Integrationsbereich hat sich gegenüber dem Vorjahr deutlich verbessert. Nicht besetzte Stellen konnten besetzt werden, darüber hinaus wurden zusätzliche Stellen in der Arbeits- und Ausbildungsvermittlung geschaffen. Dies bedeutet ein reales Plus von rund 30 Stellen im Integrationsbereich im Vergleich zu Anfang 2012.",
  },
  {
    question:
      "Welche Auswirkungen haben die Zielvorgaben auf die LOB (Leistungsorientierte Bezahlung) Vereinbarungen. Wie viele MitarbeiterInnen nehmen nicht an den LOB Vereinbarungen teil?",
    answer: [
      "Ziele der Organisation müssen sich auch in den Vereinbarungen zur Leistungsorientierten Bezahlung wiederfinden. Zielgrößen in den LOBs für Fallmanager/innen und Arbeitsvermittler/innen haben daher einen Integrationsbezug. Beispielsweise sind die Ziele im Bereich AV Ü50:",
      "- Zahl der erfolgreiche Integrationen von marktnahen erwerbsfähigen Leistungsberechtigten über 25 Jahren in sozialversicherungspflichtige Beschäftigung",
      "- Kontaktdichte bei marktnahen erwerbsfähigen Leistungsberechtigten über 25 Jahren",
      "Gezählt beim LOB werden nur die Zahlfälle. 2012 waren dies beim Jobcenter 416.",
    ].join("\n"),
  },
  {
    question:
      "Welche Zielgruppen sollen im laufenden Jahr besonders gefördert werden und welche Aktivierungsmaßnahmen sind in den hervorgehobenen Projekten konkret vorgesehen, um eine Erhöhung der Integrationsquote bzw. eine Verbesserung der Beschäftigungsfähigkeit zu erreichen? (Die Projekt- und Maßnahmenbeschreibungen sind in der Zielvereinbarung häufig sehr vage und unbestimmt formuliert).",
    answer: [
      "Die Zielgruppen sind in der Zielvereinbarung wie folgt definiert:",
      "- Jugendliche",
      "- Frauen, insbesondere Alleinerziehende",
      "- Personen mit Migrationshintergrund",
      "- Langzeitbezieher",
      "Grundsätzlich nutzt das Jobcenter Wuppertal für sein Maßnahmenangebot die ganze Instrumentenpalette von SGB II und SGB III. Im allen Integrationsfachkräften zugänglichen Maßnahmetool sind alle Maßnahmen des Jobcenters aufgeführt und ausführlich beschrieben. Es gibt Informationen zu:",
      "- Rechtliche Grundlage der Maßnahme",
      "- Zahl der Plätze",
      "- Handlungsstrategie",
      "- Zielgruppe",
      "- Ziel der Maßnahme",
      "- Erfolgskriterien",
      "Das Maßnahmetool erlaubt eine passgenaue Zuweisung der Kundinnen und Kunden in die für ihre Profillage geeignete Maßnahme.",
    ].join("\n"),
  },
];

/** The seed's content: every field as printed, all eight questions; the Demografie-Check left unrated, no Erläuterungen. */
export function seedContent(): AnswerContent {
  return { values: { ...SEED_VALUES }, questions: { reasons: SEED_QUESTIONS.map((q) => ({ ...q })) } };
}

/** The day after the seed's date: "today" for the acceptance test. */
export const SEED_TODAY = { year: 2013, month: 6, day: 25 };
