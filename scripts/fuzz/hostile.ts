/**
 * Generators of hostile and malformed pages (issue 8's list), each named so a failing case
 * says what it was. Sizes are drawn from the seed, around and beyond the bounds of
 * lib/guard/limits.ts, so both sides of every bound are exercised.
 */
import { articleBody, esc, page, realParagraph, type Material } from './material';
import type { Rng } from './rng';
import {
  BIDI,
  CONTROLS,
  LONE_SURROGATES,
  ZERO_WIDTH,
  anyCodePoint,
  randomText,
  rtlSentence,
  sprinkle,
} from './unicode';

/**
 * `quick` (the unit test's pass) keeps the sizes that are cheap to run: far past a bound, so
 * refused at once, or small; the full run also draws sizes just under the bounds.
 */
export type Generator = (r: Rng, m: Material, quick: boolean) => string;

const TAGS = ['div', 'section', 'span', 'blockquote', 'li', 'ul', 'p', 'table', 'td', 'b', 'font'];

export const HOSTILE: Record<string, Generator> = {
  /** Nested thousands deep (issue 8: "nested 10,000 deep"), with the article at the bottom. */
  'deep-nesting': (r, m, quick) => {
    const depth = r.pick(quick ? [100, 10_000] : [100, 600, 2_000, 10_000, 20_000]);
    const tag = r.pick(TAGS);
    return page(`<${tag}>`.repeat(depth) + articleBody(r, m) + `</${tag}>`.repeat(r.chance(0.5) ? depth : 0));
  },
  /** 50 MB of text, or just under the HTML bound. */
  'huge-text': (r, m, quick) => {
    const size = r.pick(quick ? [50_000_000] : [50_000_000, 9_000_000, 1_900_000]);
    const para = realParagraph(r, m);
    return page(
      `<article><p>${esc(para.repeat(Math.ceil(size / para.length)).slice(0, size))}</p></article>`,
    );
  },
  'no-body': (r) =>
    r.pick([
      '',
      ' ',
      '<!doctype html>',
      '<html></html>',
      '<html><head><title>Only a head</title></head></html>',
      'plain text without any markup at all, a few words long.',
      '<body></body>',
      '<frameset><frame src="a.html"></frameset>',
    ]),
  'only-scripts': (r, m) =>
    page(
      Array.from(
        { length: r.int(1, 200) },
        () => `<script>var s = ${JSON.stringify(realParagraph(r, m))};</script>`,
      ).join(''),
    ),
  'only-images': (r) =>
    page(
      Array.from(
        { length: r.int(1, 500) },
        (_, i) =>
          `<figure><img src="/i${i}.jpg" alt="${r.chance(0.5) ? 'photo' : ''}"><figcaption>Photo ${i}</figcaption></figure>`,
      ).join(''),
    ),
  /** Random bytes read as Latin-1 text, as a mislabelled binary download would be. */
  'binary-junk': (r) => {
    const bytes = Uint8Array.from({ length: r.int(1, 200_000) }, () => r.int(0, 255));
    return new TextDecoder(r.pick(['latin1', 'utf-8', 'shift_jis'])).decode(bytes);
  },
  'unicode-planes': (r, m) =>
    page(
      articleBody(r, m, r.int(3, 8), () => randomText(r, r.int(50, 2_000), anyCodePoint)),
      { lang: r.pick(['en', 'ja', '']) },
    ),
  'right-to-left': (r, m) =>
    page(
      `<div dir="rtl">${articleBody(r, m, r.int(3, 8), (p) => esc(r.chance(0.5) ? rtlSentence(r) : p))}</div>`,
      {
        lang: r.pick(['ar', 'he', 'en']),
        title: esc(rtlSentence(r)),
      },
    ),
  'zero-width-and-control': (r, m) =>
    page(
      articleBody(r, m, r.int(4, 10), (p) =>
        esc(sprinkle(r, p, [...ZERO_WIDTH, ...CONTROLS, ...BIDI], r.int(1, 40))),
      ),
      {
        title: esc(sprinkle(r, 'Title with hidden characters', [...CONTROLS, ...BIDI], 5)),
      },
    ),
  'lone-surrogates': (r, m) => {
    const bad = (p: string) => esc(sprinkle(r, p, LONE_SURROGATES, r.int(1, 10)));
    return page(articleBody(r, m, r.int(4, 10), bad) + '&#xD800;&#55296;&#0;&#x110000;', {
      title: bad('Broken title'),
    });
  },
  /** Content the parser treats specially: template, svg, math, noscript, iframe srcdoc, CDATA. */
  'template-svg-math': (r, m) => {
    const p = () => esc(realParagraph(r, m));
    const tricks = [
      `<template><article><p>${p()}</p></article></template>`,
      `<svg><foreignObject><p>${p()}</p></foreignObject><title>${p()}</title></svg>`,
      `<math><mi>${p()}</mi><mtext><p>${p()}</p></mtext></math>`,
      `<noscript><p>${p()}</p></noscript>`,
      `<iframe srcdoc="<p>${p()}</p>"></iframe>`,
      `<![CDATA[<p>${p()}</p>]]>`,
      `<svg><style><p>${p()}</p></style></svg>`,
      `<table><p>${p()}</p><tr><td><p>${p()}</p></td></tr></table>`,
      `<select><option><p>${p()}</p></option></select>`,
      `<xmp><p>${p()}</p></xmp><plaintext><p>${p()}</p>`,
    ];
    return page(Array.from({ length: r.int(3, 15) }, () => r.pick(tricks)).join(''));
  },
  /** One paragraph of up to millions of characters, with or without sentence ends. */
  'enormous-paragraph': (r, m, quick) => {
    const size = r.pick(quick ? [100_000, 4_000_000] : [200_000, 990_000, 2_900_000, 4_000_000]);
    const unit = r.chance(0.7)
      ? realParagraph(r, m) + ' '
      : randomText(r, 40, (x) => x.pick(['a', 'b', ' ', 'あ']));
    return page(`<article><h1>Long</h1><p>${esc(unit.repeat(Math.ceil(size / unit.length)))}</p></article>`);
  },
  'thousands-of-headings': (r, m, quick) => {
    const n = r.pick(quick ? [2_000] : [2_000, 10_000, 30_000]);
    const parts: string[] = [];
    for (let i = 0; i < n; i++)
      parts.push(
        `<h${r.int(1, 6)}>${r.chance(0.3) ? '今後の見通し' : `Section ${i}`}</h${r.int(1, 6)}>`,
        r.chance(0.3) ? `<p>${esc(realParagraph(r, m, 1))}</p>` : '',
      );
    return page(`<article>${parts.join('')}</article>`);
  },
  /** Far more elements than any real page: empty spans, a list bomb, a huge table. */
  'many-elements': (r, m, quick) => {
    const n = r.pick(quick ? [5_000, 200_000] : [10_000, 28_000, 200_000]);
    const el = r.pick(['<span></span>', '<li>x</li>', '<td>1</td>', '<br>', '<p>Short line here.</p>']);
    return page(articleBody(r, m) + `<div>${el.repeat(n)}</div>`);
  },
  /** Attributes and metadata that Readability reads: huge, malformed or hostile. */
  'hostile-metadata': (r, m) => {
    const junk = () =>
      r.pick([
        'x'.repeat(r.int(1, 1_000_000)),
        randomText(r, 200),
        '"><script>alert(1)</script>',
        'javascript:alert(1)',
        '\ud800',
      ]);
    const head = `<meta property="og:title" content="${esc(junk())}"><meta name="author" content="${esc(junk())}"><meta property="og:site_name" content="${esc(junk())}"><meta property="article:published_time" content="${esc(junk())}"><link rel="canonical" href="${esc(junk())}"><script type="application/ld+json">${r.chance(0.5) ? '{"@type":"NewsArticle","headline":' : junk()}</script>`;
    return page(articleBody(r, m), { lang: esc(junk()), title: esc(junk()), head });
  },
  /** Markup in text that a careless formatter would execute or mis-render. */
  'markup-in-text': (r, m) => {
    const evil = [
      '<img src=x onerror=alert(1)>',
      '[link](javascript:alert(1))',
      '**bold** _i_ `code` # h',
      '</script><script>alert(1)</script>',
      '%E0%A4%A',
      '#:~:text=evil',
      '\\u0000',
    ];
    return page(
      articleBody(r, m, r.int(4, 10), (p) => esc(`${r.pick(evil)} ${p} ${r.pick(evil)}`)),
      { title: esc(r.pick(evil)) },
    );
  },
};
