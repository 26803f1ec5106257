/**
 * Breaks ICU (Intl.Segmenter) makes inside one sentence, found in the extraction benchmark and
 * ja-news pages: lib/text/sentences.ts joins the pieces again, since each piece could be shown
 * as a point on its own ("he told them.", "と書かれた…").
 */
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../lib/text/sentences';

const split = (text: string, lang = 'en') => splitSentences(text, lang).map((s) => s.text);

describe('splitSentences joins what ICU tears', () => {
  it('keeps a quote ending in ! or ? with its lower-case attribution (extraction benchmark)', () => {
    expect(split('“Don’t mind me!” he told them. They left.')).toEqual([
      '“Don’t mind me!” he told them.',
      'They left.',
    ]);
    expect(split('"We got her, we got her!" officers announced on their radios.')).toEqual([
      '"We got her, we got her!" officers announced on their radios.',
    ]);
    expect(split('“And I asked, well, on whose authority?” said Hill, who will testify Thursday.')).toEqual([
      '“And I asked, well, on whose authority?” said Hill, who will testify Thursday.',
    ]);
    // A capitalised next sentence is still a sentence, and a tweet's link is no attribution.
    expect(split('“Why?” He left.')).toEqual(['“Why?”', 'He left.']);
    expect(split('Who are we as a nation? pic.twitter.com/s96jjh8AlD — Rep. Ilhan Omar')).toEqual([
      'Who are we as a nation?',
      'pic.twitter.com/s96jjh8AlD — Rep. Ilhan Omar',
    ]);
  });

  it('does not end a sentence at vs., v., e.g. or i.e.', () => {
    expect(split('A: Broncos vs. Raiders at Mile High Stadium. Then more.')).toEqual([
      'A: Broncos vs. Raiders at Mile High Stadium.',
      'Then more.',
    ]);
    expect(split('Roe v. Wade was overturned.')).toEqual(['Roe v. Wade was overturned.']);
    expect(split('Big firms, e.g. Apple, and one more, i.e. Google.')).toEqual([
      'Big firms, e.g. Apple, and one more, i.e. Google.',
    ]);
  });

  it('does not end a sentence at a.m. or p.m. before a weekday or a time zone', () => {
    expect(split('Tickets go on sale at 10 a.m. Friday. Doors open at 7 p.m. ET on the day.')).toEqual([
      'Tickets go on sale at 10 a.m. Friday.',
      'Doors open at 7 p.m. ET on the day.',
    ]);
    expect(split('It opened at 9 a.m. The crowd was large.')).toEqual([
      'It opened at 9 a.m.',
      'The crowd was large.',
    ]);
  });

  it('keeps a Japanese quote ending in a stop with the quoting particle after it (ja-news 04-wired)', () => {
    expect(
      split('このフォントで「John & Paul & Ringo & George.」と書かれたTシャツもある。次の文。', 'ja'),
    ).toEqual(['このフォントで「John & Paul & Ringo & George.」と書かれたTシャツもある。', '次の文。']);
    expect(split('彼は「やった！」と叫んだ。「本当ですか？」って聞いた。', 'ja')).toEqual([
      '彼は「やった！」と叫んだ。',
      '「本当ですか？」って聞いた。',
    ]);
    // A new sentence after a closed quote still starts there.
    expect(split('「行こう。」\u3000次の日、雨だった。', 'ja')).toEqual([
      '「行こう。」',
      '次の日、雨だった。',
    ]);
  });
});
