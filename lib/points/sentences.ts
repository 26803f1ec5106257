/**
 * The sentences of one pickPoints() call, with what it learns of each kept as it goes: whether
 * it may be a point, its bag of words, its candidate record and its shown Point. Tests and bags
 * run only for the sentences that may be shown (tokenising and testing every sentence was most
 * of a call: issue 7, points ≲ 0.05 ms a page).
 * Two lists: segment()'s sentences, from which the lead, the focus and the gist are read (the gist
 * ranker learns on them: scripts/train-gist.ts), and the point units, from which each role's
 * points are chosen: the same sentences with torn quotations joined into spans (./spans.ts).
 * A class, not closures made in each call: V8 compiled per-call closures again for every outline
 * (scripts/bench-browser/jit-trace.ts, eighth session; lib/guard/text.ts had the same).
 */
import type { Segmentation, SentenceUnit } from '../segment';
import { idBag, idBagFrom, sentenceBagIds } from '../text/idbags';
import type { Bag } from '../text/tokens';
import type { Article, ChosenPoint } from '../types';
import { mergeBags } from './focus';
import { leansBack } from './leans-back';
import type { Candidate } from './select';
import { pointUnits } from './spans';
import { trimSentence } from './trim';
import { isDataRow, isPointWorthy, opensInsideQuote } from './worthy';

export class PointSentences {
  /** segment()'s sentences. */
  readonly sentences: SentenceUnit[];
  /** The point units: `units[k]` covers sentences from[k] … to[k] (./spans.ts). */
  readonly units: SentenceUnit[];
  private readonly from: number[];
  private readonly to: number[];
  /** The unit that covers each sentence. */
  private readonly unitAt: number[];
  private readonly worthyMemo: (boolean | undefined)[];
  private readonly unitWorthyMemo: (boolean | undefined)[];
  private readonly bags: (Bag | undefined)[];
  private readonly unitBags: (Bag | undefined)[];
  private readonly made: (Candidate | undefined)[];
  private readonly shown = new Map<SentenceUnit, ChosenPoint>();
  private readonly texts = new Map<SentenceUnit, string>();
  /** bag() as a plain function, for gistWindow and focusOf. */
  readonly bagOf = (i: number): Bag => this.bag(i);

  constructor(
    private readonly article: Article,
    private readonly seg: Segmentation,
  ) {
    this.sentences = seg.sentences;
    const { units, from, to } = pointUnits(article, seg);
    this.units = units;
    this.from = from;
    this.to = to;
    this.unitAt = new Array(this.sentences.length);
    for (let k = 0; k < units.length; k++) for (let i = from[k]; i <= to[k]; i++) this.unitAt[i] = k;
    this.worthyMemo = new Array(this.sentences.length);
    this.bags = new Array(this.sentences.length);
    this.unitWorthyMemo = new Array(units.length);
    this.unitBags = new Array(units.length);
    this.made = new Array(units.length);
  }

  /** Sentence `i`: not `other` (nor in an `other` paragraph), and worth showing (./worthy.ts). */
  worthy(i: number): boolean {
    return (this.worthyMemo[i] ??= this.mayBePoint(this.sentences[i]));
  }

  /** The same of unit `k` (a span is tested as one text). */
  unitWorthy(k: number): boolean {
    if (this.from[k] === this.to[k]) return this.worthy(this.from[k]);
    return (this.unitWorthyMemo[k] ??= this.mayBePoint(this.units[k]));
  }

  private mayBePoint(u: SentenceUnit): boolean {
    return (
      u.role !== 'other' &&
      this.seg.paragraphs[u.paragraph] !== 'other' &&
      isPointWorthy(u.text, this.article.lang) &&
      // A data table's row is no sentence (./worthy.ts isDataRow, extraction benchmark 6a72de37).
      !(this.article.paragraphs[u.paragraph].tag === 'tr' && isDataRow(u.text)) &&
      // Nor the middle of a quotation, with no one to say it (./worthy.ts opensInsideQuote).
      !opensInsideQuote(this.article.paragraphs[u.paragraph].text, u.start, this.article.lang)
    );
  }

  /** The first `n` worthy sentences, in article order. */
  firstWorthy(n: number): number[] {
    const out: number[] = [];
    for (let i = 0; i < this.sentences.length && out.length < n; i++) if (this.worthy(i)) out.push(i);
    return out;
  }

  /** The unit that covers sentence `i`. */
  unitOf(i: number): number {
    return this.unitAt[i];
  }

  /** Does unit `k` cover one of `sentences`? */
  covers(k: number, sentences: Set<number>): boolean {
    for (let i = this.from[k]; i <= this.to[k]; i++) if (sentences.has(i)) return true;
    return false;
  }

  /** Bags keyed by token id, segment()'s reused (lib/text/idbags.ts): the same figures as bag()'s. */
  bag(i: number): Bag {
    let b = this.bags[i];
    if (!b) {
      const kept = sentenceBagIds(this.seg, i, this.sentences[i].text);
      b = this.bags[i] = kept ? idBagFrom(kept) : idBag(this.sentences[i].text);
    }
    return b;
  }

  /** A unit's bag: a span's is its sentences' merged (only spaces and punctuation lie between them: ./focus.ts). */
  unitBag(k: number): Bag {
    if (this.from[k] === this.to[k]) return this.bag(this.from[k]);
    let b = this.unitBags[k];
    if (!b) {
      const pieces: Bag[] = [];
      for (let i = this.from[k]; i <= this.to[k]; i++) pieces.push(this.bag(i));
      b = this.unitBags[k] = mergeBags(pieces);
    }
    return b;
  }

  /**
   * Unit `k` as a candidate. Its `order` is its first sentence's, and its support is read from
   * the sentences beside it: a one-sentence unit is scored as before spans were joined.
   */
  candidate(k: number): Candidate {
    let c = this.made[k];
    if (!c) {
      const unit = this.units[k];
      const before = this.sentences[this.from[k] - 1];
      const after = this.sentences[this.to[k] + 1];
      let near = 0;
      let same = 0;
      for (const o of [before, after])
        if (o && o.role !== 'other') {
          near++;
          if (o.role === unit.role) same++;
        }
      const order = this.from[k];
      c = this.made[k] = {
        unit,
        order,
        bag: this.unitBag(k),
        score: 0,
        support: near ? same / near : 0,
        leansBack: leansBack(this.shownText(unit), this.article.lang),
      };
    }
    return c;
  }

  /** A unit's text as a point shows it (trim.ts), made once: a candidate's ranking reads it too. */
  private shownText(unit: SentenceUnit): string {
    let text = this.texts.get(unit);
    if (text === undefined) this.texts.set(unit, (text = trimSentence(unit.text, this.article.lang)));
    return text;
  }

  /** The shown point of a unit; a copy per use (the gist and a result point may share a sentence). */
  point(unit: SentenceUnit): ChosenPoint {
    let p = this.shown.get(unit);
    if (!p) {
      p = {
        text: this.shownText(unit),
        sentence: unit.text,
        paragraphIds: [this.article.paragraphs[unit.paragraph].id],
      };
      this.shown.set(unit, p);
    }
    return { ...p, paragraphIds: [...p.paragraphIds] };
  }
}
