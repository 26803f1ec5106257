/**
 * A page with no title of its own still gives the outline, and every copy, a title.
 */
import MarkdownIt from 'markdown-it';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { markdownFor } from '../../lib/format/markdown';
import { extractFromHtml } from '../../lib/node/load';
import { outlineArticle } from '../../lib/pipeline';

const md = new MarkdownIt({ linkify: false });
const story = Array.from(
  { length: 6 },
  (_, i) =>
    `<p>Paragraph ${i} of the story says the council met on Tuesday and voted to approve the new budget for the coming year after a long debate.</p>`,
).join('');

describe('a page without a <title>', () => {
  it('takes its title from its <h1>, so a copy names and links the article', () => {
    // No <title> and no title metadata; Readability then keeps the empty page title when the
    // <h1> is four words or fewer (its _getArticleTitle), and the outline had no title at all.
    const html = `<!doctype html><html><body><article><h1>Council approves budget</h1>${story}</article></body></html>`;
    const article = extractFromHtml(html, 'https://example.com/a');
    expect(article.title).toBe('Council approves budget');
    // Still the title, not a paragraph of the body.
    expect(article.paragraphs.map((p) => p.text)).not.toContain('Council approves budget');

    const r = outlineArticle(article);
    if (!r.ok) throw new Error(r.error.message);
    const doc = parseHTML(
      `<html><body>${md.render(markdownFor(r.value, { kind: 'gist' }))}</body></html>`,
    ).document;
    const source = [...doc.querySelectorAll('a')].find(
      (a) => a.getAttribute('href') === 'https://example.com/a',
    );
    expect(source?.textContent).toBe('Council approves budget');
  });
});
