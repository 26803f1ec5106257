/**
 * The sentences of one pickPoints() call, with what it learns of each kept as it goes: whether
 * it may be a point, its bag of words, its candidate record and its shown Point. Tests and bags
 * run only for the sentences that may be shown (tokenising and testing every sentence was most
 * of a call: issue 7, points ≲ 0.05 ms a page).
 * A class, not closures made in each call: V8 compiled per-call closures again for every outline
 * (scripts/bench-browser/jit-trace.ts, eighth session; lib/guard/text.ts had the same).
 */
import type { Segmentation, SentenceUnit } from '../segment';
import { idBag, idBagFrom, sentenceBagIds } from '../text/idbags';
import type { Bag } from '../text/tokens';
import type { Article, Point } from '../types';
import type { Candidate } from './select';
import { trimSentence } from './trim';
import { isPointWorthy } from './worthy';

export class PointSentences {
  readonly units: SentenceUnit[];
  private readonly worthyMemo: (boolean | undefined)[];
  private readonly bags: (Bag | undefined)[];
  private readonly made: (Candidate | undefined)[];
  private readonly shown = new Map<number, Point>();
  /** bag() as a plain function, for gistWindow and focusOf. */
  readonly bagOf = (i: number): Bag => this.bag(i);

  constructor(
    private readonly article: Article,
    private readonly seg: Segmentation,
  ) {
    this.units = seg.sentences;
    const n = this.units.length;
    this.worthyMemo = new Array(n);
    this.bags = new Array(n);
    this.made = new Array(n);
  }

  /** Not `other` (nor in an `other` paragraph), and worth showing (./worthy.ts). */
  worthy(i: number): boolean {
    const u = this.units[i];
    return (this.worthyMemo[i] ??=
      u.role !== 'other' &&
      this.seg.paragraphs[u.paragraph] !== 'other' &&
      isPointWorthy(u.text, this.article.lang));
  }

  /** The first `n` worthy sentences, in article order. */
  firstWorthy(n: number): number[] {
    const out: number[] = [];
    for (let i = 0; i < this.units.length && out.length < n; i++) if (this.worthy(i)) out.push(i);
    return out;
  }

  /** Bags keyed by token id, segment()'s reused (lib/text/idbags.ts): the same figures as bag()'s. */
  bag(i: number): Bag {
    let b = this.bags[i];
    if (!b) {
      const kept = sentenceBagIds(this.seg, i, this.units[i].text);
      b = this.bags[i] = kept ? idBagFrom(kept) : idBag(this.units[i].text);
    }
    return b;
  }

  candidate(order: number): Candidate {
    let c = this.made[order];
    if (!c) {
      const unit = this.units[order];
      const before = this.units[order - 1];
      const after = this.units[order + 1];
      let near = 0;
      let same = 0;
      for (const o of [before, after])
        if (o && o.role !== 'other') {
          near++;
          if (o.role === unit.role) same++;
        }
      c = this.made[order] = { unit, order, bag: this.bag(order), score: 0, support: near ? same / near : 0 };
    }
    return c;
  }

  /** The shown Point of a candidate; a copy per use (the gist and a result point may share a sentence). */
  point(c: Candidate): Point {
    let p = this.shown.get(c.order);
    if (!p) {
      p = {
        text: trimSentence(c.unit.text, this.article.lang),
        sentence: c.unit.text,
        paragraphIds: [this.article.paragraphs[c.unit.paragraph].id],
      };
      this.shown.set(c.order, p);
    }
    return { ...p, paragraphIds: [...p.paragraphIds] };
  }
}
