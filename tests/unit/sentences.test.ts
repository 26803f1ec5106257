/**
 * lib/text/sentences.ts skips ICU for text it can tell is one sentence (oneSentence): on every
 * NewsDiscourse paragraph, every single sentence and a set of edge cases, whenever the shortcut
 * says "one sentence", ICU's Intl.Segmenter must agree.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseJsonl, toArticle } from '../../lib/eval/newsdiscourse';
import { oneSentence } from '../../lib/text/sentences';

const icu = new Intl.Segmenter('en', { granularity: 'sentence' });
const icuCount = (text: string) => [...icu.segment(text)].length;

const texts = ['train', 'validation'].flatMap((split) =>
  parseJsonl(readFileSync(`../shared/data/newsdiscourse/${split}.jsonl`, 'utf8')).flatMap((d) => {
    const nd = toArticle(d);
    return [...nd.article.paragraphs.map((p) => p.text), ...nd.sentences.flat()];
  }),
);

/** Every Latin-1 and Latin Extended character the shortcut accepts, between two clauses. */
const latin = Array.from(
  { length: 0x250 - 0xa0 },
  (_, i) => `He went ${String.fromCharCode(0xa0 + i)} Then they left.`,
);

const edges = [
  'He said "no."',
  'Why? "Because."',
  'It rose 3.5 percent',
  'U.S. officials said so.',
  'One line\nAnother line',
  'Wait… then it ended.',
  'He left.)',
  "It's over.' ",
  'A “quote” – and a dash — end.',
  'Stop!Now',
  '',
];

describe('oneSentence', () => {
  it('is true only where ICU finds one sentence', () => {
    let shortcut = 0;
    for (const text of [...texts, ...latin, ...edges]) {
      if (!oneSentence(text)) continue;
      shortcut++;
      expect(icuCount(text), JSON.stringify(text)).toBeLessThanOrEqual(1);
    }
    // It must also fire: half of NewsDiscourse's paragraphs are single sentences without inner stops.
    expect(shortcut).toBeGreaterThan(texts.length / 3);
  });

  it('sends texts with an inner terminator or a line break to ICU', () => {
    expect(oneSentence('He left. She stayed.')).toBe(false);
    expect(oneSentence('One line\nAnother line')).toBe(false);
    expect(oneSentence('Wait… then')).toBe(false);
    expect(oneSentence('He said "no."')).toBe(true);
  });
});
