/**
 * The CLI reads plain-text articles (lib/text/article.ts articleFromTextFile): the seed in
 * ../shared/seed is one, and before this a .txt file ended in an exception instead of an outline.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isPlainText } from '../../lib/node/load';
import { articleFromTextFile, isHeadingLine } from '../../lib/text/article';
import { segment } from '../../lib/segment';

const seedFile = readdirSync('../shared/seed').find((f) => f.endsWith('.txt'))!;
const seed = readFileSync(`../shared/seed/${seedFile}`, 'utf8');

describe('plain-text articles', () => {
  it('turns the seed’s heading lines into sections and its other lines into paragraphs', () => {
    const article = articleFromTextFile(seed, 'file:///seed.txt');
    const headings = new Set(article.paragraphs.map((p) => p.heading).filter(Boolean));
    for (const h of ['会談の背景', '会談の結果', '今後の展望'])
      expect([...headings].some((x) => x?.includes(h))).toBe(true);
    expect(article.paragraphs.some((p) => p.text.startsWith('2025年8月、アラスカで米露首脳会談'))).toBe(true);
    const seg = segment(article);
    const outlook = article.paragraphs.findIndex((p) => p.heading?.includes('今後の展望'));
    expect(seg.paragraphs[outlook]).toBe('outlook');
  });

  it('keeps markup in a text file as text', () => {
    const article = articleFromTextFile(
      'Title\n<script>alert(1)</script> & <b>bold</b> said the minister.',
      'file:///x.txt',
    );
    expect(article.title).toBe('Title');
    expect(article.paragraphs.map((p) => p.text).join(' ')).toContain(
      '<script>alert(1)</script> & <b>bold</b>',
    );
  });

  it('knows a heading line from a sentence, questions included', () => {
    expect(isHeadingLine('プーチンの戦略:対話で制裁を回避?')).toBe(true);
    expect(isHeadingLine('会談の背景')).toBe(true);
    expect(isHeadingLine('トランプ氏は会談に臨みました。')).toBe(false);
    expect(isHeadingLine('What comes next?')).toBe(true);
    expect(isHeadingLine('The talks ended without a deal.')).toBe(false);
  });

  it('tells plain text from HTML by name or by the absence of tags', () => {
    expect(isPlainText('a.txt', '<p>x</p>')).toBe(true);
    expect(isPlainText('a.html', '<!doctype html><p>x</p>')).toBe(false);
    expect(isPlainText('a.html', 'just words, 3 < 4')).toBe(true);
  });
});
