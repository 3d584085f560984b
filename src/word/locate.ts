/**
 * Finding a control of a snapshot again in Word, by tag and position (src/core/document/locator.ts), in one round
 * trip: queue the lookups, sync, then ask for the control. Word's ids are not used: they do not match the OOXML's
 * w:id and change between sessions on the web (office-js-docs #259, office-js #2501).
 */
import { parseLocator, type LocatorStep } from "../core/document/locator";
import { listedControls } from "./capabilities";

export interface Found {
  control: Word.ContentControl;
  /** False when Word did not list the control itself and an enclosing one stands in for it. */
  exact: boolean;
}

/** Queues what finding the control takes; after the next sync, the returned function gives it, or null. */
export function queueLookup(context: Word.RequestContext, locatorText: string): () => Found | null {
  const locator = parseLocator(locatorText);
  if (!locator || locator.steps.length === 0) return () => null;
  // A frame's range lists the controls in its table cells, which the document's collection misses on the web (office-js #2040).
  const frame = locator.frameTag
    ? listedControls(context.document).getByTag(locator.frameTag).getFirst().getRange("Whole")
    : null;
  const lookups = locator.steps.map((step) => {
    const inFrame = frame !== null && step.inFrame !== undefined;
    const collection = listedControls(inFrame ? frame : context.document)
      .getByTag(step.tag)
      .load("items/id");
    return { step, collection, inFrame };
  });
  return () => {
    for (const [i, { step, collection, inFrame }] of lookups.entries()) {
      const control = itemAt(collection.items, inFrame ? step.inFrame! : step);
      if (control) return { control, exact: i === 0 };
    }
    return null;
  };
}

/** The control at a step's position, if Word listed every control with that tag (otherwise the position is not trustworthy). */
function itemAt(items: Word.ContentControl[], place: Pick<LocatorStep, "index" | "count">): Word.ContentControl | null {
  return items.length === place.count ? (items[place.index] ?? null) : null;
}
