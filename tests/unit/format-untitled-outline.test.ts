/**
 * A copy of the whole outline of an article without a title (a page with neither a <title> nor
 * an <h1>: extraction gives ""): it opened on an empty heading ("# " in Markdown, <h1></h1> in
 * rich text, a blank first line in plain text). The page's address, on the next line, names it.
 */
import MarkdownIt from 'markdown-it';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { copyPayload } from '../../lib/format/copy';
import { toText } from '../../lib/format/text';
import { extractFromHtml } from '../../lib/node/load';
import { outlineArticle } from '../../lib/pipeline';

const url = 'https://example.com/council/budget';
const story = Array.from(
  { length: 6 },
  (_, i) =>
    `<p>Paragraph ${i} of the story says the council met on Tuesday and voted to approve the new budget for the coming year after a long debate.</p>`,
).join('');
const article = extractFromHtml(`<!doctype html><html><body><article>${story}</article></body></html>`, url);
const r = outlineArticle(article);
if (!r.ok) throw new Error(r.error.message);
const untitled = r.value;
const dom = (html: string) => parseHTML(`<html><body>${html}</body></html>`).document;
const outline = { kind: 'outline' } as const;

describe('the whole outline of an untitled article', () => {
  it('is untitled (the case this covers)', () => expect(untitled.title.trim()).toBe(''));

  it('Markdown has no empty heading and opens on the address', () => {
    const copy = copyPayload(untitled, outline, 'markdown')['text/plain'];
    const doc = dom(new MarkdownIt().render(copy));
    for (const h of doc.querySelectorAll('h1, h2')) expect(h.textContent!.trim()).not.toBe('');
    expect(doc.body.firstElementChild!.textContent).toBe(url);
  });

  it('rich text has no empty heading and opens on the address', () => {
    const doc = dom(copyPayload(untitled, outline, 'rich')['text/html']!);
    for (const h of doc.querySelectorAll('h1, h2')) expect(h.textContent!.trim()).not.toBe('');
    expect(doc.querySelector('div > :first-child a')?.getAttribute('href')).toBe(url);
  });

  it('plain text (copy and CLI) opens on the address, not a blank line', () => {
    expect(copyPayload(untitled, outline, 'text')['text/plain'].split('\n')[0]).toBe(url);
    expect(toText(untitled).split('\n')[0]).toBe(url);
  });

  it('a titled article still opens on its title', () => {
    const titled = { ...untitled, title: 'Council approves budget' };
    expect(toText(titled).split('\n').slice(0, 2)).toEqual(['Council approves budget', url]);
    expect(
      dom(new MarkdownIt().render(copyPayload(titled, outline, 'markdown')['text/plain'])).querySelector('h1')
        ?.textContent,
    ).toBe('Council approves budget');
  });
});
