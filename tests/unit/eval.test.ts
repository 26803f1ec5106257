/** Issue 3's evaluation helpers: metrics, NewsDiscourse conversion, ja-news key matching, point tallies. */
import { describe, expect, it } from 'vitest';
import { accuracy, confusion, macroF1, perClass } from '../../lib/eval/metrics';
import { hasHeadings, matchParagraphs, sectionRole, type LabelledPage } from '../../lib/eval/janews';
import { toArticle } from '../../lib/eval/newsdiscourse';
import { coveredGold, emptyTally, pointFigures, tallyPoints, type Gold } from '../../lib/eval/points';
import type { Article, ChosenPoint, Paragraph, Section } from '../../lib/types';

describe('metrics', () => {
  // gold a a b b c, predicted a b b b a: a P=1/2 R=1/2; b P=2/3 R=1; c P=0 R=0.
  const c = confusion(['a', 'a', 'b', 'b', 'c'], ['a', 'b', 'b', 'b', 'a'], ['a', 'b', 'c']);
  it('counts gold by predicted', () =>
    expect(c.matrix).toEqual([
      [1, 1, 0],
      [0, 2, 0],
      [1, 0, 0],
    ]));
  it('scores each class', () => {
    const pc = perClass(c);
    expect(pc.a.f1).toBeCloseTo(0.5);
    expect(pc.b.precision).toBeCloseTo(2 / 3);
    expect(pc.b.f1).toBeCloseTo(0.8);
    expect(pc.c.f1).toBe(0);
  });
  it('averages over a subset, the rest still counting as errors', () => {
    expect(macroF1(c, ['a', 'b'])).toBeCloseTo(0.65);
    expect(macroF1(c)).toBeCloseTo(1.3 / 3);
    expect(accuracy(c)).toBeCloseTo(3 / 5);
    expect(accuracy(c, ['b'])).toBe(1);
  });
  it('rejects unknown labels', () => expect(() => confusion(['x'], ['a'], ['a'])).toThrow());
});

describe('NewsDiscourse as articles', () => {
  it('groups sentences into paragraphs and keeps the gold order', () => {
    const s = (text: string, paragraph: number, label: string) => ({
      text,
      paragraph,
      label,
      role: 'result' as const,
      speech: false,
    });
    const nd = toArticle({
      id: 'x',
      headline: 'H',
      sentences: [s('A.', 0, 'Main'), s('B.', 0, 'NA'), s('C.', 2, 'Main')],
    });
    expect(nd.article.title).toBe('H');
    expect(nd.article.paragraphs.map((p) => p.text)).toEqual(['A. B.', 'C.']);
    expect(nd.sentences).toEqual([['A.', 'B.'], ['C.']]);
    expect(nd.gold.map((g) => g.text)).toEqual(['A.', 'B.', 'C.']);
  });
});

describe('ja-news matching', () => {
  const para = (text: string, i: number): Paragraph => ({
    id: `p${i}`,
    text,
    heading: null,
    tag: 'p',
    domIndex: -1,
  });
  const article = {
    paragraphs: [
      '写真：共同',
      '本文の最初の段落です。とても長い文章が続きます。',
      '写真：共同',
      '最後 の 段落。',
    ].map(para),
  } as Article;
  const page: LabelledPage = {
    title: 't',
    sections: [
      {
        heading: '(lead: text before first heading)',
        heading_tag: null,
        role: 'result',
        acceptable_roles: ['result'],
        paragraphs: [
          { i: 0, key: '写真：共同', tag: 'p', role: 'other' },
          { i: 1, key: '本文の最初の段落です。とても長い文章が続', tag: 'p', role: 'result' },
          { i: 2, key: '写真：共同', tag: 'p', role: 'other' },
          { i: 3, key: '最後の段落。', tag: 'p', role: 'outlook' },
          { i: 4, key: '抽出で落ちた段落', tag: 'p', role: 'background' },
        ],
      },
    ],
  };
  it('matches keys ignoring whitespace, repeated keys in order, dropped ones as -1', () => {
    expect(matchParagraphs(article, page)).toEqual([0, 1, 2, 3, -1]);
  });
  it('tells pages with headings', () => expect(hasHeadings(page)).toBe(false));
  it('rolls paragraph roles into a section role by characters, ignoring other', () => {
    expect(sectionRole(['result', 'outlook', 'other'], [10, 30, 100])).toBe('outlook');
    expect(sectionRole(['other'], [5])).toBe('other');
  });
});

describe('point figures', () => {
  it('count points under a role whose source has that role, and gists from the main event', () => {
    const t = emptyTally();
    const pt = (sentence: string) => ({ text: sentence, sentence, paragraphIds: ['p0'] });
    const sections: Section<ChosenPoint>[] = [
      { role: 'result', points: [pt('r1'), pt('b1')] },
      { role: 'background', points: [pt('b1'), pt('unlabelled')] },
      { role: 'strategy', points: [] },
      { role: 'outlook', points: [] },
    ];
    const gold: Record<string, { role: 'result' | 'background'; main: boolean }> = {
      r1: { role: 'result', main: true },
      b1: { role: 'background', main: false },
    };
    tallyPoints(t, sections, pt('r1'), (p) => gold[p.sentence] ?? null);
    const f = pointFigures(t);
    expect(f.precision.result).toBe(0.5);
    expect(f.precision.background).toBe(1);
    expect(f.precision.strategy).toBeNull();
    expect(f.gistPrecision).toBe(1);
  });
});

describe('a point judged by the sentences it covers', () => {
  // Paragraph 0: "A one. B two. C three." as three gold sentences.
  const text = 'A one. B two. C three.';
  const units = ['A one.', 'B two.', 'C three.'].map((t) => ({
    paragraph: 0,
    text: t,
    start: text.indexOf(t),
    role: 'result' as const,
    label: 'Main' as const,
    confidence: 1,
  }));
  const golds: Gold[] = [
    { role: 'strategy', main: false },
    { role: 'strategy', main: true },
    { role: 'outlook', main: true },
  ];
  const judge = (sentence: string, at = (k: number): Gold | null => golds[k]) =>
    coveredGold(units, 0, text, sentence, at);
  it('a sentence has its own gold', () => expect(judge('B two.')).toEqual({ role: 'strategy', main: true }));
  it('a span has the role all its sentences share, and is the main event when all are', () =>
    expect(judge('A one. B two.')).toEqual({ role: 'strategy', main: false }));
  it('a span whose sentences differ is right under no role', () =>
    expect(judge('B two. C three.')).toEqual({ role: 'other', main: true }));
  it('a point not found, or covering an unlabelled sentence, is not counted', () => {
    expect(judge('D four.')).toBeNull();
    expect(judge('A one. B two.', (k) => (k === 1 ? null : golds[k]))).toBeNull();
  });
});
