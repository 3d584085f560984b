/**
 * The accessibility findings' places and repairs: paragraphs, found again by position among body.paragraphs (which
 * holds table paragraphs from WordApi 1.3, the add-in's minimum) and checked by their text, since the document may
 * have changed since the check. Also the document's title.
 */
import type { ParagraphPlace } from "../core/check/snapshot";
import { TITLE_PROPERTY } from "../core/document/title";
import { runInWord, WordFailure } from "./errors";

/** Word's paragraph text has \v for line breaks and \t for tabs; the check's place has its own spacing. */
const comparable = (text: string) => text.replace(/\s+/g, " ").trim();

/** The index of the place's paragraph in Word's list, or -1: where its position moved, the first with its text. */
export function paragraphIndex(texts: string[], place: ParagraphPlace): number {
  const wanted = comparable(place.text);
  const matches = (i: number) =>
    i >= 0 &&
    i < texts.length &&
    (wanted === "" ? comparable(texts[i]) === "" : comparable(texts[i]).startsWith(wanted));
  if (matches(place.paragraph)) return place.paragraph;
  return wanted === "" ? -1 : texts.findIndex((_, i) => matches(i));
}

/** Loads the paragraphs' texts (one round trip) and finds the place's among them, or fails with Word's "not found". */
async function locateParagraphs(
  context: Word.RequestContext,
  place: ParagraphPlace,
  count: number,
): Promise<Word.Paragraph[]> {
  const paragraphs = context.document.body.paragraphs.load("items/text");
  await context.sync();
  const first = paragraphIndex(
    paragraphs.items.map((p) => p.text),
    place,
  );
  const run = first < 0 ? [] : paragraphs.items.slice(first, first + count);
  if (run.length < count) throw new WordFailure("notFound", "the paragraph is no longer where the check saw it");
  return run;
}

/** Selects a finding's paragraph: two round trips. */
export function selectParagraph(place: ParagraphPlace): Promise<void> {
  return runInWord(async (context) => {
    const [paragraph] = await locateParagraphs(context, place, 1);
    paragraph.select("Select");
    await context.sync();
  });
}

/**
 * Deletes `count` empty paragraphs from the place on, only if each is still empty: no text and nothing else in it (a
 * picture is a character of its range, so the range is not empty). Three round trips; resolves to how many went.
 */
export function removeEmptyParagraphs(place: ParagraphPlace, count: number): Promise<number> {
  return runInWord(async (context) => {
    const run = await locateParagraphs(context, place, count);
    if (run.some((p) => comparable(p.text) !== ""))
      throw new WordFailure("notFound", "the empty paragraphs are no longer where the check saw them");
    const contents = run.map((p) => p.getRange("Content").load("isEmpty"));
    await context.sync();
    const empty = run.filter((_, i) => contents[i].isEmpty);
    empty.forEach((p) => p.delete());
    await context.sync();
    return empty.length;
  });
}

/** Queues the title, noted as the add-in's, so that it follows the answer from now on (src/core/document/title.ts). */
export function queueTitle(context: Word.RequestContext, title: string): void {
  context.document.properties.title = title;
  context.document.properties.customProperties.add(TITLE_PROPERTY, title);
}

/** Gives the document its title: one round trip. */
export function setDocumentTitle(title: string): Promise<void> {
  return runInWord(async (context) => {
    queueTitle(context, title);
    await context.sync();
  });
}
