/**
 * Is a sentence worth showing as a point? Boilerplate never becomes a point (issue 4), whatever
 * role the segmentation gave it: photo credits ("REUTERS/Peter Nicholls/File Photo"), wire
 * headers ("Source: Xinhua| 2019-01-04 18:48:09|Editor: xuxin"), player labels ("Video Player
 * Close"), captions and fragments without a sentence end. The patterns come from NewsDiscourse's
 * NA sentences (validation.jsonl) and the captions in ../shared/data/ja-news; they describe
 * kinds of text, not sites.
 *
 * Exports: `isPointWorthy(text, lang) → boolean`, `quotesPair(text) → boolean`.
 */
import { endsWithYear } from '../text/ends-with-year';

// A label word opens a credit only when a colon, a credit's word (by, courtesy, taken, grab…)
// or nothing follows it: "Credit Suisse said…", "Video footage showed…" and "Photo-sharing app…"
// are prose (NewsDiscourse train+validation: 8 content sentences, no NA one, were lost so).
const CREDIT_OR_LABEL =
  /^(?:file photo|reporting by|editing by|writing by|additional reporting|compiled by)\b|^(?:photo|image|picture|video|graphic|source|credit|editor)s?\b(?!-|\s+(?!(?:by|courtesy|credits?|copyright|caption|taken|grab|shows)\b)[\p{L}\p{N}])|\bREUTERS\/|\/(?:File Photo|Handout)\b|\|\s*editor\s*:|video player|^(?:写真|画像|図|出典|提供|撮影|関連記事|動画)\s*[：:（(]|^※|無断転載|all rights reserved|©|copyright/iu;
/** A sentence ends with a full stop, a question or exclamation mark, or a closing quote. */
const SENTENCE_END = /[。．.!?！？」』”"’)）]$/;
/**
 * A news-photo caption ends with the day the picture was taken: "…in Marikina City, the
 * Philippines, Aug. 13, 2018." (Reuters captions in NewsDiscourse); prose rarely ends so.
 */
const CAPTION_DATE =
  /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.? \d{1,2}, (?:19|20)\d\d\.$/;
/**
 * A shopping promotion: "… $438 off select new configurations with coupon code appleinsider"
 * (the appleinsider.com review in the extraction benchmark, shown as a background point). An
 * offer is never the article's point; NewsDiscourse has no such sentence.
 */
const PROMOTION = /\b(?:coupon|promo|discount|voucher) codes?\b|クーポンコード|割引コード/i;
/** An editor's note in brackets: "(This story has been refiled to correct…)", "(GRAPHIC: …)". */
const EDITOR_NOTE = /^[(（［[].*[)）］\]]$/;
/**
 * Four or more " -- " between entries: a listing ("June 9 -- Coral Sky Amphitheatre, West Palm
 * Beach, FL June 10 -- …", a tour's dates on billboard.com, extraction benchmark 9cb8224b), not
 * prose; a sentence has one or two such dashes at most (NewsDiscourse's NYT style).
 */
const DASH_LIST = /(?:\s--\s.*){4,}/;
/**
 * A sentence the splitter ended at a month's abbreviation is torn: "2 -- DTE Energy Music
 * Theatre, Clarkston, MI Aug." (billboard.com, extraction benchmark 9cb8224b). Months are not
 * rejoined there (lib/text/sentences.ts: a photo caption's date split off lets it read as
 * `other`), so the piece is kept from the points instead.
 */
const TORN_AT_MONTH = /\b(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.$/;
/** TORN_AT_MONTH's reach: " Sept." (an end-anchored regex would scan the whole sentence). */
const MONTH_TAIL = 6;
/** Three or more " | " separators: a menu, a breadcrumb or a wire header, not prose. */
const SEPARATORS = /(?:\s[|｜]\s.*){2,}/;

/*
 * Necessary conditions of SEPARATORS (a bar) and CAPTION_DATE (a final digit: endsWithYear),
 * read without a regex: both were tried from every offset of every sentence considered (issue 7).
 */
function mayHaveSeparators(t: string): boolean {
  return t.includes('|') || t.includes('｜');
}

/** PROMOTION's necessary condition, a plain search: every alternative holds "code" or コード. */
const CODE = /code|コード/i;

/**
 * Do the sentence's quotation marks pair up? A sentence cut out of a longer quote does not:
 * "Some start crying, while others take selfies,” the 46-year-old security consultant said."
 * (its quote opened a sentence earlier), or "I said, ‘Tell them to buy larger tractors." (a
 * quote inside a quote, the nytimes.com page in tests/e2e/popup.test.ts). Alone it reads as a
 * torn fragment: 84 of the 3,560 points and gists on NewsDiscourse were such (./spans.ts joins
 * the pieces of such a quote into one point where they pair up within a paragraph). `’` doubles
 * as the apostrophe, so single quotes only count when more open than close.
 */
export function quotesPair(t: string): boolean {
  let doubles = 0; // “ minus ”
  let straight = 0; // " count
  let singles = 0; // ‘ minus ’
  let corners = 0; // 「 minus 」
  let whites = 0; // 『 minus 』
  for (let i = 0; i < t.length; i++) {
    switch (t.charCodeAt(i)) {
      case 0x201c:
        doubles++;
        break;
      case 0x201d:
        doubles--;
        break;
      case 0x22: // not an inch mark: 34" 3440x1440 (the ign.com fixture)
        if (!(i > 0 && t.charCodeAt(i - 1) >= 0x30 && t.charCodeAt(i - 1) <= 0x39)) straight++;
        break;
      case 0x2018:
        singles++;
        break;
      case 0x2019:
        singles--;
        break;
      case 0x300c:
        corners++;
        break;
      case 0x300d:
        corners--;
        break;
      case 0x300e:
        whites++;
        break;
      case 0x300f:
        whites--;
        break;
    }
  }
  return doubles === 0 && straight % 2 === 0 && singles <= 0 && corners === 0 && whites === 0;
}

export function isPointWorthy(text: string, lang: string): boolean {
  const t = text.trim();
  const minChars = lang === 'ja' ? 15 : 40;
  if (t.length < minChars) return false;
  if (
    CREDIT_OR_LABEL.test(t) ||
    (mayHaveSeparators(t) && SEPARATORS.test(t)) ||
    (t.includes(' -- ') && DASH_LIST.test(t)) ||
    TORN_AT_MONTH.test(t.slice(-MONTH_TAIL)) ||
    (endsWithYear(t) && CAPTION_DATE.test(t)) ||
    EDITOR_NOTE.test(t) ||
    (CODE.test(t) && PROMOTION.test(t))
  )
    return false;
  if (!SENTENCE_END.test(t) || !quotesPair(t)) return false;
  // A picture date line: "Picture taken June 15, 2018."
  if (/^(?:picture|photo) taken\b/i.test(t)) return false;
  return true;
}
