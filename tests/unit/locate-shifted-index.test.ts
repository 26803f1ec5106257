// @vitest-environment jsdom
/**
 * lib/locate.ts when the page added one element before the article after extraction (a cookie
 * banner, an ad slot): the paragraph's old element index then points at the element just before
 * it, which for a first paragraph is its wrapper, whose text starts with the paragraph's too.
 */
import { expect, test } from 'vitest';
import { locateParagraph } from '@/lib/locate';

const P1 = 'The council voted on Tuesday to close the old bridge for repairs.';
const P2 = 'Traffic will be sent through the town centre until the spring.';

test('one element added before the article: the first paragraph, not its wrapper, is found', () => {
  const doc = new DOMParser().parseFromString(
    `<body><article><p>${P1}</p><p>${P2}</p></article></body>`,
    'text/html',
  );
  const p1 = doc.querySelector('p')!;
  const domIndex = Array.from(doc.querySelectorAll('*')).indexOf(p1);
  doc.body.prepend(doc.createElement('ins'));
  expect(locateParagraph(doc, { paragraphId: 'p0', domIndex, text: P1 })).toBe(p1);
});

test('two elements added: the grandparent is passed over too', () => {
  const doc = new DOMParser().parseFromString(
    `<body><main><div class="story"><p>${P1}</p><p>${P2}</p></div></main></body>`,
    'text/html',
  );
  const p1 = doc.querySelector('p')!;
  const domIndex = Array.from(doc.querySelectorAll('*')).indexOf(p1);
  doc.body.prepend(doc.createElement('div'), doc.createElement('div'));
  expect(locateParagraph(doc, { paragraphId: 'p0', domIndex, text: P1 })).toBe(p1);
});

test('a list item holding its paragraph as a <p> is still the indexed list item', () => {
  const doc = new DOMParser().parseFromString(
    `<body><ul><li><p>${P1}</p><p>${P2}</p></li></ul></body>`,
    'text/html',
  );
  const li = doc.querySelector('li')!;
  const domIndex = Array.from(doc.querySelectorAll('*')).indexOf(li);
  expect(locateParagraph(doc, { paragraphId: 'p0', domIndex, text: `${P1} ${P2}` })).toBe(li);
});

test('a <div> of text and <br>s (one paragraph per run) is still the indexed container', () => {
  const doc = new DOMParser().parseFromString(
    `<body><div id="c">${P1}<br><br>${P2}</div></body>`,
    'text/html',
  );
  const div = doc.getElementById('c')!;
  const domIndex = Array.from(doc.querySelectorAll('*')).indexOf(div);
  expect(locateParagraph(doc, { paragraphId: 'p0', domIndex, text: P1 })).toBe(div);
});

test('a paragraph with ruby on every kanji is found by its text once its index is stale', () => {
  // NHK NEWS WEB EASY: no twelve characters of the paragraph sit in one text node.
  const doc = new DOMParser().parseFromString(
    `<body><div><p>前の記事です。</p><p><ruby>政府<rt>せいふ</rt></ruby>は<ruby>子<rt>こ</rt></ruby>どもの<ruby>数<rt>かず</rt></ruby>が<ruby>減<rt>へ</rt></ruby>っていることについて<ruby>新<rt>あたら</rt></ruby>しい<ruby>計画<rt>けいかく</rt></ruby>を<ruby>作<rt>つく</rt></ruby>りました。</p></div></body>`,
    'text/html',
  );
  const p = doc.querySelectorAll('p')[1];
  const text = '政府は子どもの数が減っていることについて新しい計画を作りました。';
  expect(locateParagraph(doc, { paragraphId: 'p1', domIndex: -1, text })).toBe(p);
  expect(locateParagraph(doc, { paragraphId: 'p1', domIndex: 0, text })).toBe(p);
});

test('a paragraph split by <br>s and inline tags on every word is found too', () => {
  const doc = new DOMParser().parseFromString(
    `<body><p><span>Rain</span> <span>is</span> <span>due</span> <span>over</span> <span>the</span> <span>hills</span><br><span>by</span> <span>noon</span> <span>today</span>.</p></body>`,
    'text/html',
  );
  const text = 'Rain is due over the hills by noon today.';
  expect(locateParagraph(doc, { paragraphId: 'p0', domIndex: -1, text })).toBe(doc.querySelector('p'));
});
