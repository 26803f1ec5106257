/**
 * Issue 4: copies in Markdown, plain text and rich text for each scope; escaping; JSON links.
 * Markdown is read back with markdown-it (CommonMark) and HTML with linkedom, so the tests
 * check what a reader's program will see, not strings.
 */
import MarkdownIt from 'markdown-it';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { copyPayload, COPY_FORMATS, type CopyScope } from '../../lib/format/copy';
import { escapeHtml, htmlFor } from '../../lib/format/html';
import { toJson } from '../../lib/format/json';
import { escapeMarkdown, markdownFor, toMarkdown } from '../../lib/format/markdown';
import { pointLinker } from '../../lib/format/scope';
import { shownPoints } from '../../lib/format/shown';
import { toText } from '../../lib/format/text';
import { extractFromHtml, readHtmlFile } from '../../lib/node/load';
import { outlineArticle } from '../../lib/pipeline';
import { ROLES, type Outline } from '../../lib/types';

const md = new MarkdownIt({ linkify: false });
const render = (s: string) => parseHTML(`<html><body>${md.render(s)}</body></html>`).document;

function outlineOf(file: string, url: string): Outline {
  const r = outlineArticle(extractFromHtml(readHtmlFile(file), url));
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}
const seed = outlineOf('tests/fixtures/seed/source.html', 'https://example.org/news/alaska?id=1');

/** An outline whose page text tries every trick a page could play on a copy. */
function hostile(): Outline {
  const evil = [
    '[click me](javascript:alert(1)) and ![img](https://evil.example/x.png)',
    '<script>alert(1)</script> <img src=x onerror=alert(1)> &lt;b&gt;',
    '# not a heading, > not a quote, - not a list',
    '1. not an ordered list, *not emphasis*, __not strong__, `not code` ~~not struck~~',
    '<https://evil.example/autolink> and [ref]: https://evil.example',
  ];
  const url = 'https://example.org/a(b)?q="x"';
  const paragraphs = evil.map((t, i) => ({
    id: `p${i}`,
    text: t,
    heading: null,
    tag: 'p',
    domIndex: -1,
    role: 'result' as const,
  }));
  const link = pointLinker({ url, lang: 'en', paragraphs });
  const point = (t: string) => link({ text: t, sentence: t, paragraphIds: ['p0'] });
  return {
    title: 'Title with <b>tags</b> & [brackets](https://evil.example) #',
    url,
    lang: 'en',
    siteName: '<i>Site</i>',
    byline: null,
    publishedTime: null,
    readingMinutes: 2,
    gist: point(evil[1]),
    paragraphs,
    sections: ROLES.map((role, i) => ({
      role,
      points: i < 2 ? evil.slice(i * 2, i * 2 + 3).map(point) : [],
    })),
  };
}

describe('escapeMarkdown', () => {
  it.each([
    'The snake_case name and file_name_v2 stay as they are.',
    'AT&T, U.S. and 3-D printers; 50% up; Q&A.',
    'こども家庭庁は、総理大臣直属の機関として発足しました。',
    'He said: “it’s not over” (really) — 2 + 2 = 4!',
  ])('leaves ordinary prose alone: %s', (s) => expect(escapeMarkdown(s)).toBe(s));

  it('never lets page text become a link, image, HTML, code or block', () => {
    const o = hostile();
    const doc = render(toMarkdown(o));
    const links = [...doc.querySelectorAll('a')].map((a) => a.getAttribute('href')!);
    // Only Lede's own links: the page URL and each point's text fragment.
    for (const href of links) expect(href.startsWith('https://example.org/a%28b%29')).toBe(true);
    expect(
      doc.querySelectorAll('img, script, code, strong, em:not(:only-child), s, del, ol, h3').length,
    ).toBe(0);
    expect(doc.querySelectorAll('h1').length).toBe(1);
    expect(doc.querySelectorAll('h2').length).toBe(4);
    // The words of every point are there as text.
    const text = doc.body.textContent!;
    expect(text).toContain('<script>alert(1)</script>');
    expect(text).toContain('[click me](javascript:alert(1))');
    expect(text).toContain('# not a heading');
    expect(text).toContain('Title with <b>tags</b> & [brackets](https://evil.example) #');
  });
});

describe('copies', () => {
  const scopes: CopyScope[] = [
    { kind: 'outline' },
    ...ROLES.map((role) => ({ kind: 'section', role }) as CopyScope),
    { kind: 'gist' },
    { kind: 'point', role: 'background', index: 0 },
  ];

  it.each(COPY_FORMATS)('%s: every scope carries the title and the source URL', (format) => {
    for (const scope of scopes) {
      const payload = copyPayload(seed, scope, format);
      expect(payload['text/plain']).toContain(seed.title);
      expect(payload['text/plain']).toContain(seed.url);
      expect('text/html' in payload).toBe(format === 'rich');
      if (payload['text/html']) {
        const doc = parseHTML(`<html><body>${payload['text/html']}</body></html>`).document;
        expect(doc.body.textContent).toContain(seed.title);
        expect([...doc.querySelectorAll('a')].some((a) => a.getAttribute('href') === seed.url)).toBe(true);
      }
    }
  });

  it('a point copy links to that point’s exact sentence', () => {
    const p = seed.sections[0].points[0];
    for (const format of COPY_FORMATS) {
      const payload = copyPayload(seed, { kind: 'point', role: 'background', index: 0 }, format);
      expect(payload['text/plain']).toContain(format === 'markdown' ? escapeMarkdown(p.text) : p.text);
      expect(payload['text/html'] ?? payload['text/plain']).toContain(p.link.replace(/&/g, '&amp;'));
    }
  });

  it('a title with brackets still links to the page', () => {
    const o = { ...seed, title: 'Plan [draft] ] for 2026' };
    const doc = render(markdownFor(o, { kind: 'gist' }));
    const a = [...doc.querySelectorAll('a')].find((x) => x.getAttribute('href') === o.url);
    expect(a?.textContent).toBe('Plan [draft] ] for 2026');
  });

  it('a section copy holds that section only', () => {
    const doc = render(markdownFor(seed, { kind: 'section', role: 'strategy' }));
    expect([...doc.querySelectorAll('h2')].map((h) => h.textContent)).toEqual(['戦略']);
    expect(doc.querySelectorAll('li').length).toBe(seed.sections[2].points.length);
  });

  it('rich text has headings, a list per section and a link per point, all page text escaped', () => {
    const o = hostile();
    const doc = parseHTML(`<html><body>${htmlFor(o, { kind: 'outline' })}</body></html>`).document;
    expect(doc.querySelectorAll('h1').length).toBe(1);
    expect([...doc.querySelectorAll('h2')].map((h) => h.textContent)).toEqual([
      'Background',
      'Result',
      'Strategy',
      'Outlook',
    ]);
    const points = o.sections.flatMap((s) => s.points);
    expect(doc.querySelectorAll('li').length).toBe(points.length);
    expect(doc.querySelectorAll('li a').length).toBe(points.length);
    expect(doc.querySelectorAll('script, img, b, i').length).toBe(0);
    for (const a of doc.querySelectorAll('a'))
      expect(a.getAttribute('href')).toMatch(/^https:\/\/example\.org\/a%28b%29/);
    expect(doc.body.textContent).toContain('<script>alert(1)</script>');
    expect(escapeHtml(`<a href="x" onclick='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });

  it('links only to web and file pages', () => {
    const o = { ...seed, url: 'javascript:alert(1)//' };
    for (const format of COPY_FORMATS) {
      const p = copyPayload(o, { kind: 'outline' }, format);
      expect(p['text/html'] ?? '').not.toMatch(/href="javascript/i);
      expect(render(p['text/plain']).querySelectorAll('a[href^="javascript"]').length).toBe(0);
    }
  });

  it('plain text for the CLI has no links unless asked; copies have one per point', () => {
    // One per point shown: Result does not repeat the gist (lib/format/shown.ts).
    const n = seed.sections.flatMap((s) => shownPoints(seed, s)).length + (seed.gist ? 1 : 0);
    expect(toText(seed).match(/#:~:text=/g)).toBeNull();
    expect(toText(seed, { links: true }).match(/#:~:text=/g)!.length).toBe(n);
    expect(copyPayload(seed, { kind: 'outline' }, 'text')['text/plain'].match(/#:~:text=/g)!.length).toBe(n);
  });

  it('refuses a point that is not there', () => {
    expect(() => copyPayload(seed, { kind: 'point', role: 'result', index: 99 }, 'markdown')).toThrow(
      RangeError,
    );
  });
});

describe('toJson', () => {
  it('keeps the contract fields and adds each point’s link', () => {
    const j = JSON.parse(toJson(seed));
    expect(Object.keys(j)).toEqual(
      expect.arrayContaining([
        'title',
        'url',
        'lang',
        'siteName',
        'byline',
        'publishedTime',
        'readingMinutes',
        'gist',
        'paragraphs',
        'sections',
      ]),
    );
    expect(j.sections.map((s: { role: string }) => s.role)).toEqual(ROLES);
    for (const s of j.sections)
      for (const p of s.points) {
        expect(Object.keys(p)).toEqual(expect.arrayContaining(['text', 'sentence', 'paragraphIds', 'link']));
        expect(p.link.startsWith(`${seed.url}#:~:text=`)).toBe(true);
      }
  });
});
