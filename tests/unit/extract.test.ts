// @vitest-environment jsdom
/**
 * Issue 6: extraction on both DOMs the product uses (a real browser DOM, here jsdom, and
 * linkedom in Node): the live page is never changed, each paragraph's domIndex finds its text
 * again in the live page, and pages Readability gives up on still get their text.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractArticle, spendArticle } from '../../lib/extract';
import { decodeEntities } from '../../lib/extract/entities';
import { fallbackRoot } from '../../lib/extract/fallback';
import { articleScore, looksLikeArticle, weightedLength } from '../../lib/extract/readerable';
import { blockText } from '../../lib/extract/text';
import { cleanTitle, isHeadline, isSiteHeading } from '../../lib/extract/title';
import { collectBlocks } from '../../lib/extract/blocks';
import { readHtmlFile } from '../../lib/node/load';
import { parseDocument } from '../../lib/node/parse';
import { benchHtml } from './bench-pages';

const SEED = readHtmlFile('tests/fixtures/seed/source.html');
const BENCH_PAGE = readHtmlFile('tests/fixtures/en-chron-datelines/source.html');
/** Too short for Readability's first attempt: all four run (tests/unit/readability-parse.test.ts). */
const SHORT = readHtmlFile(
  readFileSync('tests/fixtures/ja-22-nikkei-paywall-lead/source.ref', 'utf8').trim(),
);

const doms: [string, (html: string) => Document][] = [
  ['jsdom', (html) => new DOMParser().parseFromString(html, 'text/html')],
  ['linkedom', parseDocument],
];

describe.each(doms)('on %s', (_, parse) => {
  it.each([
    ['the seed page', SEED],
    ['a saved news page', BENCH_PAGE],
  ])('leaves %s untouched and points back into it', (_name, html) => {
    const doc = parse(html);
    const before = doc.documentElement.outerHTML;
    const count = doc.querySelectorAll('*').length;
    const article = extractArticle(doc, { url: 'https://example.com/a' });
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(doc.querySelectorAll('*').length).toBe(count);
    expect(doc.querySelector('[data-lede-i]')).toBeNull();
    expect(article.paragraphs.length).toBeGreaterThan(5);
    const all = doc.querySelectorAll('*');
    for (const p of article.paragraphs) {
      expect(p.domIndex).toBeGreaterThanOrEqual(0);
      expect(blockText([all[p.domIndex]])).toContain(p.text.slice(0, 30));
    }
  });

  it.each([
    ['the seed page', SEED, 0],
    ['a page Readability retries', SHORT, 1],
    ['a page of one short line', '<html><body><div>The bridge reopens Monday.</div></body></html>', 1],
  ])('gives the same article from a spent parse of %s, parsing again only when asked', (_n, html, copies) => {
    let parses = 0;
    const again = () => (parses++, parse(html));
    const spent = spendArticle({ doc: parse(html), again }, { url: 'https://example.com/a' });
    expect(spent).toEqual(extractArticle(parse(html), { url: 'https://example.com/a' }));
    expect(parses).toBe(copies);
  });

  it('gives the same article on both DOMs', () => {
    const a = extractArticle(parse(SEED), { url: 'https://example.com/a' });
    const b = extractArticle(parseDocument(SEED), { url: 'https://example.com/a' });
    expect(a).toEqual(b);
  });
});

describe('fallback', () => {
  it('reads the main text without navigation when Readability finds no article', () => {
    const doc = parseDocument(
      `<html><body><nav><a href="/">Home</a></nav><main><p>Ceasefire talks end without a deal.</p></main><footer>© 2025</footer></body></html>`,
    );
    const root = fallbackRoot(doc)!;
    expect(collectBlocks(root, 'x').map((b) => b.text)).toEqual(['Ceasefire talks end without a deal.']);
  });

  it('never returns an empty article for a page with text', () => {
    const a = extractArticle(
      parseDocument(
        '<html><body><div>Short note from the city council: the bridge reopens Monday.</div></body></html>',
      ),
      {
        url: 'https://example.com/',
      },
    );
    expect(a.paragraphs.map((p) => p.text)).toEqual([
      'Short note from the city council: the bridge reopens Monday.',
    ]);
    expect(a.readerable).toBe(false);
  });
});

describe('article detection', () => {
  const block = (text: string, linkDensity = 0) =>
    ({
      tag: 'p',
      text,
      heading: false,
      level: 0,
      domIndex: 0,
      el: null,
      linkDensity,
      hasImage: false,
    }) as never;

  it('weighs CJK characters and 、。 three times', () => {
    expect(weightedLength('子ども、学校。')).toBe(21);
    expect(weightedLength('abc')).toBe(3);
  });

  it('takes a short Japanese news lead for an article when the page declares one (ja-news 22)', () => {
    const lead =
      '６月12日の歴史的な米朝首脳会談を巡って戦っていたのは、米大統領のトランプと北朝鮮委員長の金正恩（キム・ジョンウン）ばかりではなかった。中国国家主席、習近平（シー・ジンピン）も重要な陰の参戦者だった。核放棄を巡って「検証可能な」の文字がなく、米韓軍事演習の中止にまで踏み込んだ米朝会談は、トランプによる金正恩への一方的譲歩であり、後ろ盾だった中国の習近平も「勝ち組」になったかに見える。';
    expect(looksLikeArticle([block(lead)], true)).toBe(true);
    // The same length of English is not enough evidence.
    expect(looksLikeArticle([block('x'.repeat(lead.length))], true)).toBe(false);
  });

  it('takes no legal footer or author box for article text (non-articles shell-news-thesun, -wired)', () => {
    const page = (file: string) =>
      extractArticle(parseDocument(readFileSync(`tests/fixtures/non-articles/${file}`, 'utf8')), {
        url: 'https://example.com/',
      });
    for (const file of ['shell-news-thesun.html', 'shell-news-wired.html']) {
      const a = page(file);
      // Each front's one long paragraph is its footer or its author's box.
      expect(a.paragraphs.map((p) => p.text.slice(0, 14))).toEqual([
        file.includes('thesun') ? '©News Group Ne' : 'Molly Wood (@m',
      ]);
      expect(a.readerable).toBe(false);
    }
  });

  it('does not count link lists', () => {
    const links = Array.from({ length: 30 }, () =>
      block('Best tech gadgets of 2019: the ones we liked most this year and why', 1),
    );
    expect(articleScore(links)).toBe(0);
  });
});

describe('titles', () => {
  it.each([
    ['Taylor Swift AMA row seems to be over - BBC News', 'BBC News', 'Taylor Swift AMA row seems to be over'],
    [
      '米朝首脳直通電話　習氏に挑むトランプ戦術の成否　（写真＝ロイター）　：日本経済新聞',
      '日本経済新聞社',
      '米朝首脳直通電話 習氏に挑むトランプ戦術の成否',
    ],
    ['こども家庭庁きょう始動｜NHKニュース', 'NHKニュース', 'こども家庭庁きょう始動'],
    ['Oil drifts lower', null, 'Oil drifts lower'],
  ])('%s', (title, site, expected) => {
    expect(cleanTitle(title, site)).toBe(expected);
  });

  it('takes the site name from the address when the page declares none (benchmark 680c2848)', () => {
    const title =
      "The Early Reviews For Google's Stadia Gaming Platform Are Here — And They're Not Great - Digg";
    expect(cleanTitle(title, null, null, 'https://digg.com/2019/is-stadia-good-worth-it-reviews')).toBe(
      "The Early Reviews For Google's Stadia Gaming Platform Are Here — And They're Not Great",
    );
    expect(
      cleanTitle(
        'About bugs – Vortex Cannon Entertainment',
        null,
        null,
        'https://vortexcannon.org/about-bugs/',
      ),
    ).toBe('About bugs');
  });

  it.each(doms)(
    'decodes the entities a page encoded twice in its metadata (benchmark 8e3efab5, on %s)',
    (_, parse) => {
      // Its JSON-LD headline reads "win this&nbsp;game": Readability's own unescaping keeps "&nbsp;".
      const html = benchHtml('8e3efab5');
      const article = extractArticle(parse(html), { url: 'https://profootballtalk.nbcsports.com/x' });
      expect(article.title).toBe('Anthony Lynn: “We needed to win this game”');
      const doc = parse('<html><body></body></html>');
      expect(decodeEntities(doc, 'caf&eacute; &amp; <b>bar</b> &hellip;')).toBe('café & <b>bar</b> …');
      expect(decodeEntities(doc, 'a < b & c')).toBe('a < b & c');
      expect(doc.body.children).toHaveLength(0);
    },
  );

  it('knows the headline again as a heading', () => {
    expect(
      isHeadline('ウクライナ 欧米各国による軍事支援が加速', 'ウクライナ 欧米各国による軍事支援が加速'),
    ).toBe(true);
    expect(isHeadline('飛距離は136メートル', '大谷翔平 今シーズン1号のソロホームラン')).toBe(false);
  });

  it("does not take a blog's masthead <h1> for the headline (extraction benchmark ac3c0355)", () => {
    expect(isSiteHeading('The GiveWell Blog', 'The GiveWell Blog')).toBe(true);
    expect(isSiteHeading('September 2018 open thread', 'The GiveWell Blog')).toBe(false);
    expect(isSiteHeading('The GiveWell Blog', null)).toBe(false);
    const page = parseDocument(benchHtml('ac3c0355'));
    expect(
      extractArticle(page, { url: 'https://blog.givewell.org/2018/09/10/september-2018-open-thread/' }).title,
    ).toBe('September 2018 open thread');
  });
});
