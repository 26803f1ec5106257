/**
 * Trimming a point's shown text (issue 4). A point is a whole source sentence, or a cleanly
 * trimmed one: only three kinds of words may go, and only when they carry no fact of the
 * sentence —
 *  - a wire dateline at the start: "BENGALURU/MUMBAI (Reuters) - ", "COLOMBO, Jan. 4 (Xinhua) -- ",
 *    "【ワシントン＝共同】" (NewsDiscourse and ja-news lead sentences start this way);
 *  - a leading connective that only links to the previous sentence: "However, ", "But ",
 *    "しかし、", "また、", "一方、";
 *  - a short parenthetical aside: a ticker "(TRV.N)", an acronym "(SEC)", a conversion
 *    "(220 kph)", an age "（54）";
 *  - a footnote mark glued to a word: "IP アドレスリスト[5]が含まれており" (ja-news 05-iij, whose
 *    footnote links read "[5]" in the text, showed "リスト\[5]が" in a Markdown point).
 * (A space before a comma also goes: only the spacing changes.)
 * Never dropped: a negation, an attribution ("according to X", "〜によると", "said"), quoted
 * words, a percentage. The exact sentence stays in `Point.sentence` for the source link.
 *
 * Exports: `trimSentence(sentence, lang) → string` (the text to show; the sentence itself when
 * nothing may go).
 */

/** Negation in English and Japanese: a span holding one is never dropped. */
const NEGATION =
  /\b(?:not|no|never|none|nor|neither|without|cannot|nobody|nothing)\b|n't\b|ない|ず[、。にともして]|ずに|ぬ|未|不|非|無|否|没/i;
/** Attribution and reported speech: who says so must stay with what is said. */
const ATTRIBUTION =
  /\b(?:according|said|says|say|told|reported|reports|per|citing|cited|sources?|estimates?)\b|によると|によれば|よると|談|調べ|関係者|筋|発表|報道/i;
const QUOTE_MARK = /["“”'‘’「」『』]/;

/**
 * A wire dateline: CITY[, Region|Month Day] (Agency) - . The city is upper case, the agency
 * a short capitalised name; anything else at the start of a sentence stays.
 */
const DATELINE_EN =
  /^(?:[A-Z][A-Z.'’ /-]*[A-Z.](?:,(?: [A-Z][a-z]+\.?)+(?: \d{1,2})?)?\s+)?\([A-Z][A-Za-z .]{1,30}\)\s+[-—–]{1,2}\s+/;
/** 【ワシントン＝共同】, 【独自】: a bracketed lead label of up to 20 characters. */
const DATELINE_JA = /^【[^】]{1,20}】\s*/;

/**
 * Connectives that only tie a sentence to the one before it. "Yet" and "Instead" are left
 * out on purpose: "Yet another…" and "Instead, …" change meaning when cut.
 */
const CONNECTIVE_EN =
  /^(?:(?:However|Meanwhile|Also|In addition|Moreover|Furthermore|Still|Nevertheless|Nonetheless|Separately|On the other hand|Additionally|Besides|In fact|Indeed),\s+|(?:But|And)\s+(?!for\b|then\b|also\b|not\b|only\b))/;
const CONNECTIVE_JA =
  /^(?:しかし|しかしながら|ただ|ただし|また|一方|一方で|さらに|更に|なお|そして|それでも|とはいえ|だが|でも|ところが|加えて|このほか|その上|そのうえ|もっとも)、/;

/**
 * A footnote mark: one or two digits in square brackets, half- or full-width, right after a
 * word (no space before it: "[1] " opening a list item or " [2]" standing alone stays) and not
 * next to another bracket ("a[1][2]", "[5]]"). It points to a note the point does not show.
 */
const FOOTNOTE_MARK = /(?<=[^\s\d[\]［］(（=])(?:\[\d{1,2}\]|［[0-9０-９]{1,2}］)(?![[［\]］\d])/g;

/** Parenthetical asides, half- and full-width; the inside is checked before one goes. */
const PAREN = /\s?[(（]([^()（）]{1,40})[)）]/g;

function isAside(inner: string, lang: string): boolean {
  if (NEGATION.test(inner) || ATTRIBUTION.test(inner) || QUOTE_MARK.test(inner)) return false;
  // A percentage or a change ("up 5%") is a fact of the sentence, not an aside.
  if (/[%％]|\b(?:up|down|from|vs)\b/.test(inner)) return false;
  if (lang === 'ja') {
    // Japanese asides carry facts more often ("（負担小）", "（1/2、5割引）"): only a reading
    // in kana ("先鞭（せんべん）") or a Latin-script acronym, code or age ("（MoMA）", "（54）") goes.
    return inner.length <= 15 && /^(?:[\u3041-\u309f\u30fcー]+|[\x20-\x7e]+)$/.test(inner);
  }
  // "(1)" numbers a list item.
  return inner.length <= 30 && !/^\s*\d{1,2}\s*$/.test(inner);
}

/** Offsets inside quotation marks (「…」, “…”, "…"): nothing there is touched. */
function insideQuote(s: string, at: number): boolean {
  let depthJa = 0;
  let openEn = false;
  for (let i = 0; i < at; i++) {
    const c = s[i];
    if (c === '「' || c === '『') depthJa++;
    else if ((c === '」' || c === '』') && depthJa) depthJa--;
    else if (c === '“') openEn = true;
    else if (c === '”') openEn = false;
    else if (c === '"') openEn = !openEn;
  }
  return depthJa > 0 || openEn;
}

function dropParentheticals(s: string, lang: string): string {
  // PAREN needs an opening bracket: without one the text stays as it is, unscanned (issue 7).
  if (!s.includes('(') && !s.includes('（')) return s;
  return s.replace(PAREN, (whole, inner: string, at: number) => {
    // Not at the start (it would be the subject), not inside a quotation, and not right after
    // one: 「…」（クック氏） names the speaker (ja-news 03-itmedia).
    if (at === 0 || insideQuote(s, at) || /[」』”"]$/.test(s.slice(0, at)) || !isAside(inner, lang))
      return whole;
    return '';
  });
}

/** Upper-cases the first letter when the first word is a plain lower-case word (not "eBay"). */
function capitalise(s: string): string {
  const m = s.match(/^[a-z]+\b/);
  if (!m || /[A-Z]/.test(s.slice(0, (s.match(/^\S+/) ?? [''])[0].length))) return s;
  return s[0].toUpperCase() + s.slice(1);
}

export function trimSentence(sentence: string, lang: string): string {
  const original = sentence.trim();
  let s = original;
  const ja = lang === 'ja' || /[\u3040-\u30ff]/.test(s);
  s = s.replace(ja ? DATELINE_JA : DATELINE_EN, '');
  const connective = s.match(ja ? CONNECTIVE_JA : CONNECTIVE_EN);
  if (connective && !NEGATION.test(connective[0])) s = s.slice(connective[0].length);
  s = dropParentheticals(s, ja ? 'ja' : 'en');
  s = s.replace(FOOTNOTE_MARK, '');
  s = s.replace(/\s{2,}/g, ' ').trim();
  // A space a template put before a comma: "Ahmad Lawan , on Tuesday" (theparadigmng.com).
  if (!ja) s = s.replace(/(\w) ([,;])(?= )/g, '$1$2');
  if (!ja) s = capitalise(s);
  // A trim that leaves too little is no longer the sentence: show it whole.
  if (s.length < original.length * 0.5 || s.length < 10) return original;
  // Every negation of the sentence must still be there (the rules above never cut one; this
  // guards the guarantee against a future rule).
  if (s !== original && count(original, NEGATION_ALL) !== count(s, NEGATION_ALL)) return original;
  return s;
}

/** NEGATION, global: compiled once (trimming runs for every point shown). */
const NEGATION_ALL = new RegExp(NEGATION.source, 'gi');

function count(s: string, re: RegExp): number {
  return (s.match(re) ?? []).length;
}
