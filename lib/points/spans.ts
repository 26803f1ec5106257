/**
 * The units points are chosen from (issue 4): segment()'s sentences, except that a quotation
 * the sentence splitter tore apart is one unit again. ICU (Intl.Segmenter) breaks after a 。
 * inside 「」, so 「…です。…ます」と述べた。 comes as two units whose quotes do not pair, and
 * an English quote over two or three sentences ends in "…,” he said." on its own: neither half
 * may be a point (./worthy.ts quotesPair), so the quote was lost. Here the consecutive units of
 * one paragraph whose quotes pair up together form one span, and the span may be a point.
 * segment()'s units themselves stay as they are: joining them there cost ja-news macro-F1 0.791
 * → 0.763 (the Japanese cue tuning is fit on the split units).
 *
 * A span is bounded in length: a point must stay short enough to read. 300 characters in English
 * is the 95th percentile of the one-sentence points shown on ../shared/data (294); 150 in
 * Japanese is the same reading length at the usual two English characters to one Japanese, and
 * just under the longest one-sentence Japanese point shown there (157). A longer quote stays
 * torn, and unshown.
 *
 * A span's role is the role of most of its characters: the reader reads the characters, so the
 * role most of the text carries is what the point says (a quote whose last short unit, "…」と
 * 述べた。", the segmenter gave another role is still a quote of the first role). Its confidence
 * is the character-weighted mean of its units' confidences in that role, a unit given another
 * role counting 0 (its confidence in this role is at most 1 − its own: 0 is the safe end), so a
 * mixed span must clear the role's bar (./gate.ts) on the part that carries the role.
 *
 * Exports: `PointUnits`, `pointUnits(article, seg, spans?) → PointUnits`, `SPAN_MAX_CHARS`,
 * `SPANS_SHOWN`, `quotesNest`.
 */
import type { Segmentation, SentenceUnit } from '../segment';
import type { Article, UnitRole } from '../types';
import { quotesPair } from './worthy';

/** Longest span, in characters, by language (see above). */
export const SPAN_MAX_CHARS = { en: 300, ja: 150 };

/**
 * Where spans are shown. Japanese, where ICU tears 「」 quotes at every 。 inside them. Not
 * English (measured, eleventh session, NewsDiscourse validation): spans brought 4 more strategy
 * points of which 3 wrong (gold Main or anecdote: the segmenter's reading of quotes), strategy
 * precision 0.798 → 0.773, and scripts/tune-points.ts's margin rule then raises the strategy bar
 * (0.75 → 0.85): strategy in 31% of articles instead of 44%. An English torn quote stays unshown.
 */
export const SPANS_SHOWN = { en: false, ja: true };

export interface PointUnits {
  /** One unit per point candidate: a sentence of segment(), or a span of them. */
  units: SentenceUnit[];
  /** `units[k]` covers segment()'s sentences `from[k]` … `to[k]` (equal for a single sentence). */
  from: number[];
  to: number[];
}

/**
 * No closing mark before its opening one, for the marks that say which way they face (“” 「」
 * 『』): "…,” he said. “Next…" pairs up by count but is the end of one quote and the start of
 * another, not one quote.
 */
export function quotesNest(t: string): boolean {
  let doubles = 0;
  let corners = 0;
  let whites = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === 0x201c) doubles++;
    else if (c === 0x201d && --doubles < 0) return false;
    else if (c === 0x300c) corners++;
    else if (c === 0x300d && --corners < 0) return false;
    else if (c === 0x300e) whites++;
    else if (c === 0x300f && --whites < 0) return false;
  }
  return true;
}

/** Any quotation mark quotesPair() counts: a paragraph without one holds no span. */
const QUOTE_MARK = /["“”‘’「」『』]/;

/** The last unit of the span that starts at sentence `i`, or -1 when no span starts there. */
function spanEnd(article: Article, units: SentenceUnit[], i: number, max: number): number {
  const first = units[i];
  if (quotesPair(first.text)) return -1;
  const text = article.paragraphs[first.paragraph]?.text ?? '';
  for (let j = i + 1; j < units.length && units[j].paragraph === first.paragraph; j++) {
    const end = units[j].start + units[j].text.length;
    if (end - first.start > max) return -1;
    const span = text.slice(first.start, end);
    // (A unit that is not where its offset says cannot be joined by offsets.)
    if (!span.startsWith(first.text) || !span.endsWith(units[j].text)) return -1;
    if (quotesPair(span)) return quotesNest(span) ? j : -1;
  }
  return -1;
}

/** The span's unit: its text as the paragraph has it, its role and confidence (see above). */
function spanUnit(article: Article, pieces: SentenceUnit[]): SentenceUnit {
  const first = pieces[0];
  const last = pieces[pieces.length - 1];
  const chars = new Map<UnitRole, number>();
  for (const u of pieces) chars.set(u.role, (chars.get(u.role) ?? 0) + u.text.length);
  let role = first.role;
  for (const [r, n] of chars) if (n > chars.get(role)!) role = r;
  let total = 0;
  let sure = 0;
  for (const u of pieces) {
    total += u.text.length;
    if (u.role === role) sure += u.text.length * u.confidence;
  }
  const main = pieces.find((u) => u.role === role)!;
  return {
    paragraph: first.paragraph,
    text: article.paragraphs[first.paragraph].text.slice(first.start, last.start + last.text.length),
    start: first.start,
    role,
    label: main.label,
    confidence: total ? sure / total : 0,
  };
}

/** `spans`: whether torn quotes are joined (default: SPANS_SHOWN for the article's language). */
export function pointUnits(
  article: Article,
  seg: Segmentation,
  spans = SPANS_SHOWN[article.lang === 'ja' ? 'ja' : 'en'],
): PointUnits {
  const units = seg.sentences;
  if (!spans) return { units, from: units.map((_, i) => i), to: units.map((_, i) => i) };
  const max = article.lang === 'ja' ? SPAN_MAX_CHARS.ja : SPAN_MAX_CHARS.en;
  const out: PointUnits = { units: [], from: [], to: [] };
  // Which paragraphs have a quotation mark, tested once each with a regex: quotesPair() on
  // every sentence was most of this function's time (issue 7: points ≲ 0.05 ms a page).
  let paragraph = -1;
  let quoted = false;
  for (let i = 0; i < units.length; i++) {
    if (units[i].paragraph !== paragraph) {
      paragraph = units[i].paragraph;
      quoted = QUOTE_MARK.test(article.paragraphs[paragraph]?.text ?? '');
    }
    const j = quoted ? spanEnd(article, units, i, max) : -1;
    out.units.push(j < 0 ? units[i] : spanUnit(article, units.slice(i, j + 1)));
    out.from.push(i);
    out.to.push(j < 0 ? i : j);
    if (j >= 0) i = j;
  }
  return out;
}
