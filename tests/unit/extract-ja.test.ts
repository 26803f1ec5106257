/**
 * Issue 6 on the Japanese news pages of ../shared/data/ja-news (read in place, never copied):
 * Shift_JIS and late <meta charset> decoded, ruby readings left out, true titles, every
 * content block kept and the boilerplate its labels.json marks `other` dropped.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeHtml, sniffCharset } from '../../lib/decode';
import { extractFromHtml, readHtmlFile } from '../../lib/node/load';
import type { Article } from '../../lib/types';

const DIR = '../shared/data/ja-news/';
// Read in place and never skipped: without ../shared these tests fail, they do not pass unrun.
const pages = readdirSync(DIR + 'pages').filter((f) => f.endsWith('.html'));
const cache = new Map<string, Article>();
const extract = (file: string) => {
  if (!cache.has(file))
    cache.set(file, extractFromHtml(readHtmlFile(DIR + 'pages/' + file), 'file:///' + file));
  return cache.get(file)!;
};
const allText = (a: Article) =>
  [...a.headings.map((h) => h.text), ...a.paragraphs.map((p) => p.text)].join('\n');

describe('decoding', () => {
  it('honours a <meta charset> far past the first kilobyte (Shift_JIS)', () => {
    const head = `<!doctype html><html><head><!-- ${'x'.repeat(2000)} --><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"><title>`;
    const bytes = new Uint8Array([
      ...new TextEncoder().encode(head),
      0x93,
      0xfa,
      0x96,
      0x7b,
      ...new TextEncoder().encode('</title>'),
    ]);
    expect(sniffCharset(bytes)).toBe('shift_jis');
    expect(decodeHtml(bytes)).toContain('<title>日本</title>');
  });

  it('lets the HTTP header and a BOM win over the page', () => {
    const bytes = new TextEncoder().encode('<meta charset="shift_jis">日本');
    expect(sniffCharset(bytes, 'text/html; charset=UTF-8')).toBe('utf-8');
    expect(sniffCharset(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]))).toBe('utf-8');
  });
});

/** A page's bytes with its charset declaration taken out (the declaration is ASCII). */
const undeclared = (file: string) => {
  const bytes = readFileSync(DIR + 'pages/' + file);
  const latin = new TextDecoder('latin1').decode(bytes);
  const meta = /<meta[^>]*charset[^>]*>/gi;
  const kept = latin.replace(meta, '');
  expect(kept.length).toBeLessThan(latin.length);
  return new Uint8Array(Array.from(kept, (c) => c.charCodeAt(0)));
};

describe('decoding a page that declares no charset', () => {
  // Saved from a server that named its charset only in the HTTP header: nothing in the page.
  it('guesses Shift_JIS from the bytes (ITmedia, 03-*)', () => {
    const bytes = undeclared('03-itmedia-apple-event-p1.html');
    expect(sniffCharset(bytes)).toBe('shift_jis');
    const a = extractFromHtml(decodeHtml(bytes), 'file:///undeclared.html');
    expect(a.lang).toBe('ja');
    expect(a.title).toBe(extract('03-itmedia-apple-event-p1.html').title);
  });

  it('keeps UTF-8, even cut off in the middle of a character', () => {
    const bytes = undeclared('01-nhk-kodomo-katei-cho.html');
    const lastMultibyte = bytes.findLastIndex((b) => b >= 0xc0);
    expect(sniffCharset(bytes.subarray(0, lastMultibyte + 1))).toBe('utf-8');
    expect(sniffCharset(bytes)).toBe('utf-8');
  });
});

describe('ja-news pages', () => {
  it.each(pages)('%s: a titled Japanese article with readable text', (file) => {
    const a = extract(file);
    expect(a.lang).toBe('ja');
    expect(a.readerable).toBe(true);
    expect(a.paragraphs.length).toBeGreaterThan(0);
    expect(a.title.length).toBeGreaterThan(5);
    if (a.siteName) expect(a.title.endsWith(a.siteName)).toBe(false);
    expect(allText(a)).not.toContain('\uFFFD');
    // The headline repeated as the body's first heading is the title, not a section.
    expect(a.headings[0]?.text).not.toBe(a.title);
  });

  it('decodes the Shift_JIS ITmedia pages (03-*)', () => {
    const a = extract('03-itmedia-apple-event-p1.html');
    expect(a.title).toContain('ユーザー体験の再発明');
    expect(allText(a)).toContain('Apple Watch');
  });

  it('leaves ruby readings out: 子ども, not 子こども (20)', () => {
    const text = allText(extract('20-nhk-easy-taibatsu.html'));
    expect(text).toContain('子ども');
    expect(text).not.toContain('子こども');
  });

  it('keeps every block labelled with a role', () => {
    const labels = JSON.parse(readFileSync(DIR + 'labels.json', 'utf8'));
    const missing: string[] = [];
    for (const [file, page] of Object.entries<{
      sections: { paragraphs: { key: string; role: string }[] }[];
    }>(labels)) {
      if (!file.endsWith('.html')) continue;
      const text = allText(extract(file)).replace(/\s+/g, ' ');
      for (const s of page.sections)
        for (const p of s.paragraphs)
          if (p.role !== 'other' && !text.includes(p.key.replace(/…$/, '').trim()))
            missing.push(`${file} ${p.key}`);
    }
    // Under 13's 作品情報 (film credits, dropped as a whole) one line is the release date.
    expect(missing).toEqual(['13-nippon-film-tori-lokita.html 3/31（金）、ヒューマントラストシネマ']);
  });

  it.each([
    ['24-asahi-nicchu-gaisho.html', ['メールでシェアする', 'この記事は有料記事です', '[PR]']],
    ['13-nippon-film-tori-lokita.html', ['作品情報', '配給：ビターズ・エンド', 'Photos ©Christine']],
    ['14-nippon-book-hongkong-protest.html', ['简体字', 'Русский']],
    ['03-itmedia-apple-event-p1.html', ['Copyright©', 'Apple Watchの顧客満足度は97％にも達しているという']],
    ['04-wired-helvetica-now.html', ['Most Popular', 'RELATED ARTICLES', 'TEXT BY']],
    ['06-cnet-apple-weekly.html', ['CNET Japanの記事を毎朝メールで']],
  ])('drops the boilerplate of %s', (file, gone) => {
    const text = allText(extract(file));
    for (const g of gone) expect(text).not.toContain(g);
  });
});
