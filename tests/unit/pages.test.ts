/**
 * Issue 2: extraction and outline invariants on real saved pages — the seed page, Japanese
 * news pages (Shift_JIS, ruby, with and without headings) and English news pages.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lib/extract';
import { readHtmlFile } from '../../lib/node/load';
import { parseDocument } from '../../lib/node/parse';
import { outlineArticle } from '../../lib/pipeline';
import { ROLES } from '../../lib/types';

const JA = '../shared/data/ja-news/pages/';
const BENCH = '../shared/data/extraction-benchmark/html/';
const bench = (prefix: string) => BENCH + readdirSync(BENCH).find((f) => f.startsWith(prefix))!;

/** [file, a phrase the title must contain, language] */
const PAGES: [string, string, string][] = [
  ['tests/fixtures/seed/source.html', '米露首脳会談', 'ja'],
  ['tests/fixtures/seed-noheadings/source.html', '米露首脳会談', 'ja'],
  [JA + '02-ktai-watch-denpa-riyoryo.html', '電波法改正案', 'ja'],
  [JA + '03-itmedia-apple-event-p1.html', 'ユーザー体験の再発明', 'ja'], // Shift_JIS
  [JA + '10-nhk-ohtani-first-hr.html', '大谷', 'ja'],
  [JA + '20-nhk-easy-taibatsu.html', '体罰', 'ja'], // ruby, no headings
  [JA + '21-afpbb-nigeria-attack.html', 'ナイジェリア', 'ja'], // no headings
  [JA + '33-nhk-ukraine-military-aid.html', 'ウクライナ', 'ja'],
  [bench('374ac9a59a85'), 'Emirates', 'en'],
  [bench('57d46c9d751e'), 'oil', 'en'],
  [bench('360c732d1fdb'), 'Alibaba', 'en'],
  [bench('5a822960e9a2'), 'Hitler', 'en'],
  [bench('4a44ab3e4c41'), 'Morales', 'en'],
  [bench('2c46804d9db4'), 'Michael Webb', 'en'],
];

describe.each(PAGES)('%s', (file, titlePhrase, lang) => {
  const html = readHtmlFile(file);

  it('extracts title, language and paragraphs with ids, leaving the document untouched', () => {
    const doc = parseDocument(html);
    const before = doc.documentElement.outerHTML;
    const article = extractArticle(doc, { url: 'https://example.org/a' });
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(article.title).toContain(titlePhrase);
    expect(article.lang).toBe(lang);
    expect(article.readerable).toBe(true);
    expect(article.paragraphs.length).toBeGreaterThanOrEqual(4);
    article.paragraphs.forEach((p, i) => {
      expect(p.id).toBe(`p${i}`);
      expect(p.text.trim()).toBe(p.text);
      expect(p.text.length).toBeGreaterThan(0);
    });
    // Ruby readings never leak into the text (ja-news 20: 子ども, not 子こども).
    expect(article.paragraphs.some((p) => p.text.includes('子こども'))).toBe(false);
  });

  it('outlines with every paragraph given one role, sections in fixed order, points traceable', () => {
    const article = extractArticle(parseDocument(html), { url: 'https://example.org/a' });
    const result = outlineArticle(article);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const o = result.value;
    expect(o.paragraphs.map((p) => p.id)).toEqual(article.paragraphs.map((p) => p.id));
    for (const p of o.paragraphs) expect([...ROLES, 'other']).toContain(p.role);
    expect(o.sections.map((s) => s.role)).toEqual([...ROLES]);
    expect(o.sections.some((s) => s.points.length > 0)).toBe(true);
    const byId = new Map(o.paragraphs.map((p) => [p.id, p]));
    for (const s of o.sections) {
      for (const point of s.points) {
        expect(point.paragraphIds.length).toBeGreaterThan(0);
        const source = point.paragraphIds.map((id) => byId.get(id)?.text ?? '').join(' ');
        expect(source).toContain(point.sentence);
      }
    }
  });
});
