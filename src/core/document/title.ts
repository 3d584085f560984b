/**
 * The document's title (its properties' "Titel", the PDF's title bar and what a screen reader announces first):
 * the profile's title fields, each by its first line, joined by " – ", e.g. "VO/0548/13/1-A – Antwort auf die
 * Anfrage der Fraktion DIE LINKE, VO/0548/13". Without them, the caption of the document's header.
 */
import type { Profile } from "../profile/types";
import type { DocumentModel } from "../check/model";
import { firstLine } from "../textLines";

const SEPARATOR = " – ";

/** What the document is called when no title field is filled in. */
function fallbackTitle(profile: Profile): string {
  for (const section of profile.sections) if (section.kind === "fieldTable") return section.caption;
  return profile.name;
}

/** `valueOf` gives a field's text by key ("section.field"), undefined or blank where it is empty. */
export function documentTitle(profile: Profile, valueOf: (key: string) => string | undefined): string {
  const parts = (profile.accessibility?.titleFields ?? [])
    .map((key) => firstLine(valueOf(key) ?? "").trim())
    .filter((part) => part !== "");
  return parts.length > 0 ? parts.join(SEPARATOR) : fallbackTitle(profile);
}

/** The custom property holding the title the add-in last wrote: a title the user gave the document is never replaced. */
export const TITLE_PROPERTY = "Ratsantwort.Titel";

/** The title an answer's fields give, read from its model. */
export function titleOfModel(model: DocumentModel): string {
  return documentTitle(model.profile, (key) => model.values.get(key)?.find((value) => !value.blank)?.text);
}

/**
 * The title Word should be given now, or null to leave it as it is: only in an answer of ours (its controls read, not
 * recognised in the text), and only over an empty title or the one the add-in wrote last.
 */
export function titleUpdate(model: DocumentModel, current: string): string | null {
  const { snapshot } = model;
  if (model.frames.length === 0 || snapshot.recognised) return null;
  const wanted = titleOfModel(model);
  const ours = current.trim() === "" || current === snapshot.properties?.[TITLE_PROPERTY];
  return ours && wanted !== current ? wanted : null;
}
