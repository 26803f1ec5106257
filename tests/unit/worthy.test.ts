/**
 * Issue 4: a point is a whole sentence. A sentence cut out of a longer quote (its quotation
 * marks do not pair up) reads as a torn fragment and is never shown (lib/points/worthy.ts
 * quotesPair). The sentences are real: NewsDiscourse validation, ja-news, and the nytimes.com
 * page of tests/e2e/popup.test.ts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isPointWorthy, pickPoints } from '../../lib/points';
import { quotesPair } from '../../lib/points/worthy';
import { segment } from '../../lib/segment';
import { DATA, ndArticle } from '../../scripts/points-check';

const TORN = [
  // The quote opened a sentence earlier.
  'Some start crying, while others take selfies,” the 46-year-old security consultant said in an interview.',
  'Your whole organization is in limbo ,which is not good for anybody," said the industry observer.',
  // The quote goes on in the next sentence.
  '“The initial assessment of the Turkish police is that Mr Khashoggi has been killed at the consulate of Saudi Arabia in Istanbul.',
  // A quote inside a quote, cut after its first sentence.
  'I said, ‘Tell them to buy larger tractors.',
  // Japanese: ICU breaks after 。 inside 「」.
  '山本町長は「大災害を考えると、首都圏に政治や経済やあらゆるものが一極集中しているのは大きなリスク。',
  '町の知名度不足が要因だと思い、とんがったものに挑んでみた」と話している。',
];

const WHOLE = [
  '“We’re taking in billions of dollars in tariff money from China,” Mr. Trump said on Nov. 8.',
  'Eswar Prasad, a trade professor at Cornell, said the president’s “mercurial temperament” had complicated the task.',
  'The company said it "would not comment on speculation" about the deal, which analysts expect next year.',
  'It’s the farmers’ turn, he said, and the administration’s officials agree that it can’t wait much longer.',
  '首相は「対話を続ける」と述べ、来月にも再び会談する方針を示した。',
  'Specs include a 34" 3440x1440 curved IPS panel display with super wide viewing angles and 99% sRGB coverage.',
  '『ニューヨーク・タイムズ』は、交渉が来週にも再開される見通しだと報じた。',
];

describe('quotesPair', () => {
  it.each(TORN)('a torn quote is not a point: %s', (t) => {
    expect(quotesPair(t)).toBe(false);
    expect(isPointWorthy(t, /[ぁ-ん]/.test(t) ? 'ja' : 'en')).toBe(false);
  });

  it.each(WHOLE)('a whole quote, or apostrophes, may be: %s', (t) => {
    expect(quotesPair(t)).toBe(true);
    expect(isPointWorthy(t, /[ぁ-ん]/.test(t) ? 'ja' : 'en')).toBe(true);
  });

  it('no point or gist shown on NewsDiscourse validation has quotes that do not pair up', () => {
    const docs = readFileSync(`${DATA}/newsdiscourse/validation.jsonl`, 'utf8').trim().split('\n');
    let points = 0;
    for (const line of docs) {
      const { article } = ndArticle(JSON.parse(line));
      const { gist, sections } = pickPoints(article, segment(article), 'detailed');
      for (const p of [...(gist ? [gist] : []), ...sections.flatMap((s) => s.points)]) {
        points++;
        expect(quotesPair(p.sentence), p.sentence).toBe(true);
      }
    }
    expect(points).toBeGreaterThan(300);
  });
});
