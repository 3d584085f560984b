/**
 * How a control found in a snapshot is found again in Word: by its tag and its position among the controls with
 * that tag, never by an id. Word's ids do not match the document's w:id (office-js-docs #259), are not kept across
 * sessions on the web (office-js #2315, #2501), and `getById` cannot find a control of a kind the running Word does
 * not list (office-js #2160). So a locator names the control and, as fallbacks, the controls around it: Word selects
 * the first of them that its collections list completely (docs/word-behaviour.md, "kinds listed").
 */

/** One control, by tag: its position among the controls with that tag, and how many there are. */
export interface LocatorStep {
  tag: string;
  index: number;
  count: number;
  /** The same, counted inside the locator's frame; only when the locator has one. */
  inFrame?: { index: number; count: number };
}

export interface ControlLocator {
  /**
   * The tag of the top-level control around the control, when it is the first with that tag: Word's collections of
   * that frame's range list controls in table cells that the document's collection leaves out (office-js #2040).
   */
  frameTag?: string;
  /** The control itself first, then the controls around it, innermost first; controls without a tag are left out. */
  steps: LocatorStep[];
}

interface Placed {
  tag: string;
  parent: number | null;
}

/** Locators for controls in document order, each with its parent's index. Linear in the number of controls. */
export function locatorsOf(controls: Placed[]): ControlLocator[] {
  const top = controls.map(() => 0);
  const index = controls.map(() => 0);
  const inFrameIndex = controls.map(() => 0);
  const counts = new Map<string, number>();
  const countsInFrame = new Map<string, number>();
  const frameKey = (frame: number, tag: string) => `${frame}\u0000${tag}`;
  controls.forEach((control, i) => {
    const parent = control.parent;
    top[i] = parent === null || parent >= i ? i : top[parent];
    index[i] = counts.get(control.tag) ?? 0;
    counts.set(control.tag, index[i] + 1);
    const key = frameKey(top[i], control.tag);
    inFrameIndex[i] = countsInFrame.get(key) ?? 0;
    countsInFrame.set(key, inFrameIndex[i] + 1);
  });
  const step = (i: number, frame: number | null): LocatorStep => ({
    tag: controls[i].tag,
    index: index[i],
    count: counts.get(controls[i].tag) ?? 0,
    ...(frame !== null && frame !== i
      ? { inFrame: { index: inFrameIndex[i], count: countsInFrame.get(frameKey(frame, controls[i].tag)) ?? 0 } }
      : {}),
  });
  return controls.map((_, i) => {
    const frame = controls[top[i]].tag !== "" && index[top[i]] === 0 ? top[i] : null;
    const steps: LocatorStep[] = [];
    const seen = new Set<number>();
    for (let at: number | null = i; at !== null && at < controls.length && !seen.has(at); at = controls[at].parent) {
      seen.add(at);
      if (controls[at].tag !== "") steps.push(step(at, frame));
    }
    return frame === null ? { steps } : { frameTag: controls[frame].tag, steps };
  });
}

export function formatLocator(locator: ControlLocator): string {
  return JSON.stringify(locator);
}

/** The locator in a string, or null when the string is not one (a locator from another reader). */
export function parseLocator(text: string): ControlLocator | null {
  try {
    const value = JSON.parse(text) as ControlLocator;
    return Array.isArray(value?.steps) ? value : null;
  } catch {
    return null;
  }
}
