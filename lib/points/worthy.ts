/**
 * Is a sentence worth showing as a point? Boilerplate never becomes a point (issue 4), whatever
 * role the segmentation gave it: photo credits ("REUTERS/Peter Nicholls/File Photo"), wire
 * headers ("Source: Xinhua| 2019-01-04 18:48:09|Editor: xuxin"), player labels ("Video Player
 * Close"), captions and fragments without a sentence end. The patterns come from NewsDiscourse's
 * NA sentences (validation.jsonl) and the captions in ../shared/data/ja-news; they describe
 * kinds of text, not sites.
 *
 * Exports: `isPointWorthy(text, lang) → boolean`, `quotesPair(text) → boolean`,
 * `isDataRow(text) → boolean`.
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
/**
 * A call to action, the reader told to book, buy, subscribe or follow: "Book your tickets
 * through KLOOK easily and come and experience this spectacular traditional Korean arts
 * performance today!" (Jeongdong Theater, extraction benchmark 52111884, a Background point),
 * "Subscribe to our newsletter", "Follow us on Twitter", "Read more: …" (NewsDiscourse's one
 * such sentence is NA). The verb must speak to the reader ("your", "our", "us", "now", "here"):
 * "Book sales rose…" and "Order was restored…" are prose.
 */
const CALL_TO_ACTION =
  /^(?:(?:Subscribe|Sign up|Click|Tap|Download|Book|Buy|Order|Shop|Register|Follow|Join|Get|Grab|Reserve|Pre-?order)(?: (?:to|for|on))? (?:your|our|now|here|today|tickets|us)\b|Read more\b)/;
/**
 * A non-response: "An Alibaba spokesperson declined to comment on the pricing to Reuters.",
 * "The governor's office didn't immediately respond to The Hill's request for comment.",
 * "Officials did not immediately provide any other details." (extraction benchmark 360c732d,
 * 156770d6, 5caf91b8: each shown as a Background point). NewsDiscourse labels such lines
 * `Cause_General` (64 of 70 in train and validation), so the role model puts them under
 * Background, but they tell the reader nothing of what led here. Only a sentence that is
 * nothing else: no "but" or ";" adding what was said ("The company did not provide details on
 * how it would deploy the money but said…"), and at most a few words after the non-response, with
 * no clause ("…said it "would not comment on speculation" about the deal, which analysts expect
 * next year." keeps its news).
 */
const NO_RESPONSE =
  /\b(?:declined|refused) (?:to )?(?:further )?comment|\bdid(?:n[’']t| not) (?:immediately )?(?:respond|return|reply)\b|\bcould not (?:immediately )?be reached\b|\b(?:was|were) not (?:immediately )?available for comment|\bno immediate (?:comment|response)\b|\b(?:did not|didn[’']t|would not) (?:immediately )?comment\b|\bdid(?:n[’']t| not) (?:immediately )?provide (?:any )?(?:other |further |more )?details\.$|コメントを(?:差し)?控え|取材に応じなかった|回答しなかった/i;
/** Words a non-response may run on after its verb: "…for comment on Wednesday." */
const NO_RESPONSE_TAIL = 8;

function isNoResponse(t: string, lang: string): boolean {
  const m = NO_RESPONSE.exec(t);
  if (!m || /\bbut\b|;|、しかし|が、/.test(t)) return false;
  if (lang === 'ja') return t.length <= 80;
  const tail = t.slice(m.index + m[0].length);
  return !tail.includes(',') && tail.split(' ').length <= NO_RESPONSE_TAIL;
}

/**
 * A sponsorship or affiliate disclosure: "This shop has been compensated by #CollectiveBias, Inc.
 * and its advertiser. All opinions are mine alone. #HealthyHydration #ad" opens a sponsored blog
 * post (The Anti-June Cleaver, extraction benchmark 0e014df6) and was shown as its gist. The
 * post speaks of itself ("This post…", "This shop…") being paid for, or of its affiliate links;
 * "victims have been compensated by the state" and "a bill sponsored by…" are news.
 */
const DISCLOSURE =
  /^(?:This|The|Our) (?:post|shop|article|story|review|content|video|page|blog post|episode)\b[^.]{0,40}\b(?:compensated|sponsored|paid for|affiliate|commission)|\baffiliate links?\b/i;
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
/** A first word all in lower case, then a space or a stop: "if Evidence…", "he added." */
const LOWER_OPENING = /^[a-z]+[\s,;:.]/;
const COORDINATOR = /^(?:and|but|or|nor|yet|so) /;
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

/**
 * A number as a table cell holds it: "63", "85%", "1,234", "4.5", "3-0".
 */
const NUMBER_WORD = /^[(（]?[$£€¥]?\d[\d.,:/-]*[%％]?[)）.,;:]?$/;

/**
 * A row of a data table, read as one line: "DL Larry Ogunjobi 63 85% 1 tackle (1 combined). 1
 * sack, 1 TFL, 2 QH." (the defensive snap counts on SB Nation's Dawgs By Nature, extraction
 * benchmark 6a72de37, shown as two Result points with "(1 combined)" trimmed off). A stats row
 * is not a sentence however it ends. Only for a table row (lib/extract/blocks.ts makes a row of
 * plain cells one paragraph, tag `tr`), and only when at least three of its words, and a quarter
 * of them, are numbers: a layout table's row of prose ("The Dow fell 1.2% to 27,000…" in a
 * `<td>`) stays a sentence.
 */
export function isDataRow(text: string): boolean {
  const words = text.trim().split(/\s+/);
  let numbers = 0;
  for (const w of words) if (NUMBER_WORD.test(w)) numbers++;
  return numbers >= 3 && numbers * 4 >= words.length;
}

/**
 * Does a sentence start inside a quotation its paragraph opened before it? The middle of a
 * speaker's quote over several sentences has no quotation mark of its own, so quotesPair()
 * passes it, and shown alone it is someone's words with no one to say them: "Now, obviously, I
 * don’t feel that way." (ProFootballTalk, extraction benchmark 8e3efab5: “We talked all along…,”
 * Lynn said… “Yes, we needed to win this game today. I felt like… But now, obviously, I don’t
 * feel that way. I still think…”); CNN on MSN (9eef8162) writes straight quotes: "The course of
 * steroids continued… I have thankfully been able to stop them completely. In Japanese, 「」 and
 * 『』: ja-news 03-itmedia p2 took "重要なのは、高性能なハードウェアであり、モダンなOSであり、
 * 新しいユーザー体験。" as its gist, the middle of 「Appleはテレビの未来はアプリにあると考えてい
 * る。重要なのは、…。そしてソフトウェア開発環境だ」（クック氏）. (A Japanese quotation short
 * enough is joined whole by ./spans.ts and starts at its 「.)
 */
export function opensInsideQuote(paragraph: string, start: number, lang: string): boolean {
  // Other languages (outlined only when forced) quote in other marks: German „…“ would read open.
  if (lang !== 'en' && lang !== 'ja') return false;
  const ja = lang === 'ja';
  let open = 0;
  let straight = 0;
  for (let i = 0; i < start; i++) {
    const c = paragraph.charCodeAt(i);
    if (ja ? c === 0x300c || c === 0x300e : c === 0x201c) open++;
    else if ((ja ? c === 0x300d || c === 0x300f : c === 0x201d) && open > 0) open--;
    // A straight quote, unless an inch mark (34" 3440x1440), as quotesPair() counts it.
    else if (!ja && c === 0x22 && !(i > 0 && isDigit(paragraph.charCodeAt(i - 1)))) straight++;
  }
  return open > 0 || straight % 2 === 1;
}

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/**
 * A Japanese "sentence" that is only a list of names: "iPhone、iPad、Mac、そしてApple Watch。"
 * (ja-news 03-itmedia p2, shown as a Strategy point; p3 has "iPhone、iPad、Apple TV。"). It
 * sets up the next sentence and says nothing alone. Three or more items split at 、 or ・, none
 * with a kana particle or verb once a joining word (そして, および…) is taken off: any real
 * clause ("東京、大阪、名古屋で開催。") keeps a hiragana somewhere.
 */
export function isBareList(text: string): boolean {
  const items = text
    .trim()
    .replace(/[。．！？]+$/, '')
    .split(/[、，・]/)
    .map((item) => item.trim().replace(/^(?:そして|および|及び|または|又は|それに|さらに)/, ''));
  return items.length >= 3 && items.every((item) => item !== '' && !/[\u3041-\u3096]/.test(item));
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
    CALL_TO_ACTION.test(t) ||
    DISCLOSURE.test(t) ||
    isNoResponse(t, lang) ||
    (CODE.test(t) && PROMOTION.test(t))
  )
    return false;
  if (!SENTENCE_END.test(t) || !quotesPair(t)) return false;
  if (lang === 'ja' && isBareList(t)) return false;
  // A sentence that opens on a lower-case word is the rest of another: a list item finishing
  // its lead-in ("…incubator, which we think may be valuable: / if Evidence Action Beta
  // incubates charities which are similarly cost-effective…—in a scenario in which…", GiveWell,
  // extraction benchmark ad9e9e59, shown capitalised as a Strategy point) or a piece the
  // splitter tore off ("he added.", "said the indictment.": 44 sentences of NewsDiscourse
  // open so). A word with a capital inside ("iPhone", "eBay") opens a sentence, and so, read
  // with its capital, does a clause joined on "and", "but" or "or" ("and the center of the storm
  // would likely remain just offshore…, according to the NHC.", an Outlook point of
  // NewsDiscourse validation).
  if (lang !== 'ja' && LOWER_OPENING.test(t) && !COORDINATOR.test(t)) return false;
  // A picture date line: "Picture taken June 15, 2018."
  if (/^(?:picture|photo) taken\b/i.test(t)) return false;
  return true;
}
