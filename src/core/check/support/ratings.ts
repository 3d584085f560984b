/** Reading one rated item: unrated while blank or still showing the "+/0/−" prompt (also typed with "-"). */
import type { RatingSection } from "../../profile/types";
import type { Occurrence } from "../model";
import { choiceKey } from "../values/choices";

export function isUnrated(occurrence: Occurrence, section: RatingSection): boolean {
  return occurrence.blank || choiceKey(occurrence.text) === choiceKey(section.unratedPlaceholder);
}
