/**
 * Where XML stops being well-formed. The readers parse without saxes' position tracking (a tenth of its time on
 * every part, and nearly every part is well-formed); only a broken part is read a second time, to say where.
 */
import { SaxesParser } from "saxes";

/** Thrown to stop at the first error; never leaves this module. */
const FOUND = new Error("found");

/** "Zeile L, Zeichen C" of the first error in `xml`, "" where it has none. */
export function breakingPoint(xml: string): string {
  const parser = new SaxesParser({ xmlns: false, position: true });
  let where = "";
  parser.on("error", () => {
    where = `Zeile ${parser.line}, Zeichen ${parser.column}`;
    throw FOUND;
  });
  try {
    parser.write(xml).close();
  } catch {
    // FOUND, or a parser that gave up without an error event: `where` says what was seen.
  }
  return where;
}
