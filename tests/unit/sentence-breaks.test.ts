/**
 * lib/text/sentence-breaks.ts computes ICU's sentence breaks in JavaScript for plain ASCII
 * prose (issue 7). Wherever it answers, its breaks must be Intl.Segmenter's: on every
 * NewsDiscourse paragraph and sentence, and on random strings over every character class it
 * knows (terminators, closing quotes and brackets, continuations, spaces, letters, digits,
 * symbols).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseJsonl, toArticle } from '../../lib/eval/newsdiscourse';
import { asciiSentenceBreaks } from '../../lib/text/sentence-breaks';
import { splitSentences } from '../../lib/text/sentences';

const icu = new Intl.Segmenter('en', { granularity: 'sentence' });
const icuBreaks = (text: string) => [...icu.segment(text)].map((s) => s.index + s.segment.length);

const texts = ['train', 'validation'].flatMap((split) =>
  parseJsonl(readFileSync(`../shared/data/newsdiscourse/${split}.jsonl`, 'utf8')).flatMap((d) => {
    const nd = toArticle(d);
    return [...nd.article.paragraphs.map((p) => p.text), ...nd.sentences.flat()];
  }),
);

/** Characters of every class the module knows, prose-like ones more often. */
const ALPHABET = [
  ...'aaaeexTI    ..',
  ...'abAB1.!? "\'()[]{},-:;#$%&*+/<=>@\\^_`|~',
  '\u00a0',
  '\u2018',
  '\u2019',
  '\u201b',
  '\u201c',
  '\u201d',
  '\u2013',
  '\u2014',
];

function randomTexts(count: number): string[] {
  let seed = 7;
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff) / 0x7fffffff;
  return Array.from({ length: count }, (_, t) => {
    const len = 1 + Math.floor(next() * (t % 2 ? 12 : 40));
    let s = '';
    for (let i = 0; i < len; i++) s += ALPHABET[Math.floor(next() * ALPHABET.length)];
    return s;
  });
}

describe('asciiSentenceBreaks', () => {
  const out: number[] = [];

  it("gives ICU's breaks on every NewsDiscourse paragraph it takes", () => {
    let taken = 0;
    for (const text of texts) {
      const mine = asciiSentenceBreaks(text, out);
      if (!mine) continue;
      taken++;
      expect(mine, JSON.stringify(text)).toEqual(icuBreaks(text));
    }
    // It must also take most of them: NewsDiscourse is nearly all plain ASCII.
    expect(taken).toBeGreaterThan(texts.length * 0.8);
  });

  it("gives ICU's breaks on random strings over its characters", () => {
    for (const text of randomTexts(40_000)) {
      const mine = asciiSentenceBreaks(text, out);
      expect(mine, JSON.stringify(text)).not.toBeNull();
      expect(mine, JSON.stringify(text)).toEqual(icuBreaks(text));
    }
  });

  it('leaves line breaks, accented letters and other scripts to ICU', () => {
    expect(asciiSentenceBreaks('One line\nAnother line', out)).toBeNull();
    expect(asciiSentenceBreaks('Café. Then', out)).toBeNull();
    expect(asciiSentenceBreaks('今日は。明日', out)).toBeNull();
    expect(asciiSentenceBreaks('He left. She stayed.', out)).toEqual([9, 20]);
  });

  it('feeds splitSentences the breaks it had from ICU', () => {
    const text = 'U.S. officials met. Mr. Smith said "no." It rose 3.5 percent. (He left.) Go!';
    expect(splitSentences(text, 'en').map((s) => s.text)).toEqual([
      'U.S. officials met.',
      'Mr. Smith said "no."',
      'It rose 3.5 percent.',
      '(He left.)',
      'Go!',
    ]);
  });

  it('does not end a sentence at a title of address (theparadigmng.com, extraction benchmark)', () => {
    const text =
      'He mourned the former Speaker, Rt. Hon. Benjamin Nzeribe. Prof. Ade spoke. The Rev. Jones prayed.';
    expect(splitSentences(text, 'en').map((s) => s.text)).toEqual([
      'He mourned the former Speaker, Rt. Hon. Benjamin Nzeribe.',
      'Prof. Ade spoke.',
      'The Rev. Jones prayed.',
    ]);
  });
});
