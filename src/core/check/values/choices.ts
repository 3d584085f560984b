/** Choices compared as a user means them: spacing, case and the kind of dash do not matter ("-" for "−"). */

const DASHES = /[\u2010-\u2015\u2212-]/g;

export function choiceKey(text: string): string {
  return text.normalize("NFC").toLowerCase().replace(DASHES, "-").replace(/\s+/g, "");
}

/** The allowed choice the value stands for, or undefined when it is none of them. */
export function matchingChoice(value: string, choices: string[]): string | undefined {
  const key = choiceKey(value);
  return choices.find((choice) => choiceKey(choice) === key);
}
