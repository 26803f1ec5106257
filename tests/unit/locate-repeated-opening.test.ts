// @vitest-environment jsdom
/**
 * lib/locate.ts searching by text (the element index went stale: an ad slot filled in above the
 * article) on a page that repeats a paragraph's opening in a block that was not extracted: a
 * standfirst, or a photo caption (extraction-benchmark 7916ecca's caption repeats a sentence up
 * to "…invaded the country", lib/format/fragment.ts). The paragraph is what is found.
 */
import { expect, test } from 'vitest';
import { locateParagraph } from '@/lib/locate';

const LEDE =
  'Russian forces have invaded the country from three sides, officials said on Thursday, as explosions were heard in the capital.';
const STALE = 9999;

test('a photo caption repeating the opening is passed over for the paragraph itself', () => {
  const doc = new DOMParser().parseFromString(
    `<body><figure><img src="a.jpg"><figcaption>Russian forces have invaded the country</figcaption></figure>
     <article><p>${LEDE}</p><p>The second paragraph of the story.</p></article></body>`,
    'text/html',
  );
  const p = doc.querySelector('article p');
  expect(locateParagraph(doc, { paragraphId: 'p0', domIndex: STALE, text: LEDE })).toBe(p);
});

test('a standfirst holding the whole opening sentence is passed over too', () => {
  const doc = new DOMParser().parseFromString(
    `<body><header><p class="dek">Russian forces have invaded the country from three sides.</p></header>
     <article><p>${LEDE}</p></article></body>`,
    'text/html',
  );
  const p = doc.querySelector('article p');
  expect(locateParagraph(doc, { paragraphId: 'p0', domIndex: -1, text: LEDE })).toBe(p);
});

test('a paragraph that is one run of a <div> of text and <br>s still finds that <div>', () => {
  const doc = new DOMParser().parseFromString(
    `<body><p class="dek">Russian forces have invaded the country from three sides.</p>
     <div id="body">An earlier run of text in the same block.<br><br>${LEDE}<br><br>A later run.</div></body>`,
    'text/html',
  );
  expect(locateParagraph(doc, { paragraphId: 'p1', domIndex: -1, text: LEDE })).toBe(
    doc.getElementById('body'),
  );
});
