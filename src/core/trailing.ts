/**
 * `text` without the characters at its end that `character` matches (an expression for one character, without the
 * g flag, whose test() would keep its place between calls), walked back from the end. An expression anchored there
 * instead, such as `/[\s:.]+$/`, starts again at every such character in the text: quadratic time, half a minute
 * for a paragraph of 100,000 full stops.
 */
export function withoutTrailing(text: string, character: RegExp): string {
  let end = text.length;
  while (end > 0 && character.test(text[end - 1])) end--;
  return text.slice(0, end);
}
