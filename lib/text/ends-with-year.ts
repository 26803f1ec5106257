/**
 * Whether a text ends with a digit, its final full stop optional: a cheap necessary condition
 * for the caption-date regexes ("… September 17, 2018."), which are otherwise tried from every
 * offset of every long text (issue 7). Shared by lib/segment/other.ts and lib/points/worthy.ts.
 */
export function endsWithYear(text: string): boolean {
  let end = text.length;
  if (text.charCodeAt(end - 1) === 46) end--;
  const c = text.charCodeAt(end - 1);
  return c >= 48 && c <= 57;
}
