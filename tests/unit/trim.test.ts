/**
 * Issue 4: trimming a point's shown text. Rules checked on real sentences (NewsDiscourse
 * validation, the ja-news pages): a dateline, a leading connective or a short aside may go;
 * a negation, an attribution or a quotation never does.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractFromHtml, readHtmlFile } from '../../lib/node/load';
import { trimSentence } from '../../lib/points/trim';
import { splitSentences } from '../../lib/text/sentences';

const EN = readFileSync('../shared/data/newsdiscourse/validation.jsonl', 'utf8')
  .trim()
  .split('\n')
  .flatMap((l) => (JSON.parse(l).sentences as { text: string }[]).map((s) => s.text));
const JA_DIR = '../shared/data/ja-news/pages/';
const JA = readdirSync(JA_DIR).flatMap((f) =>
  extractFromHtml(readHtmlFile(JA_DIR + f), 'https://example.org/').paragraphs.flatMap((p) =>
    splitSentences(p.text, 'ja').map((s) => s.text),
  ),
);

describe('what may go', () => {
  it.each([
    [
      'BENGALURU/MUMBAI (Reuters) - Amazon’s Indian business has denied accusations that it favors select merchants and brands, responding to a complaint lodged by an Indian lobby group.',
      'Amazon’s Indian business has denied accusations that it favors select merchants and brands, responding to a complaint lodged by an Indian lobby group.',
    ],
    [
      'COLOMBO, Jan. 4 (Xinhua) -- The Sri Lankan government on Friday said it is aiming to attract 3 billion U.S. dollars worth of foreign direct investments in 2019 as several mega projects were being discussed with international investors.',
      'The Sri Lankan government on Friday said it is aiming to attract 3 billion U.S. dollars worth of foreign direct investments in 2019 as several mega projects were being discussed with international investors.',
    ],
    [
      "However, economists warned that the boom is by and large led by the U.S. government's tax cuts and spending increases.",
      "Economists warned that the boom is by and large led by the U.S. government's tax cuts and spending increases.",
    ],
    [
      'But investors there are shying away from riskier assets and new investments due to volatile markets.',
      'Investors there are shying away from riskier assets and new investments due to volatile markets.',
    ],
    [
      'Baker Hughes (BHGE) becomes the first foreign company to take a stake in one of state-owned ADNOC’s services companies.',
      'Baker Hughes becomes the first foreign company to take a stake in one of state-owned ADNOC’s services companies.',
    ],
    [
      'With maximum sustained winds of 140 miles per hour (220 kph), Florence was due to grow even stronger before making landfall.',
      'With maximum sustained winds of 140 miles per hour, Florence was due to grow even stronger before making landfall.',
    ],
    [
      // theparadigmng.com (extraction benchmark): the template's spaces before commas.
      'Senator representing Yobe North , Ahmad Lawan , on Tuesday moved a motion for the adjournment.',
      'Senator representing Yobe North, Ahmad Lawan, on Tuesday moved a motion for the adjournment.',
    ],
  ])('en: %s', (sentence, shown) => expect(trimSentence(sentence, 'en')).toBe(shown));

  it.each([
    [
      'しかし、会談後の公式発表や関係者のコメントからは、ウクライナ停戦に関する具体的な合意や進展がなかったことが明らかになっています。',
      '会談後の公式発表や関係者のコメントからは、ウクライナ停戦に関する具体的な合意や進展がなかったことが明らかになっています。',
    ],
    [
      '一方、高齢化も背景にした社会保障費の増加や防衛費の増額なども見込まれる中、国の財政事情は厳しさを増しています。',
      '高齢化も背景にした社会保障費の増加や防衛費の増額なども見込まれる中、国の財政事情は厳しさを増しています。',
    ],
    [
      'また、上記の特性係数のほかに、周波数帯で分けた電波利用料の料金区分も見直される。',
      '上記の特性係数のほかに、周波数帯で分けた電波利用料の料金区分も見直される。',
    ],
    [
      'ニューヨーク近代美術館（MoMA）では2007年、Helveticaの誕生50周年を祝う記念展覧会が開かれた。',
      'ニューヨーク近代美術館では2007年、Helveticaの誕生50周年を祝う記念展覧会が開かれた。',
    ],
    [
      'その答えとなるのが、2007年にiPhoneが先鞭（せんべん）を付けたマルチタッチインタフェースの進化である。',
      'その答えとなるのが、2007年にiPhoneが先鞭を付けたマルチタッチインタフェースの進化である。',
    ],
  ])('ja: %s', (sentence, shown) => expect(trimSentence(sentence, 'ja')).toBe(shown));
});

describe('what never goes', () => {
  it.each([
    // The speaker of a quotation (ja-news 03-itmedia).
    [
      'iPhoneは最もポピュラーな電話であり、最も人々に愛された電話になったといってもいいだろう」（クック氏）',
      'ja',
    ],
    // A parenthetical with facts in Japanese (ja-news 02-ktai-watch).
    [
      'たとえば放送には「生命等の保護」（1/2、5割引）と「電波利用の普及の責務」（1/2）という2つの特性係数が適用され、大きく軽減されている。',
      'ja',
    ],
    // An aside holding a negation, an attribution, a percentage.
    ['The plan (which the board did not approve) was dropped on Monday, the company said.', 'en'],
    ['Output rose sharply in May (according to the ministry) after the strike ended.', 'en'],
    ['Sales reached $5 billion (up 5% from a year earlier) in the quarter.', 'en'],
    // "Yet another" and "But for" change meaning when cut.
    ['Yet another storm is expected to hit the coast later this week.', 'en'],
    ['But for the rain, the harvest would have been the best in a decade.', 'en'],
  ])('%s', (sentence, lang) => expect(trimSentence(sentence, lang)).toBe(sentence));

  const NEGATION_EN = /\b(?:not|no|never|none|nor|neither|without|cannot)\b|n't\b/gi;
  const NEGATION_JA = /ない|ず[、。にとも]|ません|未|不|非|無/g;
  const ATTRIBUTION_EN = /\baccording to\b[^,.]*|\b(?:said|says|told)\b/gi;
  const ATTRIBUTION_JA = /によると|によれば|関係者|と話す|と述べ/g;
  const count = (s: string, re: RegExp) => (s.match(re) ?? []).length;

  it('keeps every negation and attribution of the validation sentences', () => {
    let changed = 0;
    for (const s of EN) {
      const t = trimSentence(s, 'en');
      if (t !== s) changed++;
      expect(count(t, NEGATION_EN), s).toBe(count(s, NEGATION_EN));
      expect(count(t, ATTRIBUTION_EN), s).toBe(count(s, ATTRIBUTION_EN));
      // Only whole words go: what is shown is the sentence with spans taken out.
      expect(isSubsequence(t.toLowerCase(), s.toLowerCase()), s).toBe(true);
    }
    expect(changed).toBeGreaterThan(50);
  });

  it('keeps every negation, attribution and quotation of the Japanese sentences', () => {
    let changed = 0;
    for (const s of JA) {
      const t = trimSentence(s, 'ja');
      if (t !== s) changed++;
      expect(count(t, NEGATION_JA), s).toBe(count(s, NEGATION_JA));
      expect(count(t, ATTRIBUTION_JA), s).toBe(count(s, ATTRIBUTION_JA));
      for (const q of s.match(/「[^」]*」/g) ?? []) expect(t, s).toContain(q);
      expect(isSubsequence(t, s), s).toBe(true);
    }
    expect(changed).toBeGreaterThan(20);
  });
});

function isSubsequence(short: string, long: string): boolean {
  let i = 0;
  for (const c of long) if (c === short[i]) i++;
  return i === short.length;
}
