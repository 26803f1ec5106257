/** Sentence splitting with Intl.Segmenter (ICU; the same in Chromium, Firefox and Node). */
import { asciiSentenceBreaks } from './sentence-breaks';

const cache = new Map<string, Intl.Segmenter>();

function segmenter(lang: string): Intl.Segmenter {
  const key = lang === 'ja' ? 'ja' : 'en';
  let s = cache.get(key);
  if (!s) cache.set(key, (s = new Intl.Segmenter(key, { granularity: 'sentence' })));
  return s;
}

export interface SentenceSpan {
  text: string;
  /** Offset of the sentence's first character in the paragraph text. */
  start: number;
}

/**
 * Added by the hardening pass (issue 8, fuzz case `enormous-paragraph`): V8's Intl.Segmenter
 * slows down quadratically with the length of the string (200,000 characters: 20 s in Node 20),
 * so a long paragraph is segmented in chunks of at most CHUNK characters, each cut after a
 * sentence end (or else a space) so no real sentence is split. Short paragraphs are unaffected.
 */
const CHUNK = 10_000;

export function splitSentences(text: string, lang: string): SentenceSpan[] {
  if (text.length <= CHUNK) return splitChunk(text, lang);
  const out: SentenceSpan[] = [];
  for (let from = 0; from < text.length;) {
    const to = text.length - from <= CHUNK ? text.length : chunkEnd(text, from + CHUNK / 2, from + CHUNK);
    for (const s of splitChunk(text.slice(from, to), lang)) out.push({ text: s.text, start: s.start + from });
    from = to;
  }
  return out;
}

/** The last sentence end (else space, else `max`) in text[min, max). */
function chunkEnd(text: string, min: number, max: number): number {
  let space = -1;
  for (let i = max - 1; i > min; i--) {
    if (/[。！？]/.test(text[i - 1]) || (/\s/.test(text[i]) && /[.!?」”"]/.test(text[i - 1]))) return i;
    if (space < 0 && /\s/.test(text[i])) space = i;
  }
  if (space > 0) return space;
  return /[\udc00-\udfff]/.test(text[max]) ? max - 1 : max; // never between a surrogate pair
}

/** Opening brackets and quotes (see the carry below). */
const OPENERS = '「『（(“‘【';

/** Characters at a text's end that cannot start a sentence: terminators and closing quotes (ICU STerm, ATerm, Close). */
const TAIL = new Set(['.', '!', '?', '"', "'", ')', ']', '\u2019', '\u201d']);
/** Non-ASCII characters whose ICU sentence-break class is known not to be a terminator or separator. */
const PLAIN = new Set(['\u2018', '\u2019', '\u201c', '\u201d', '\u2013', '\u2014']);

/**
 * Whether ICU can only return the whole text as one sentence. ICU breaks only after a sentence
 * terminator (. ! ? and other scripts' marks) or a paragraph separator (UAX #29, SB4 and SB11);
 * a text with none before its closing run of terminators and quotes, and whose characters are
 * ASCII, Latin letters or curly quotes and dashes (classes known), is one sentence. Half of
 * NewsDiscourse's paragraphs are: they skip ICU (~10% of segment() time; issue 3's 5 ms budget).
 * tests/unit/sentences.test.ts checks the shortcut against ICU.
 */
export function oneSentence(text: string): boolean {
  let end = text.length;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\u00a0')) end--;
  while (end > 0 && TAIL.has(text[end - 1])) end--;
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x7f) {
      if (c < 0x20 || c === 0x2e || c === 0x21 || c === 0x3f) return false; // controls, . ! ?
    } else if (!(c >= 0xa0 && c < 0x250) && !PLAIN.has(text[i])) return false;
  }
  return true;
}

/** Per UTF-16 unit: 1 white space as String.prototype.trim() sees it, 2 not, 0 not yet looked up. */
const SPACE = new Uint8Array(65536);

function isSpace(c: number): boolean {
  let k = SPACE[c];
  if (!k) SPACE[c] = k = String.fromCharCode(c).trim() ? 2 : 1;
  return k === 1;
}

const breakScratch: number[] = [];

function splitChunk(text: string, lang: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let carry = 0; // opening brackets ICU left at the end of the previous sentence
  // Where ICU would break: none inside a text that is one sentence, the same breaks computed in
  // JavaScript for plain ASCII prose under the English rules (sentence-breaks.ts, issue 7), else
  // ICU itself.
  const one = oneSentence(text);
  const breaks = one || lang === 'ja' ? null : asciiSentenceBreaks(text, breakScratch);
  const segments = one || breaks ? null : segmenter(lang).segment(text);
  for (let at = 0, b = 0; at < text.length;) {
    const index = at;
    if (breaks) at = breaks[b++];
    else if (segments) {
      // containing() walks the breaks without the iterator's per-segment objects: the same
      // segments at a tenth of the cost in V8 (issue 3's 5 ms budget for 100 paragraphs).
      const s = segments.containing(at)!;
      at = s.index + s.segment.length;
    } else at = text.length;
    // segment.trim(), found in place: no trimmed copy and no search for it (issue 7).
    let from = index;
    let to = at;
    while (from < to && isSpace(text.charCodeAt(from))) from++;
    while (to > from && isSpace(text.charCodeAt(to - 1))) to--;
    if (from === to) continue;
    const start = from - carry;
    let trimmed = text.slice(start, to);
    carry = 0;
    // ICU ends 「今後、予定だ。「」 with the next quote's opening bracket: hand it forward.
    // (The last character is checked first: an end-anchored regex scans the whole sentence.)
    const open = OPENERS.includes(trimmed[trimmed.length - 1]) ? trimmed.match(/[「『（(“‘【]+$/) : null;
    if (open && open[0].length < trimmed.length) {
      carry = open[0].length;
      trimmed = trimmed.slice(0, -carry).trimEnd();
    }
    // ICU broke inside a sentence (goesOn): the piece joins the one before.
    const prev = out[out.length - 1];
    if (prev && goesOn(prev.text, trimmed, start === prev.start + prev.text.length)) {
      prev.text = text.slice(prev.start, start + trimmed.length);
      continue;
    }
    out.push({ text: trimmed, start });
  }
  return out;
}

/**
 * Whether `next` goes on with the sentence `prev` that ICU ended (`touching`: no space between):
 * - after an abbreviation or initials: ICU breaks after "U.S." or "Mr." when the next word is
 *   capitalised ("former Speaker of the House of Representatives Rt. Hon. …": theparadigmng.com;
 *   "Broncos vs. Raiders", extraction benchmark; "Roe v. Wade", "e.g. Apple"). Not months
 *   ("Nov. 13, 2017."): a photo caption's closing date split off is what lets the model call the
 *   caption `other` (cnbc.com, tests/fixtures/golden-format). After a.m. or p.m. only before a
 *   weekday or a time zone ("on sale at 10 a.m. Friday": 35b15891…; "at 9 a.m. The crowd…" is two);
 * - after ! or ? and closing quotes, which ICU breaks whatever follows (UAX #29 SB11:
 *   '"We got her!" officers announced.', 8 in the extraction benchmark), when a lower-case word
 *   follows (a word: not a link, "…ourselves? pic.twitter.com/…" in an embedded tweet, 6ebac05f…);
 * - in Japanese, a quote ending in a stop, before the quoting particle right after it:
 *   「やった！」と叫んだ, 「John & Paul & Ringo & George.」と書かれた (ja-news 04-wired). Not other
 *   kana after a bracket: joining ピリオド（.）だけ… too cost a 04-wired paragraph (ja-news
 *   macro-F1 79.1 → 78.7).
 * - after a month's abbreviation before a number (MONTH_ABBREVIATION below);
 * (The last character is checked first: an end-anchored regex scans the whole sentence.)
 */
function goesOn(prev: string, next: string, touching: boolean): boolean {
  const last = prev.charCodeAt(prev.length - 1);
  if (last === 46) return !/[\u3040-\u9fff]/.test(prev.slice(-3)) && afterAbbreviation(prev, next);
  if (last === 0x300d || last === 0x300f) return touching && QUOTING_PARTICLE.test(next);
  return LOWER_WORD.test(next) && /[!?]["'”’)\]]*$/.test(prev.slice(-4));
}

const ABBREVIATION =
  /\b(?:[A-Z]\.){1,3}$|\b(?:Mr|Mrs|Ms|Dr|St|No|Gov|Sen|Rep|Gen|Lt|Col|Inc|Co|Corp|Jr|Sr|Rt|Hon|Prof|Rev|Sgt|Capt|Supt|Mt|Ft|vs|v|e\.g|i\.e)\.$/;
const CLOCK = /\b[ap]\.m\.$/;
const DAY_OR_ZONE = /^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|[ECMP][SD]?T|GMT|UTC|BST)\b/;
const LOWER_WORD = /^[a-z][a-z’'-]*[\s,;]/;
const QUOTING_PARTICLE = /^(?:と(?!ころ|りわけ|にかく|はいえ)|って)/;

/**
 * A month's abbreviation before a day or year: ICU breaks "in Sept. 2021" (it knows "Jan." and
 * "Feb." but not every month), and a point read "He arrived in Jan. 2020 and left in Sept." with
 * "2021." a sentence of its own (tests/unit/sentences-month-abbreviation.test.ts). "Sales rose in
 * Oct. Analysts expected more." stays two: a word follows, not a number.
 */
const MONTH_ABBREVIATION = /\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.$/;
const DAY_OR_YEAR = /^\d{1,4}\b/;

function afterAbbreviation(prev: string, next: string): boolean {
  return (
    ABBREVIATION.test(prev) ||
    (CLOCK.test(prev) && DAY_OR_ZONE.test(next)) ||
    (MONTH_ABBREVIATION.test(prev) && DAY_OR_YEAR.test(next))
  );
}
