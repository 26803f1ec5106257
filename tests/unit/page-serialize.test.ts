// @vitest-environment jsdom
/**
 * lib/page/serialize.ts: the document copied in slices joins to exactly its outerHTML (issue 7),
 * on saved real pages (Japanese news, extraction benchmark) parsed by jsdom, whose serialiser
 * (parse5) follows the HTML spec as Chromium's does, with pieces forced small so every rule
 * (opened elements, raw text, comments, escaping) is used; and on a page built to hold what the
 * rules must not write themselves. linkedom (lib/node/parse) is not the reference: its own
 * outerHTML departs from the spec (bare `itemscope`, unescaped text in places), so a copy made
 * by the spec's rules cannot equal it. tests/e2e/capture.test.ts compares in Chromium.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readHtmlFile } from '../../lib/node/load';
import { markupRules, outerHtmlPieces, type SliceOptions } from '../../lib/page/serialize';

const SHARED = join(import.meta.dirname, '../../../shared/data');
const JA = join(SHARED, 'ja-news/pages');
const BENCH = join(SHARED, 'extraction-benchmark/html');
const PAGES = [
  ...readdirSync(JA)
    .slice(0, 10)
    .map((f) => join(JA, f)),
  ...readdirSync(BENCH)
    .sort()
    .slice(0, 6)
    .map((f) => join(BENCH, f)),
];

/** Every piece ends a slice; the pause counts them. */
function sliced(pieceElements: number) {
  let pauses = 0;
  const options: SliceOptions = {
    sliceMs: 0,
    pieceElements,
    now: () => 0,
    pause: async () => void pauses++,
  };
  return { options, pauses: () => pauses };
}

const PARSERS: Record<string, (html: string) => Document> = {
  jsdom: (html) => new DOMParser().parseFromString(html, 'text/html'),
};

describe('outerHtmlPieces', () => {
  for (const [name, parse] of Object.entries(PARSERS))
    it.each(PAGES.map((p) => [p.split('/').pop()!.slice(0, 30), p]))(
      `${name}: %s joins to its outerHTML`,
      async (_, path) => {
        const doc = parse(readHtmlFile(path));
        const root = doc.documentElement;
        const s = sliced(8);
        expect((await outerHtmlPieces(root, s.options))?.join('')).toBe(root.outerHTML);
        // Small pieces: the copy really was taken apart.
        expect(s.pauses()).toBeGreaterThan(20);
      },
    );

  // The capture's copy (lib/page/capture.ts codeNotContent): script and style texts left out.
  const leftOut = (el: Element) => el.localName === 'script' || el.localName === 'style';
  it.each(PAGES.slice(0, 8).map((p) => [p.split('/').pop()!.slice(0, 30), p]))(
    'jsdom: %s with script and style texts left out joins to its outerHTML with them emptied',
    async (_, path) => {
      const doc = PARSERS.jsdom(readHtmlFile(path));
      const root = doc.documentElement;
      const copy = (await outerHtmlPieces(root, { ...sliced(8).options, leaveTextOut: leftOut }))?.join('');
      for (const el of Array.from(root.querySelectorAll('script, style')))
        if (el.namespaceURI === 'http://www.w3.org/1999/xhtml') el.textContent = '';
      expect(copy).toBe(root.outerHTML);
    },
  );

  const TRICKY = `<!DOCTYPE html><html><head><title>a &amp; b</title>
    <style>p > a { content: "&<" }</style><script>if (a < b && c) x = "</p>";</script></head>
    <body data-x="q &quot;uote&quot; &amp; <tag> &nbsp;" class=a>
    <!-- a comment -->
    <p>Text &amp; &lt;more&gt; with&nbsp;nbsp "quotes" 'single'</p>
    <noscript><img src="x.png" alt="&lt;"></noscript>
    <svg viewBox="0 0 1 1" xmlns:xlink="http://www.w3.org/1999/xlink"><style>a &lt; b</style><use xlink:href="#a"/><text>&amp;</text></svg>
    <template><p>inside &amp; template</p></template>
    <textarea>raw &lt;/p&gt;</textarea><pre>
first line</pre><table><tr><td>1<td>2</table>
    <ul>${'<li><a href="/x?a=1&amp;b=2">item &amp;</a></li>'.repeat(20)}</ul>
    </body></html>`;

  for (const [name, parse] of Object.entries(PARSERS))
    it(`${name}: escaping, raw text, foreign elements and templates as the engine writes them`, async () => {
      const doc = parse(TRICKY);
      // What a script can do that markup cannot: children under a void element.
      const br = doc.createElement('br');
      for (let i = 0; i < 12; i++) br.append(doc.createElement('span'));
      doc.body.append(br);
      const root = doc.documentElement;
      expect((await outerHtmlPieces(root, sliced(1).options))?.join('')).toBe(root.outerHTML);
    });

  for (const [name, parse] of Object.entries(PARSERS))
    it(`${name}: the text and attribute rules are the engine's own escaping`, () => {
      const doc = parse('<p>x</p>');
      const rules = markupRules(doc);
      const s = `a & b < c > "d" 'e'\u00a0f`;
      const p = doc.createElement('p');
      p.textContent = s;
      p.setAttribute('title', s);
      expect(p.outerHTML).toBe(`<p title="${rules.attribute(s)}">${rules.text(s)}</p>`);
    });
});
