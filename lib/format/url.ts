/**
 * Which URLs a copy may link to. The page URL comes from the tab (or the CLI's argument), and a
 * copy must never carry a `javascript:` or `data:` link into someone's notes (issue 4: "nothing
 * from the page is inserted unescaped"). Characters that would end a Markdown link destination
 * or an HTML attribute early are percent-encoded; the URL stays equivalent.
 *
 * Exports: `safeHref(url) → string | null`.
 */
const ALLOWED = new Set(['http:', 'https:', 'file:']);

export function safeHref(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (!ALLOWED.has(parsed.protocol)) return null;
  // Keep the URL as written (the text directive's own encoding included), only escaping what
  // Markdown or HTML would read as syntax.
  return url.replace(
    /[\s()<>"'`\\]/g,
    (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'),
  );
}
