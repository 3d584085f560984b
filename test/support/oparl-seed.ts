/**
 * The tests' council information system: the seed's inquiry (VO/0548/13, Fraktion DIE LINKE, eight questions)
 * among the papers a council publishes around it — an inquiry already answered, its answer, a paper that is no
 * inquiry, an inquiry by a person without text, and one from long ago that the recent list leaves out.
 */
import type { CalendarDate } from "../../src/core/dates";
import { oparlObjects, oparlStore, type OParlStore } from "../../src/preview/oparlSample";

/** The seed's inquiry as a letter: the eight questions the answer VO/0548/13/1-A quotes. */
export const SEED_INQUIRY_TEXT = `Anfrage der Fraktion DIE LINKE
für die Sitzung des Ausschusses für Soziales, Familie und Gesundheit am 24.06.2013

Zielvereinbarung 2013 zwischen dem Land NRW und der Stadt Wuppertal (Jobcenter Wuppertal AöR)

Sehr geehrter Herr Vorsitzender,

die Zielvereinbarung für das Jahr 2013 sieht eine Erhöhung der Integrationsquote und eine Senkung der Zahl der Langzeitleistungsbezieher vor. Wir bitten die Verwaltung um die Beantwortung der folgenden Fragen:

1. Wer wurde bei der Formulierung der Vorgaben einbezogen? Wurden die jeweiligen Teams und der Personalrat dazu befragt?
2. Wie wurden die Rahmenbedingungen, unter denen die Zielvorgaben erreicht werden sollen, ermittelt und durch wen?
3. Sind die Zielvorgaben auf ihre Durchführbarkeit geprüft worden und von wem?
4. Welche Konsequenzen ergeben sich bei Nichteinhaltung der Zielvorgaben?
5. Ist aufgrund der Vorgaben für die MitarbeiterInnen mit erhöhtem Druck bei der Aktivierung und einem Anstieg der Sanktionen bei Leistungsberechtigten zu rechnen, wenn die Mitarbeiter bei Nichterfüllung selbst mit Nachteilen zu rechnen haben?
6. Welche verbesserten Instrumente und Möglichkeiten stehen den MitarbeiterInnen insbesondere zur Erhöhung der Integrationsquote zur Verfügung?
7. Welche Auswirkungen haben die Zielvorgaben auf die LOB (Leistungsorientierte Bezahlung) Vereinbarungen. Wie viele MitarbeiterInnen nehmen nicht an den LOB Vereinbarungen teil?
8. Welche Zielgruppen sollen im laufenden Jahr besonders gefördert werden und welche Aktivierungsmaßnahmen sind in den hervorgehobenen Projekten konkret vorgesehen, um eine Erhöhung der Integrationsquote bzw. eine Verbesserung der Beschäftigungsfähigkeit zu erreichen? (Die Projekt- und Maßnahmenbeschreibungen sind in der Zielvereinbarung häufig sehr vage und unbestimmt formuliert).

Mit freundlichen Grüßen

Gunhild Böth
Fraktionsvorsitzende
`;

const STOPS_TEXT = `Anfrage der Fraktion Bündnis 90/Die Grünen

Barrierefreie Haltestellen

1. Wie viele Bushaltestellen im Stadtgebiet sind bereits barrierefrei ausgebaut?
2. Welche Haltestellen sollen im nächsten Jahr umgebaut werden?
3. Werden die Behindertenverbände an der Reihenfolge beteiligt?

Mit freundlichen Grüßen`;

export interface SeedOParl extends OParlStore {
  /** The seed inquiry's address (for `new --oparl`). */
  seedPaper: string;
}

export function seedOParl(base: string, today: CalendarDate): SeedOParl {
  const make = oparlObjects(base, today);
  const organization = (id: number) => make.url(`organization/${id}`);
  const store = oparlStore(base, [
    ...make.system("Stadt Wuppertal"),
    make.organization(1, "Fraktion DIE LINKE", "Fraktion"),
    make.organization(2, "Ausschuss für Soziales, Familie und Gesundheit", "Ausschuss"),
    make.organization(3, "Fraktion Bündnis 90/Die Grünen", "Fraktion"),
    make.organization(4, "Ausschuss für Stadtentwicklung, Verkehr und Bauen", "Ausschuss"),
    make.person(1, "Erika", "Beispiel"),
    make.meeting(1, "Sitzung des Ausschusses für Soziales, Familie und Gesundheit", "2013-06-24T16:00:00+02:00", 2),
    make.meeting(2, "Sitzung des Ausschusses für Stadtentwicklung, Verkehr und Bauen", "2013-07-02T15:00:00+02:00", 4),
    make.paper(
      548,
      12,
      {
        name: "Zielvereinbarung 2013 zwischen dem Land NRW und der Stadt Wuppertal (Jobcenter Wuppertal AöR)",
        reference: "VO/0548/13",
        date: "2013-06-10",
        paperType: "Anfrage",
        originatorOrganization: [organization(1)],
      },
      { text: SEED_INQUIRY_TEXT, meeting: [1, 2] },
    ),
    make.paper(
      612,
      9,
      {
        name: "Barrierefreie Haltestellen",
        reference: "VO/0612/13",
        date: "2013-06-18",
        paperType: "Anfrage",
        originatorOrganization: [organization(3)],
      },
      { text: STOPS_TEXT, meeting: [2, 4] },
    ),
    make.paper(613, 3, {
      name: "Antwort auf die Anfrage VO/0612/13: Barrierefreie Haltestellen",
      reference: "VO/0612/13/1-A",
      date: "2013-07-01",
      paperType: "Beantwortung einer Anfrage",
      relatedPaper: [make.url("paper/612")],
    }),
    make.paper(700, 7, {
      name: "Haushaltssatzung 2014",
      reference: "VO/0700/13",
      date: "2013-06-20",
      paperType: "Beschlussvorlage",
    }),
    make.paper(731, 2, {
      name: "Radverkehr in der Innenstadt",
      reference: "VO/0731/13",
      date: "2013-06-27",
      paperType: "Große Anfrage",
      originatorPerson: [make.url("person/1")],
    }),
    make.paper(101, 900, {
      name: "Parkgebühren am Zoo",
      reference: "VO/0101/11",
      date: "2011-02-01",
      paperType: "Anfrage",
      originatorOrganization: [organization(3)],
    }),
  ]);
  return { ...store, seedPaper: make.url("paper/548") };
}
