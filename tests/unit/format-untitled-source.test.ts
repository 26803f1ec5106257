/**
 * The source line of a copy whose article has no title (a page with neither a <title> nor an
 * <h1>, a text file): the link to the page still has text to click, the page's address.
 */
import MarkdownIt from 'markdown-it';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { copyPayload, type CopyScope } from '../../lib/format/copy';
import { extractFromHtml, readHtmlFile } from '../../lib/node/load';
import { outlineArticle } from '../../lib/pipeline';

const md = new MarkdownIt({ linkify: false });
const url = 'https://example.org/news/alaska?id=1';
const r = outlineArticle(extractFromHtml(readHtmlFile('tests/fixtures/seed/source.html'), url));
if (!r.ok) throw new Error(r.error.message);
const untitled = { ...r.value, title: ' ' };
const scopes: CopyScope[] = [{ kind: 'gist' }, { kind: 'section', role: 'background' }];

const sourceLinks = (html: string) =>
  [...parseHTML(`<html><body>${html}</body></html>`).document.querySelectorAll('a')].filter(
    (a) => a.getAttribute('href') === url,
  );

describe('a copy of an untitled article', () => {
  it.each(scopes)('Markdown links the source by its address (%j)', (scope) => {
    const copy = copyPayload(untitled, scope, 'markdown')['text/plain'];
    expect(copy).not.toContain('[](');
    const links = sourceLinks(md.render(copy));
    expect(links.map((a) => a.textContent)).toEqual([url]);
  });

  it.each(scopes)('rich text links the source by its address (%j)', (scope) => {
    const links = sourceLinks(copyPayload(untitled, scope, 'rich')['text/html']!);
    expect(links.map((a) => a.textContent)).toEqual([url]);
  });

  it('plain text names the source by its address once, with no empty title', () => {
    const lines = copyPayload(untitled, { kind: 'gist' }, 'text')['text/plain'].trimEnd().split('\n');
    // The article's language labels the line ("出典" for this Japanese page).
    expect(lines.at(-1)).toMatch(new RegExp(`^\\S+: ${url.replace(/[?.]/g, '\\$&')}$`));
    expect(lines.filter((l) => l.endsWith(url))).toHaveLength(1);
  });

  it('a titled article is linked by its title as before', () => {
    const copy = copyPayload(r.value, { kind: 'gist' }, 'markdown')['text/plain'];
    expect(sourceLinks(md.render(copy)).map((a) => a.textContent)).toEqual([r.value.title]);
  });
});
