/**
 * The English cue prefilter (lib/segment/enscan.ts) may only skip regexes that cannot match:
 * with the words, cueNames and tenseNames must answer exactly as the plain regexes do, on
 * every NewsDiscourse sentence and on hand-made edge cases (word boundaries next to digits,
 * underscores, apostrophes, non-ASCII letters, case).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseJsonl } from '../../lib/eval/newsdiscourse';
import { scannedCues } from '../../lib/segment/features/en-cues';
import { asciiWords } from '../../lib/segment/features/words';
import { cueNames, englishCues, tenseNames } from '../../lib/segment/lexicon';
import { compileEnScanner } from '../../lib/segment/enscan';

const nd = ['train', 'validation'].flatMap((split) =>
  parseJsonl(readFileSync(`../shared/data/newsdiscourse/${split}.jsonl`, 'utf8')).flatMap((d) => [
    d.headline,
    ...d.sentences.map((s) => s.text),
  ]),
);

const edges = [
  "We'll see; they'd rather wait.",
  'He will_go, will3 and 3will but willing.',
  'In 2014 prices rose 5% and then 7 percent; by the end of 2030 a hundred more.',
  'Is it done? "Yes?"',
  'The WHO WARNED. Analysts ARGUED that it Was Jumped.',
  'On Monday, Sept. 3 and Jan 12, in March since May.',
  'I think we should; my, our and us. i is lower.',
  'Café owners walked; naïve critics praised it, ﬁnanced ẞ.',
  'whether or not it can; remains to be seen; in order to so as to.',
  'a_bed 123ed x1ed baked EDITED',
  'said_ 2said said2 _has has_been HAD, (Announced) "WOULD" likely.',
  'The risk of a chance of rain; spokesman’s statement—quoted.',
];

describe('English cue prefilter', () => {
  it('skips only regexes a clean word settles: describe()’s cues are the regexes’ on every sentence', () => {
    let checked = 0;
    for (const text of [...nd, ...edges]) {
      const found = scannedCues(text);
      if (!found) continue;
      expect(found, text).toEqual({ cues: cueNames(text, 'en'), tense: tenseNames(text, 'en') });
      checked++;
    }
    expect(checked).toBeGreaterThan(13_000);
  });

  it('gives the plain regexes’ answer on every NewsDiscourse sentence and the edge cases', () => {
    let checked = 0;
    for (const text of [...nd, ...edges]) {
      const ws = asciiWords(text);
      if (!ws) continue;
      expect(cueNames(text, 'en', ws), text).toEqual(cueNames(text, 'en'));
      expect(tenseNames(text, 'en', ws), text).toEqual(tenseNames(text, 'en'));
      expect(englishCues(text, ws), text).toEqual({
        cues: cueNames(text, 'en'),
        tense: tenseNames(text, 'en'),
      });
      checked++;
    }
    expect(checked).toBeGreaterThan(13_000);
  });

  it('flags only families whose trigger word, suffix or character is present', () => {
    const scan = compileEnScanner([
      { words: ['said'] },
      { words: [], suffixes: ['ed'] },
      { words: [], chars: ['%'] },
    ]);
    expect(scan.candidates(['he', 'said'], 'he said')).toBe(1);
    expect(scan.candidates(['walked'], 'walked')).toBe(2);
    expect(scan.candidates(['#'], '5%')).toBe(4);
    expect(scan.candidates(['none'], 'none')).toBe(0);
  });
});
