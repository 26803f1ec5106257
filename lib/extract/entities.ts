/**
 * Metadata a page encoded twice: JSON-LD and meta values that still hold HTML entities after the
 * parser decoded them once. Readability unescapes only &quot; &amp; &apos; &lt; &gt; and numeric
 * references, so a WordPress headline "win this&amp;nbsp;game" kept its "&nbsp;" in the title
 * (extraction-benchmark 8e3efab5, ProFootballTalk). Decoded by the copy's own HTML parser, which
 * knows every named entity: the copy is an inert document (no script runs, nothing loads), and
 * a `<` is escaped first so no element is made, only text read back.
 */
const ENTITY = /&(?:[a-z][a-z0-9]*|#\d+|#x[0-9a-f]+);/i;

export function decodeEntities(doc: Document, s: string | null | undefined): string | null | undefined {
  if (!s || !ENTITY.test(s)) return s;
  const el = doc.createElement('div');
  el.innerHTML = s.replace(/</g, '&lt;');
  return el.textContent ?? s;
}
