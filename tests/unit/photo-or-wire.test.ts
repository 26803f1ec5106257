/**
 * lib/segment/other.ts PHOTO_OR_WIRE is PHOTO|WIRE rewritten for speed (issue 7): it must match
 * exactly the same texts, on every NewsDiscourse sentence and paragraph and on hand-made edges
 * (word boundaries, plurals, case, the bare `|`).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseJsonl } from '../../lib/eval/newsdiscourse';
import { PHOTO, PHOTO_OR_WIRE, WIRE } from '../../lib/segment/other';

const plain = new RegExp(`${PHOTO.source}|${WIRE.source}`, 'i');

const docs = ['train', 'validation'].flatMap((split) =>
  parseJsonl(readFileSync(`../shared/data/newsdiscourse/${split}.jsonl`, 'utf8')),
);
const texts = docs.flatMap((d) => {
  const paragraphs: string[][] = [];
  for (const s of d.sentences) (paragraphs[s.paragraph] ??= []).push(s.text);
  return [
    d.headline,
    ...d.sentences.map((s) => s.text),
    ...paragraphs.filter(Boolean).map((p) => p.join(' ')),
  ];
});

const edges = [
  'REUTERS/Jason Miczek',
  'FILE PHOTO: a man',
  'Photos, photographs and PHOTOGRAPH.',
  'photographer',
  'Pictured: the site',
  'pictures',
  'a picture',
  'Slideshow (3 Images)',
  'images)',
  'image )',
  'Getty Images',
  'getty  images',
  'Handout via REUTERS',
  'handouts',
  '(AP) —',
  '( AP )',
  'Video Player Close',
  'videoplayer',
  'a | b',
  'photo_op',
  '2photo',
  'photo2',
  'ph oto',
  'Xinhua| 2019',
  '',
];

describe('PHOTO_OR_WIRE', () => {
  it('matches exactly what PHOTO|WIRE matches', () => {
    let matched = 0;
    for (const t of [...texts, ...edges]) {
      const want = plain.test(t);
      if (PHOTO_OR_WIRE.test(t) !== want) expect(PHOTO_OR_WIRE.test(t), t).toBe(want);
      if (want) matched++;
    }
    expect(matched).toBeGreaterThan(100);
  });
});
