/**
 * Issue 4: key points. Selection is checked with the GOLD roles of NewsDiscourse validation
 * given as the segmentation (so a failure is selection's, not the segmenter's), and with the
 * real segment() on real pages.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractFromHtml, readHtmlFile } from '../../lib/node/load';
import { GATES, isPointWorthy, pickPoints, POINTS_PER_SECTION, type Gates } from '../../lib/points';
import { isCore } from '../../lib/points/core';
import type { Bar } from '../../lib/points/gate';
import { emptyTally, pointFigures, tallyPoints } from '../../lib/eval/points';
import { segment, type Segmentation } from '../../lib/segment';
import { ROLES, type Article, type ChosenPoint, type Length } from '../../lib/types';
import { DATA, ndArticle } from '../../scripts/points-check';
import { mergeBags, tiledBy } from '../../lib/points/focus';
import { pointUnits } from '../../lib/points/spans';
import { bag, regexBag } from '../../lib/text/tokens';
import { leansBack } from '../../lib/points/leans-back';
import { opensInsideQuote } from '../../lib/points/worthy';
import { trimSentence } from '../../lib/points/trim';
import { scoreCandidates, selectPoints, type Candidate } from '../../lib/points/select';

const docs = readFileSync(`${DATA}/newsdiscourse/validation.jsonl`, 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l));
const gold = docs.map(ndArticle);

/** The point unit a point comes from: a sentence, or a quotation span of sentences (lib/points/spans.ts). */
function sourceUnit(article: Article, seg: Segmentation, p: ChosenPoint) {
  return pointUnits(article, seg).units[sourceIndex(article, seg, p)];
}

/** Its index among the point units (-1: none). */
function sourceIndex(article: Article, seg: Segmentation, p: ChosenPoint) {
  const pi = article.paragraphs.findIndex((x) => x.id === p.paragraphIds[0]);
  return pointUnits(article, seg).units.findIndex((s) => s.paragraph === pi && s.text === p.sentence);
}

describe('with gold roles', () => {
  it.each(['brief', 'standard', 'detailed'] as Length[])(
    '%s: every point is a sentence of its role, in article order',
    (length) => {
      for (const { article, gold: seg } of gold) {
        const { gist, sections } = pickPoints(article, seg, length);
        expect(sections.map((s) => s.role)).toEqual(ROLES);
        for (const s of sections) {
          expect(s.points.length).toBeLessThanOrEqual(POINTS_PER_SECTION[length]);
          const order = s.points.map((p) => sourceIndex(article, seg, p));
          expect(order.every((o) => o >= 0)).toBe(true);
          expect(order).toEqual([...order].sort((a, b) => a - b));
          for (const p of s.points) expect(sourceUnit(article, seg, p)!.role).toBe(s.role);
          // The gist is the article's main event (tests/unit/gist.test.ts): whatever role its
          // sentence has, no other role shows it as a point, nor a quotation span holding it.
          if (gist && s.role !== 'result')
            for (const p of s.points) expect(p.sentence.includes(gist.sentence)).toBe(false);
        }
      }
    },
  );

  it('gives each role as many points as its paragraphs have sentences, up to the length', () => {
    for (const { article, gold: seg } of gold.slice(0, 30)) {
      const { sections } = pickPoints(article, seg, 'detailed');
      const brief = pickPoints(article, seg, 'brief').sections;
      for (const [i, s] of sections.entries()) {
        const has = seg.sentences.some(
          (u) =>
            u.role === s.role &&
            seg.paragraphs[u.paragraph] === s.role &&
            u.text.length >= 60 &&
            /[.”"]$/.test(u.text),
        );
        if (has) expect(s.points.length, s.role).toBeGreaterThan(0);
        expect(brief[i].points.length).toBe(Math.min(1, s.points.length));
      }
    }
  });

  it('keeps the exact source sentence and its paragraph id, whatever the shown text', () => {
    let trimmed = 0;
    for (const { article, gold: seg } of gold) {
      const { gist, sections } = pickPoints(article, seg);
      for (const p of [gist!, ...sections.flatMap((s) => s.points)]) {
        const para = article.paragraphs.find((x) => x.id === p.paragraphIds[0])!;
        expect(para.text).toContain(p.sentence);
        if (p.text !== p.sentence) trimmed++;
      }
    }
    expect(trimmed).toBeGreaterThan(0);
  });

  it('never shows boilerplate, even when the segmentation gives it a role', () => {
    // A segmentation that calls every sentence result, credits and captions included.
    let shown = 0;
    let na = 0;
    for (const { article, gold: seg, labels } of gold) {
      const all: Segmentation = {
        paragraphs: seg.paragraphs.map(() => 'result'),
        sentences: seg.sentences.map((s) => ({ ...s, role: 'result' })),
      };
      const { gist, sections } = pickPoints(article, all, 'detailed');
      const points = [gist!, ...sections.flatMap((s) => s.points)].filter(Boolean);
      for (const p of points) {
        const i = seg.sentences.findIndex((s) => s.text === p.sentence);
        if (labels[i] === 'NA') shown++;
        // Credits, wire headers and dated photo captions never, whatever the segmenter says.
        expect(p.sentence).not.toMatch(/REUTERS\/|Editor:|Video Player|^FILE PHOTO|\d{1,2}, 20\d\d\.$/);
      }
      na += labels.filter((l) => l === 'NA').length;
    }
    // The few NA sentences left look like prose ("The U.S. government was shutting down…").
    expect(shown / na).toBeLessThan(0.05);
  });

  it('does not show two phrasings of one fact', () => {
    // Each article's lead repeated word for word in a later paragraph: one point, not two.
    for (const { article, gold: seg } of gold.slice(0, 40)) {
      const { sections } = pickPoints(article, seg, 'detailed');
      for (const s of sections) {
        const texts = s.points.map((p) => p.sentence);
        expect(new Set(texts).size).toBe(texts.length);
      }
      const dup = seg.sentences.find((u) => u.role === 'background' && u.text.length > 80);
      if (!dup) continue;
      const p = article.paragraphs.length;
      const doubled: Article = {
        ...article,
        paragraphs: [
          ...article.paragraphs,
          { id: `p${p}`, text: dup.text, heading: null, tag: 'p', domIndex: -1 },
        ],
      };
      const seg2: Segmentation = {
        paragraphs: [...seg.paragraphs, 'background'],
        sentences: [...seg.sentences, { ...dup, paragraph: p, start: 0 }],
      };
      const bg = pickPoints(doubled, seg2, 'detailed').sections.find((s) => s.role === 'background')!;
      expect(bg.points.filter((x) => x.sentence === dup.text).length).toBeLessThanOrEqual(1);
    }
  });
});

describe('role confidence', () => {
  const article = gold[0].article;
  /** The gold segmentation with every sentence given one confidence. */
  const withConfidence = (c: number): Segmentation => ({
    ...gold[0].gold,
    sentences: gold[0].gold.sentences.map((u) => ({ ...u, confidence: c })),
  });

  it('shows no English point whose role the segmenter is unsure of, but keeps the gist', () => {
    const { gist, sections } = pickPoints(article, withConfidence(0.3), 'standard');
    for (const s of sections) {
      const bar = GATES.en[s.role];
      if (Math.min(bar.core, bar.plain) <= 0.3) continue;
      // The 'alone' bar still lets an otherwise empty section show its single surest sentence.
      if ((bar.alone ?? Infinity) <= 0.3) expect(s.points.length).toBeLessThanOrEqual(1);
      else expect(s.points).toEqual([]);
    }
    expect(gist).not.toBeNull();
  });

  it('lets a core sentence of a role pass a lower bar than the others', () => {
    // One bar for every role: core sentences from 0.5, the others never.
    const bar = { core: 0.5, plain: 1.01 };
    const gates: Gates = {
      en: { background: bar, result: bar, strategy: bar, outlook: bar },
      ja: GATES.ja,
    };
    let shown = 0;
    for (const { article: a, gold: seg } of gold.slice(0, 30)) {
      const sure = { ...seg, sentences: seg.sentences.map((u) => ({ ...u, confidence: 0.6 })) };
      const { sections } = pickPoints(a, sure, 'detailed', gates);
      for (const s of sections)
        for (const p of s.points) {
          shown++;
          // The outlook core is an expectation or plan; strategy's an expert's assessment.
          if (s.role === 'outlook')
            expect(p.sentence).toMatch(
              /expect|likely|next|plan|forecast|predict|intend|set to|aim|anticipat|projected|outlook|coming|probably/i,
            );
          if (s.role !== 'result') expect(isCore(p.sentence, s.role, 'en', false)).toBe(true);
        }
    }
    expect(shown).toBeGreaterThan(0);
  });

  it('shows the points of sure sentences', () => {
    const sure = pickPoints(article, withConfidence(1), 'standard');
    expect(sure.sections.some((s) => s.points.length > 0)).toBe(true);
  });
});

describe('the alone bar', () => {
  it('gives an otherwise empty section its single surest sentence, and no more', () => {
    const never = { core: 1.01, plain: 1.01 };
    const alone = { ...never, alone: 0.5 };
    const gates = (bar: Bar): Gates => ({
      en: { background: bar, result: bar, strategy: bar, outlook: bar },
      ja: GATES.ja,
    });
    let covered = 0;
    for (const { article: a, gold: seg } of gold.slice(0, 30)) {
      // Confidences that differ from sentence to sentence: the surest one is known.
      const graded = {
        ...seg,
        sentences: seg.sentences.map((u, i) => ({ ...u, confidence: 0.55 + ((i * 7) % 10) / 25 })),
      };
      // Without it, nothing passes: only the gist stands in its role's section (an outline is
      // never without a point).
      const bare = pickPoints(a, graded, 'detailed', gates(never));
      expect(bare.sections.flatMap((s) => s.points)).toEqual(bare.gist ? [bare.gist] : []);
      for (const s of pickPoints(a, graded, 'detailed', gates(alone)).sections) {
        expect(s.points.length).toBeLessThanOrEqual(1);
        if (!s.points.length) continue;
        covered++;
        // (Point units: a quotation span's confidence is its sentences', lib/points/spans.ts.)
        const units = pointUnits(a, graded).units.filter(
          (u) => u.role === s.role && graded.paragraphs[u.paragraph] === s.role,
        );
        const shown = units.find((u) => u.text === s.points[0].sentence)!;
        // (A sentence inside a quotation its paragraph opened before it is no point: ./worthy.ts.)
        const mayShow = (u: (typeof units)[number]) =>
          isPointWorthy(u.text, 'en') && !opensInsideQuote(a.paragraphs[u.paragraph].text, u.start, 'en');
        const surest = Math.max(...units.filter(mayShow).map((u) => u.confidence));
        expect(shown.confidence).toBe(surest);
      }
    }
    expect(covered).toBeGreaterThan(30);
  });
});

describe('a long article', () => {
  // Real articles end to end until past 20,000 words: one long piece of the same shape.
  const parts: typeof gold = [];
  let words = 0;
  for (const g of gold) {
    if (words > 20_000) break;
    parts.push(g);
    words += g.article.paragraphs.reduce((n, p) => n + p.text.split(/\s+/).length, 0);
  }
  const paragraphs: Article['paragraphs'] = [];
  const seg: Segmentation = { paragraphs: [], sentences: [] };
  for (const { article, gold: s } of parts) {
    const base = paragraphs.length;
    paragraphs.push(...article.paragraphs.map((p, i) => ({ ...p, id: `p${base + i}` })));
    seg.paragraphs.push(...s.paragraphs);
    seg.sentences.push(...s.sentences.map((u) => ({ ...u, paragraph: u.paragraph + base })));
  }
  const long: Article = { ...parts[0].article, paragraphs };

  const thirds = (points: ChosenPoint[]) =>
    new Set(points.map((p) => Math.floor((3 * Number(p.paragraphIds[0].slice(1))) / paragraphs.length)));

  it('is over 20,000 words', () => expect(words).toBeGreaterThan(20_000));

  it.each(['standard', 'detailed'] as Length[])(
    '%s: each section draws from the beginning, middle and end',
    (length) => {
      const { sections } = pickPoints(long, seg, length);
      for (const s of sections) expect([...thirds(s.points)].sort()).toEqual([0, 1, 2]);
    },
  );

  it('with the real segmentation, points come from the whole length', () => {
    const { sections } = pickPoints(long, segment(long), 'standard');
    expect([...thirds(sections.flatMap((s) => s.points))].sort()).toEqual([0, 1, 2]);
  });
});

describe('with the real segmentation on real pages', () => {
  const PAGES = [
    'tests/fixtures/seed/source.html',
    '../shared/data/ja-news/pages/01-nhk-kodomo-katei-cho.html',
    '../shared/data/ja-news/pages/21-afpbb-nigeria-attack.html',
  ];
  it.each(PAGES)('%s: points are sentences of their section role, gist on top', (file) => {
    const article = extractFromHtml(readHtmlFile(file), 'https://example.org/a');
    const seg = segment(article);
    const { gist, sections } = pickPoints(article, seg);
    expect(gist).not.toBeNull();
    expect(sections.some((s) => s.points.length)).toBe(true);
    for (const s of sections)
      for (const p of s.points) expect(sourceUnit(article, seg, p)?.role, p.sentence).toBe(s.role);
  });
});

describe('bag() as points use it (lib/text/tokens.ts)', () => {
  it('gives the Unicode rule’s tokens on real sentences of both languages and on odd text', () => {
    const texts = [
      ...docs.flatMap((d: { sentences: { text: string }[] }) => d.sentences.map((s) => s.text)),
      ...gold.map((g) => g.article.title),
      'İstanbul’s ÖZİL — “Straße” naïve café 3½ Ⅻ ｆｕｌｌ－ｗｉｄｔｈ',
      '【ワシントン＝共同】米国の大統領は「関税を引き上げる」と述べた。',
      'A I x 42 THE The it’s U.S. e-mail — and…',
      '',
    ];
    for (const t of texts) {
      expect([...bag(t)], t).toEqual([...regexBag(t)]);
    }
  });
});

describe('coverage figures', () => {
  it('counts points per article, articles with a point, and articles whose gold has the role', () => {
    const t = emptyTally();
    const pt = (sentence: string) => ({ text: sentence, sentence, paragraphIds: ['p0'] });
    const none = ROLES.map((role) => ({ role, points: [] as ChosenPoint[] }));
    const one = none.map((s) => (s.role === 'result' ? { ...s, points: [pt('a'), pt('b')] } : s));
    tallyPoints(t, one, null, () => ({ role: 'result', main: true }), ['result', 'outlook', 'other']);
    tallyPoints(t, none, null, () => null, ['result']);
    const f = pointFigures(t);
    expect(f.perArticle.result).toBe(1);
    expect(f.coverage.result).toBe(0.5);
    expect(f.coverage.outlook).toBe(0);
    expect(f.goldCoverage.result).toBe(1);
    expect(f.goldCoverage.outlook).toBe(0.5);
    expect(f.precision.result).toBe(1);
  });
});

describe('focus', () => {
  it('merged from the sentence bags is the bag of the headline and lead paragraph', () => {
    let tiled = 0;
    for (const { article, gold: seg } of gold) {
      const pieces = seg.sentences.filter((u) => u.paragraph === 0);
      const text = article.paragraphs[0].text;
      if (!tiledBy(text, pieces)) continue;
      tiled++;
      const merged = mergeBags([bag(article.title), ...pieces.map((u) => bag(u.text))]);
      expect([...merged]).toEqual([...bag(`${article.title} ${text}`)]);
    }
    expect(tiled).toBeGreaterThan(gold.length / 2);
    // Pieces that cut a word are no tiling.
    expect(
      tiledBy('abc def.', [
        { start: 0, text: 'ab' },
        { start: 2, text: 'c def.' },
      ]),
    ).toBe(false);
    expect(tiledBy('abc def. Ghi', [{ start: 0, text: 'abc def.' }])).toBe(false);
  });
});

describe('isPointWorthy', () => {
  it.each([
    // appleinsider.com review (extraction benchmark): a shop's offer stood as a background point.
    'Expercom is knocking up to $438 off select new configurations with coupon code appleinsider, while Adorama is taking up to $250 off retail models.',
    'Save 20% on every order this week with promo code SPRING at checkout, the store said.',
    '今なら割引コードの入力で初回購入が半額になるキャンペーンを実施しています。',
    // A listing of dates, not a sentence (billboard.com, extraction benchmark 9cb8224b).
    'The tour dates: June 9 -- Coral Sky Amphitheatre, West Palm Beach, FL June 10 -- MIDFLORIDA Amphitheatre, Tampa, FL June 14 -- Ameris Bank Amphitheatre, Alpharetta, GA June 17 -- Bridgestone Arena, Nashville, TN.',
    // …nor a piece the splitter tore off at a month's abbreviation.
    '2 -- DTE Energy Music Theatre, Clarkston, MI, on a summer evening in Aug.',
  ])('a promotion, a listing or a torn piece is never a point: %s', (t) =>
    expect(isPointWorthy(t, /[ぁ-ん]/.test(t) ? 'ja' : 'en')).toBe(false),
  );

  it('a sentence of the article stays worthy', () => {
    expect(
      isPointWorthy('The retailer said sales of discounted laptops rose sharply in November.', 'en'),
    ).toBe(true);
  });
});

describe('a sentence that leans on the one before it (lib/points/leans-back.ts)', () => {
  it('is an English sentence opening on a pronoun or a connective', () => {
    for (const s of [
      'These wouldn’t be fishing expeditions — given the president’s refusal to divest.',
      'This comes less than a week after Bloomberg reported it.',
      'Moreover: the installation consists of 1.000 led lights.',
      'In addition to questions about the company’s financial state, red flags remained.',
      'For example, NASA’s Galileo probe measured a big increase.',
    ])
      expect(leansBack(trimSentence(s, 'en'), 'en')).toBe(true);
    for (const s of [
      'Thesis defences moved online this year.',
      'Andrew Cuomo said on Tuesday that the state would reopen.',
      'Stillwater officials closed the bridge.',
      'NASA on Monday enlisted Blue Origin and SpaceX.',
      // Shown without its connective (trim.ts), the sentence stands alone.
      'And there was quite a bit of the stuff.',
      'But Mr. Garrett has been suspended for the rest of the season.',
    ])
      expect(leansBack(trimSentence(s, 'en'), 'en')).toBe(false);
    // English only: Japanese sentences are read by their own rules.
    expect(leansBack('This is a test.', 'ja')).toBe(false);
  });

  it('ranks below a sentence as central that stands on its own', () => {
    const unit = (text: string) => ({
      paragraph: 0,
      text,
      start: 0,
      label: 'Distant_Evaluation' as const,
      role: 'strategy' as const,
      confidence: 1,
    });
    const cands: Candidate[] = [
      {
        unit: unit('These would be costly.'),
        order: 0,
        bag: bag('costly tariffs trade'),
        score: 0,
        leansBack: true,
      },
      { unit: unit('Tariffs would be costly.'), order: 1, bag: bag('costly tariffs trade'), score: 0 },
    ];
    scoreCandidates(cands, bag('tariffs trade costly'), 2);
    expect(cands[0].score).toBeLessThan(cands[1].score);
    expect(selectPoints(cands, 1, 2).map((c) => c.unit.text)).toEqual(['Tariffs would be costly.']);
  });
});
