/** "Outline the selected text": an Article from plain text (lib/text/article.ts). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { extractArticle } from '@/lib/extract';
import { parseDocument } from '@/lib/node/parse';
import { outlineArticle } from '@/lib/pipeline';
import { articleFromText } from '@/lib/text/article';

describe('articleFromText', () => {
  test('blank lines separate paragraphs; none is tied to a page element', () => {
    const a = articleFromText(
      'First  para.\nstill first.\n\n\nSecond para.\n \n',
      'https://x.test/',
      ' Title ',
    );
    expect(a.paragraphs.map((p) => p.text)).toEqual(['First para. still first.', 'Second para.']);
    expect(a.paragraphs.every((p) => p.domIndex === -1)).toBe(true);
    expect(a.title).toBe('Title');
    expect(a.lang).toBe('en');
  });

  test('single line breaks separate paragraphs when there are no blank lines', () => {
    expect(articleFromText('One.\nTwo.\nThree.', '', 't').paragraphs).toHaveLength(3);
  });

  test("the seed article's text, selected and outlined, gives Japanese sections with points", () => {
    const html = readFileSync(join(import.meta.dirname, '../fixtures/seed/source.html'), 'utf8');
    const page = extractArticle(parseDocument(html), { url: 'https://example.org/seed' });
    const text = page.paragraphs.map((p) => p.text).join('\n\n');
    const a = articleFromText(text, page.url, page.title);
    expect(a.lang).toBe('ja');
    const r = outlineArticle(a);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value.sections.some((s) => s.points.length > 0)).toBe(true);
  });
});
