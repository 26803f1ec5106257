/**
 * When the role model's `NA` (not part of the article) may make a paragraph `other` (issue 6).
 * The model was trained on NewsDiscourse, whose NA sentences are captions, photo credits,
 * bylines, datelines and player or slideshow labels. On real pages it also predicts NA on plain
 * sentences (extraction benchmark: tennis scores, table rows, Russian, Korean and Indonesian
 * prose), which then vanished from the article. So NA counts only where the paragraph also looks
 * like boilerplate in its shape; everywhere else the sentence takes its best content role.
 */
import { endsWithYear } from '../text/ends-with-year';
import type { Paragraph } from '../types';

/**
 * Table rows and list items inside the article body are its content (benchmark: standings, deal
 * lists); so are quotations (embedded tweets, pull quotes: "— The Nigerian Senate (@NGRSenate)
 * October 9, 2018" ends like a caption but is what the article quotes).
 */
const LIST_OR_TABLE = new Set(['li', 'tr', 'td', 'th', 'dd', 'dt', 'pre', 'blockquote']);

const SENTENCE_END = /[.!?"”’')…:]$/;

/**
 * Caption and credit shapes from NewsDiscourse's NA sentences: "REUTERS/Jason Miczek",
 * "(Xinhua/Irfan)", "Handout via REUTERS", "FILE PHOTO: …", "Slideshow (3 Images)",
 * "Picture taken June 15, 2018."; and an AP caption in a slideshow's list item
 * (tests/fixtures/en-chron-datelines: "In this Sunday, …, photograph, … (AP Photo/David Zalubowski)").
 */
export const PHOTO =
  /\bphoto(?:graph)?s?\b|\bpictured?\b|\bslideshow\b|\bimages?\)|\bgetty images\b|\bhandout\b|\(ap\)/i;
/** An agency's credit with the photographer after a slash. */
const AGENCY_SLASH = /\b\p{Lu}[\p{L}.]*\/\s?\p{L}/u;

/** Player labels and wire tails: "Video Player Close", "Source: Xinhua| 2019-01-04 18:48:09|Editor: xuxin". */
export const WIRE = /\bvideo player\b|\|/i;
/**
 * PHOTO or WIRE, in one pass over a long paragraph instead of two (issue 7), written with the
 * alternatives' common `\b` and `p` taken out: the same strings match, and V8's regex engine
 * rejects a place from its first character instead of trying each alternative there (3.4× faster
 * on the NewsDiscourse paragraphs; tests/unit/other.test.ts checks it against PHOTO|WIRE).
 */
export const PHOTO_OR_WIRE =
  /\b(?:p(?:hoto(?:graph)?s?\b|ictured?\b)|slideshow\b|images?\)|getty images\b|handout\b|video player\b)|\(ap\)|\|/i;

/** A caption's closing date: "… in Lumberton, North Carolina September 17, 2018." */
const CAPTION_DATE =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2},? (?:19|20)\d{2}\.?$/i;

/** Bylines and datelines: "By Jon Herskovitz", "— David McKinley on …", "Source: Xinhua| …". */
const BYLINE = /^(?:by\s|[—–-]\s|source\s*:)/i;

/** Editor's notes in brackets: "(This September 19 story has been refiled …)", "(000 omitted in dollar figures)". */
const NOTE = /^[([][^()[\]]*[)\]]\.?$/;

/** An e-mail address or a short link: "jenalia.moreno@chron.com", "tmsnrt.rs/2oZFKSb". */
const ADDRESS = /\S@\S+\.\w|\b[\w-]+\.[a-z]{2,3}\/\w/i;

const WORD_CHAR = /[\p{L}\p{N}]/u;
/** ASCII letters and digits, as a table: most of an English page, without a regex per character. */
const ASCII_WORD = Uint8Array.from({ length: 128 }, (_, c) =>
  /[A-Za-z0-9]/.test(String.fromCharCode(c)) ? 1 : 0,
);

/** Every word count here is compared with 25 or less: counts stop at 26 (words()). */
const COUNT_CAP = 26;

/**
 * Runs of letters and digits (the same count as `/[\p{L}\p{N}]+/gu`), in one pass without
 * arrays; counting stops past `cap` (every rule below compares the count with 25 or less, so
 * a long paragraph is not read to its end: issue 7).
 */
function words(text: string, cap = Infinity): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length && n <= cap; i++) {
    const c = text.charCodeAt(i);
    let w: boolean;
    if (c < 128) w = ASCII_WORD[c] === 1;
    else {
      const cp = text.codePointAt(i)!;
      w = WORD_CHAR.test(String.fromCodePoint(cp));
      if (cp > 0xffff) i++;
    }
    if (w && !inWord) n++;
    inWord = w;
  }
  return n;
}

/**
 * Whether the model's NA may count for this paragraph: English only (the model cannot read other
 * languages; Japanese already has no NA), a list item or table row only when it is a photo
 * caption or credit, and otherwise only on text
 * shaped like boilerplate — short, without a sentence end, or with a credit, caption date, byline,
 * bracketed note or address.
 */
export function modelMayCallOther(p: Paragraph, lang: string, n = words(p.text, COUNT_CAP)): boolean {
  if (!/^en\b/i.test(lang)) return false;
  const text = p.text.trim();
  if (LIST_OR_TABLE.has(p.tag)) return PHOTO.test(text);
  if (n <= 8) return true;
  if (!SENTENCE_END.test(text) && n <= 25) return true;
  return (
    PHOTO_OR_WIRE.test(text) ||
    hasAgencySlash(text) ||
    (endsWithYear(text) && CAPTION_DATE.test(text)) ||
    BYLINE.test(text) ||
    NOTE.test(text) ||
    ((text.includes('@') || text.includes('/')) && ADDRESS.test(text))
  );
}

/*
 * Cheap necessary conditions before the unanchored regexes, which otherwise scan every long
 * paragraph of an English article (issue 7: ~4% of segment()): AGENCY_SLASH and ADDRESS need a
 * `/` (or `@`), CAPTION_DATE ends with a year, its full stop optional.
 */
function hasAgencySlash(text: string): boolean {
  return text.includes('/') && AGENCY_SLASH.test(text);
}

/** How many fact lines in a row make a block of facts rather than stray boilerplate. */
const FACT_RUN = 3;
/** A fact box's line is short; a longer one still belongs when it carries a practical fact. */
const SHORT_LINE = 12;
const MEDIUM_LINE = 25;

/**
 * Practical information that closes a listing or an event piece: a numeric date
 * ("2018.04.05", "2019-06-04", "5/6/2019"), a clock time ("4PM", "7:30 pm", "19:30"), a price
 * ("60,000₩", "$25", "€ 12"), a phone number ("02-751-1500", "(212) 555-0100") or a web address
 * ("www.…", "https://…"). Month-name dates are left out: they close photo captions too
 * (CAPTION_DATE).
 */
const PRACTICAL_FACT = new RegExp(
  [
    String.raw`\b(?:19|20)\d{2}[./-]\d{1,2}[./-]\d{1,2}\b`,
    String.raw`\b\d{1,2}[./]\d{1,2}[./](?:19|20)\d{2}\b`,
    String.raw`\b\d{1,2}(?::[0-5]\d)?\s?[ap]\.?m\b`,
    String.raw`\b(?:[01]?\d|2[0-3]):[0-5]\d\b`,
    String.raw`[$€£¥₩]\s?\d|\d\s?[$€£¥₩]`,
    String.raw`(?:\(\d{2,4}\)\s?|\b\d{2,4}[-. ])\d{3,4}[-. ]\d{4}\b`,
    String.raw`\bwww\.|https?://`,
  ].join('|'),
  'i',
);

/**
 * A line of a facts box: short, or of medium length with a practical fact in it (benchmark page
 * 5211188428849a31: "2018.04.05 ~ OPEN RUN Tue – Sat 4PM (Closed on Sun & Mon) Viewing age of 48
 * months and above", 19 words, sits between the show's title line and its prices). Captions and
 * credits never are.
 */
function isFactLine(p: Paragraph, n: number): boolean {
  if (n > MEDIUM_LINE || PHOTO.test(p.text) || hasAgencySlash(p.text)) return false;
  return n <= SHORT_LINE || PRACTICAL_FACT.test(p.text);
}

/**
 * `modelMayCallOther` for every paragraph of an article, except inside a run of three or more
 * fact lines: such a run is a facts box (dates, prices, venue, contacts: benchmark page
 * 5211188428849a31's theatre listing), which the page shows as its own content like a list.
 * Boilerplate runs (share, related, newsletter) are `other` by the rules of boilerplate.ts, not
 * by the model.
 */
export function modelNaAllowed(paragraphs: readonly Paragraph[], lang: string): boolean[] {
  // Outside English the answer is always no (modelMayCallOther): skip counting the words of every
  // paragraph, a sixth of segment()'s time on a Japanese article (issue 3's 5 ms budget).
  if (!/^en\b/i.test(lang)) return paragraphs.map(() => false);
  const counts = paragraphs.map((p) => words(p.text, COUNT_CAP));
  const allowed = paragraphs.map((p, i) => modelMayCallOther(p, lang, counts[i]));
  for (let i = 0; i < paragraphs.length;) {
    let j = i;
    while (j < paragraphs.length && isFactLine(paragraphs[j], counts[j])) j++;
    if (j - i >= FACT_RUN) allowed.fill(false, i, j);
    i = Math.max(j, i + 1);
  }
  return allowed;
}
