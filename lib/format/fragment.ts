/**
 * URL text fragments (`#:~:text=`) that lead a browser to a point's exact source sentence
 * (issue 4; spec: https://wicg.github.io/scroll-to-text-fragment/).
 *
 * - Encoding: every term is percent-encoded as UTF-8; the directive's own syntax characters
 *   `-`, `&` and `,` always are (encodeURIComponent leaves `-` alone), and so are `(` `)` so
 *   that the link survives inside a Markdown link destination.
 * - Short sentences are matched exactly. Long ones use `start,end`: the browser matches
 *   `start` at a word boundary and `end` at word boundaries on both sides, so both terms are cut
 *   at word boundaries found by Intl.Segmenter (ICU, as in Chromium; for Japanese this matters:
 *   a term cut mid-word does not match). `start` grows until it occurs once in the article text
 *   (an earlier occurrence would start the highlight in the wrong place); `end` grows until its
 *   first occurrence after `start` is the sentence's own end. Both lie inside the sentence.
 *   Seen in Chromium 156 on ja-news 01-nhk: "面の大きな課題,…" (start cut mid-word) and
 *   "…,化への対応です。" (end cut mid-word) match nothing; "当面の大きな,…" matches an earlier
 *   paragraph first (the highlight starts there), hence the uniqueness rule.
 * - Ruby: Chromium searches a <ruby> as its base followed by its reading, so callers pass the
 *   sentence and page text with the readings in place (searchable.ts; scope.ts pointLinker).
 * - Not met yet (scripts/fragment-landing.ts, Chromium 156): a term over two table cells
 *   (05-iij's footnote row "↑4 ただし…": a <th> and a <td>; footnotes are now left out of the
 *   article, lib/extract/clean.ts) matches nothing.
 *   And `start` is unique in the article's text only: extraction-benchmark 7916ecca's photo
 *   caption, not extracted, repeats the sentence up to "…invaded the country" (93 characters),
 *   so the highlight starts at the caption and runs to the sentence's end.
 *
 * Exports: `textFragmentUrl(url, sentence, { pageText?, lang? }) → string`,
 * `textDirective(sentence, opts) → string` (the part after `text=`), `encodeTerm(s)`.
 */

export interface FragmentOptions {
  /** The article's text, to make the start term unique (an Outline's paragraphs joined). */
  pageText?: string;
  lang?: string;
}

/** Longest sentence matched exactly, in characters (a Japanese character costs 9 in a URL). */
const EXACT_MAX = { en: 80, ja: 40 };
/** Shortest start/end terms: enough words to be specific. */
const MIN_TERM = { en: 24, ja: 10 };

/** A lone surrogate half would make encodeURIComponent throw (URIError): write U+FFFD instead. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function encodeTerm(s: string): string {
  return encodeURIComponent(s.replace(LONE_SURROGATE, '\ufffd')).replace(
    /[-()!'*]/g,
    (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase(),
  );
}

/** Terms begin and end on a letter or digit, not on a space or a comma. */
const WORDISH = /[\p{L}\p{N}]/u;

const segmenters = new Map<string, Intl.Segmenter>();
function wordBoundaries(text: string, lang: string): number[] {
  let seg = segmenters.get(lang);
  if (!seg) segmenters.set(lang, (seg = new Intl.Segmenter(lang, { granularity: 'word' })));
  const out = new Set<number>([0, text.length]);
  for (const s of seg.segment(text)) {
    out.add(s.index);
    out.add(s.index + s.segment.length);
  }
  return [...out].sort((a, b) => a - b);
}

function occurrences(hay: string, needle: string): number {
  let n = 0;
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) n++;
  return n;
}

/**
 * The last page text, normalised. Every point of an outline passes the same page string, and
 * normalising a 100,000-word article once per point made copying it take seconds (npm run bench).
 */
let lastPage: { raw: string; normalised: string } | null = null;
function normalisedPage(raw: string): string {
  if (lastPage?.raw !== raw) lastPage = { raw, normalised: raw.replace(/\s+/g, ' ').toLowerCase() };
  return lastPage.normalised;
}

export function textDirective(sentence: string, opts: FragmentOptions = {}): string {
  const text = sentence.replace(/\s+/g, ' ').trim();
  const ja = opts.lang === 'ja' || /[\u3040-\u30ff\u4e00-\u9fff]/.test(text);
  const key = ja ? 'ja' : 'en';
  if (text.length <= EXACT_MAX[key]) return encodeTerm(text);

  // Case-insensitive like the browser's search, whitespace collapsed like rendered text.
  const page = normalisedPage(opts.pageText ?? text);
  const lower = text.toLowerCase();
  const bounds = wordBoundaries(text, ja ? 'ja' : 'en');
  // Start: the shortest prefix ending at a word boundary that is long enough and unique.
  const half = Math.floor(text.length / 2);
  const ends = bounds.filter((b) => b >= MIN_TERM[key] && b <= half && WORDISH.test(text[b - 1]));
  let startEnd = ends.find((b) => occurrences(page, lower.slice(0, b)) <= 1) ?? ends[ends.length - 1];
  if (startEnd === undefined) return encodeTerm(text);
  // End: the shortest suffix starting at a word boundary whose first match after the start
  // term is the end of the sentence.
  const starts = bounds
    .filter((b) => b >= startEnd && text.length - b >= MIN_TERM[key] && WORDISH.test(text[b]))
    .reverse();
  const endStart = starts.find((b) => lower.indexOf(lower.slice(b), startEnd) === b);
  if (endStart === undefined) return encodeTerm(text);
  startEnd = Math.min(startEnd, endStart);
  return `${encodeTerm(text.slice(0, startEnd).trim())},${encodeTerm(text.slice(endStart))}`;
}

/** The page URL (its own fragment dropped) with a text directive for `sentence`. */
export function textFragmentUrl(url: string, sentence: string, opts: FragmentOptions = {}): string {
  const base = url.split('#')[0];
  return `${base}#:~:text=${textDirective(sentence, opts)}`;
}
