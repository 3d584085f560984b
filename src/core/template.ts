/** A text with its "{name}" placeholders filled; one without a value stays as written. */
export function fillIn(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
