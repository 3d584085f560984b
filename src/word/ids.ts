/** A w:id base unlikely to meet ids already in the document; Word renumbers clashes, LibreOffice does not care. */
export function freshIdBase(): number {
  return 100_000 + Math.floor(Math.random() * 1_000_000_000);
}
