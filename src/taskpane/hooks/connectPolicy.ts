/**
 * Whether the page's Content-Security-Policy lets it connect to an origin. The build writes the OParl endpoint's
 * origin into it (OPARL_ENDPOINT, README); a profile.json naming another endpoint would only meet a blocked request,
 * so the pane asks first and tells the IT what to do.
 */

/** The origins of the page's connect-src ('self' as the page's own; default-src where connect-src is missing). */
export function allowedConnectOrigins(doc: Document): string[] {
  const meta = doc.querySelector('meta[http-equiv="Content-Security-Policy" i]');
  if (!meta) return ["*"];
  const directives = (meta.getAttribute("content") ?? "").split(";").map((part) => part.trim().split(/\s+/));
  const find = (name: string) => directives.find(([directive]) => directive.toLowerCase() === name);
  const sources = (find("connect-src") ?? find("default-src") ?? ["", "*"]).slice(1);
  return sources.map((source) => (source === "'self'" ? doc.location.origin : source));
}

export function connectAllowed(url: string, doc: Document = document): boolean {
  const allowed = allowedConnectOrigins(doc);
  return allowed.includes("*") || allowed.includes(new URL(url).origin);
}
