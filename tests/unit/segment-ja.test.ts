/**
 * Issue 3, Japanese: the one-pass cue scanner gives exactly the answer of testing each cue
 * regex, and the date rules read days and years against the article's own date.
 */
import { describe, expect, it } from 'vitest';
import { extractFromHtml, readHtmlFile } from '../../lib/node/load';
import { isBoilerplate } from '../../lib/segment/boilerplate';
import { compileScanner } from '../../lib/segment/cuescan';
import { aboutWork, CAPABILITY, JA_CUES, TREND } from '../../lib/segment/ja-cues';
import { addJaDays, addJaYears, parsePublished, recallsPast } from '../../lib/segment/ja-time';
import { JA_TUNING } from '../../lib/segment/ja-tuning';
import { addJaEvidence, jaContexts, type JaSentenceContext } from '../../lib/segment/japanese';
import { CUE_FAMILIES, TENSE } from '../../lib/segment/lexicon';
import { prepare } from '../../lib/segment/prepare';
import { splitSentences } from '../../lib/text/sentences';
import { bag, regexBag } from '../../lib/text/tokens';
import { ROLES, type Article, type Role } from '../../lib/types';

const seed = extractFromHtml(readHtmlFile('tests/fixtures/seed/source.html'), 'https://example.com/seed');
const sentences = seed.paragraphs.flatMap((p) => splitSentences(p.text, 'ja').map((s) => s.text));
/** Sentences written to hit anchors, digits, prefixes of longer cue words and overlaps. */
const crafted = [
  '決算は来月発表会で発表へ。',
  '首脳会談は5日に開かれる予定で、その行方が焦点だ。',
  'これは狙いだろうか。',
  '今後も使われ続けるだろう。',
  '2019年の発表以来、3年ぶりに記録を更新した。',
  'と指摘している専門家もいれば、反対の声もある。',
  '転ぶと襲われると信じられていたため、夜道を急ぐことが多かった。',
  '今回の研究には薬を届ける意義もある。',
  '本書は、2019年のデモを追った作品である。',
  '兄弟の作品世界だと思わせる、唯一無二の傑作だ。',
  '決まってカメラを探し、時折見せる言動はチームに定着している。',
  'かつて共に過ごした恩師たちは、打ち立てた大記録に祝意を送る。',
  '当時の監督が発表した方針。',
  '残念ながら、皮肉にも意外にも見つからない。',
  '「人柄が記録につながったんじゃないですかね」',
  '下り最大300MbpsのLTEに対応。',
  '64ビットの新チップを搭載し、4Kの撮影もサポートする。',
  '通信の傍受を防ぐことが可能。ゲームパッドを使うこともできる。',
  '画面は12.9 インチで、800万画素のカメラを備える。',
  '最大の特徴は、可能性が高いことだ。',
  '利用者も増加している。事件は相次いでおり、渡航者は後を絶たない。',
  '財政事情は厳しさを増しています。続いて、減少傾向にある数字を見る。',
  '',
];

describe('cue scanner', () => {
  const cases: [string, RegExp[]][] = [
    ['Japanese lexicon', JA_CUES.map((c) => c.re)],
    ['cue families', CUE_FAMILIES.map((f) => f.ja)],
    ['tenses', TENSE.map((t) => t.ja)],
  ];
  it.each(cases)('%s: the same hits as each regex', (_, patterns) => {
    const scanner = compileScanner(patterns);
    const hits = new Uint8Array(patterns.length);
    let seen = 0;
    for (const text of [...sentences, ...crafted]) {
      scanner.scan(text, hits);
      expect([...hits]).toEqual(patterns.map((re) => Number(re.test(text))));
      seen += hits.reduce((a, b) => a + b, 0);
    }
    expect(seen).toBeGreaterThan(0);
  });

  it('keeps patterns that are not plain words as regexes', () => {
    const scanner = compileScanner([/へ。$/, /[\d０-９]+日/, /(?:だ|です)。$|見込み/]);
    const hits = new Uint8Array(3);
    expect([...scanner.scan('再開へ。', hits)]).toEqual([1, 0, 0]);
    expect([...scanner.scan('再開へ。その後', hits)]).toEqual([0, 0, 0]);
    expect([...scanner.scan('5日の見込み', hits)]).toEqual([0, 1, 1]);
  });
});

describe('bag() on Japanese text (lib/text/tokens.ts one-pass path)', () => {
  it('gives the regex rule’s tokens, in the same order', () => {
    const odd = [
      'iPhone 6sの新機能「3D Touch」とＡｐｐｌｅ　ＴＶ、゠・ヽゝ々〆',
      '𠮷野家の牛丼（サロゲートペア）',
      'ﾃｽﾄ ｶﾀｶﾅ the A I ab',
    ];
    for (const t of [...sentences, ...seed.paragraphs.map((p) => p.text), ...odd])
      expect([...bag(t)], t).toEqual([...regexBag(t)]);
  });
});

const bonusOf = (add: (b: Float64Array) => void): Partial<Record<Role, number>> => {
  const b = new Float64Array(ROLES.length);
  add(b);
  return Object.fromEntries(ROLES.flatMap((r, i) => (b[i] ? [[r, b[i]]] : [])));
};
const top = (add: (b: Float64Array) => void): Role | null => {
  const entries = Object.entries(bonusOf(add)) as [Role, number][];
  return entries.sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
};

describe('days against the publication date', () => {
  const pub = parsePublished('2023-04-03T09:01:27+09:00');
  it.each([
    ['次回の先発登板が、5日のマリナーズ戦に決まりました。', 'outlook'],
    ['これはエンジェルスが2日に発表しました。', 'result'],
    ['大谷選手は先月30日の開幕戦で好投しました。', 'background'],
    ['林氏は3月29日の記者会見で述べた。', 'background'],
    ['中5日での登板となる。', null],
  ])('%s → %s', (text, role) => expect(top((b) => addJaDays(text, pub, b))).toBe(role));

  it('leans to result for an event day when the date is unknown', () => {
    expect(top((b) => addJaDays('政府は12日、改正案を閣議決定した。', null, b))).toBe('result');
  });
});

describe('years against the article year', () => {
  it.each([
    ['イオンは31年2月期に売上高を6000億円にする目標を掲げる。', 'outlook'],
    ['イオンは19年にパートナーシップ契約を結んだ。', 'background'],
    ['２０２１年１２月の初会合では結束を図った。', 'background'],
    ['令和元年に制度が始まった。', 'background'],
    ['2023年に新サービスを始める。', 'result'],
    ['改良には10年かけて取り組んだ。', null],
    ['3年間の研究を終えた。', null],
  ])('%s → %s', (text, role) => expect(top((b) => addJaYears(text, 2023, b))).toBe(role));

  it('knows a sentence that recalls the past', () => {
    expect(recallsPast('1957年に誕生したこの書体は広く使われている。', 2019)).toBe(true);
    expect(recallsPast('日本にも、かつて狼が棲んでいた。', null)).toBe(true);
    expect(recallsPast('大谷選手が今シーズン1号を打ちました。', 2023)).toBe(false);
  });
});

describe('background needs a sign (JA_TUNING.unmarked)', () => {
  const ctx: JaSentenceContext = {
    paragraph: 5,
    paragraphs: 20,
    inLead: false,
    headSim: 0,
    opensOnPast: false,
    review: false,
    year: 2023,
    published: parsePublished('2023-04-05T10:00:00+09:00'),
  };
  const background = (text: string) => {
    const b = new Float64Array(ROLES.length);
    addJaEvidence(text, ctx, { lexicon: true, position: false }, b);
    return b[ROLES.indexOf('background')];
  };
  it.each(['本体には専用のセンサーチップを内蔵している。', 'トリは12歳のベナン人の少年だ。'])(
    'takes background down for a sentence with no sign of time or context: %s',
    (text) => expect(background(text)).toBeCloseTo(JA_TUNING.background - JA_TUNING.unmarked),
  );
  it.each([
    '2014年に発売されたモデルは、その役割がやや曖昧だった。',
    'これまでは紙のパンフレットで周知していた。',
    '3月31日の記者会見で、外相は訪問を表明した。',
  ])('leaves a sentence with a background sign its full weight: %s', (text) =>
    expect(background(text)).toBeGreaterThan(JA_TUNING.background),
  );
});

describe('capabilities and specifications are result (README result: specs; JA_TUNING.spec)', () => {
  const specHit = (text: string) => CAPABILITY.test(text);
  it('is a result cue weighted by JA_TUNING.spec', () =>
    expect(JA_CUES.find((c) => c.re === CAPABILITY)).toMatchObject({
      role: 'result',
      weight: JA_TUNING.spec,
    }));
  it.each([
    'またWi-FiではMIMO技術をサポートし、最大866Mbpsの通信が可能になっている。',
    '本格的なゲームがしたければ、他社製ゲームパッドを使うこともできる。',
    'これにより利用者は、データの情報漏えいを防ぐことが可能。',
    '新チップは第3世代の64ビット技術を採用した。',
  ])('reads a capability or a spec: %s', (text) => expect(specHit(text)).toBe(true));
  it.each([
    '最大の特徴は、可能性が高いことだ。',
    '今後の対応が焦点だ。',
    '幅広い課題に対応していくことが求められる。',
    '利用者は情報漏えいのリスクを低減できるようになる。',
  ])('leaves an outlook or a judgement without it: %s', (text) => expect(specHit(text)).toBe(false));
});

describe('a trend still under way is background (README background: the situation; JA_TUNING.trend)', () => {
  const trendHit = (text: string) => TREND.test(text);
  it('is a background cue weighted by JA_TUNING.trend', () =>
    expect(JA_CUES.find((c) => c.re === TREND)).toMatchObject({
      role: 'background',
      weight: JA_TUNING.trend,
    }));
  it.each([
    'フリーWi-Fiの設置が促進され、フリーWi-Fiの利用者も増加している。',
    'ヨーロッパをめざす人は後を絶たない。',
    '国の財政事情は厳しさを増しています。',
    '米国とのドラッグラグが拡大している。',
    '下記の理由から減少させてきた傾向にある。',
  ])('reads a trend or a standing situation: %s', (text) => expect(trendHit(text)).toBe(true));
  it.each([
    '利用者は前年から2割増加した。',
    '続いて、新機能の説明に移った。',
    '政府は支援を拡大する方針だ。',
  ])('leaves a change the news reports, and other uses of the words, alone: %s', (text) =>
    expect(trendHit(text)).toBe(false),
  );
});

describe('a synopsis in an article about a work is result (README rule 6; JA_TUNING.review)', () => {
  const ctx = (review: boolean): JaSentenceContext => ({
    paragraph: 5,
    paragraphs: 20,
    inLead: false,
    headSim: 0,
    opensOnPast: false,
    review,
    year: 2023,
    published: null,
  });
  const result = (text: string, review: boolean) => {
    const b = new Float64Array(ROLES.length);
    addJaEvidence(text, ctx(review), { lexicon: true, position: false }, b);
    return b[ROLES.indexOf('result')];
  };
  it.each([
    ['映画『トリとロキタ』：兄弟が見せるリアリティ', true],
    ['【書評】少年への密着取材で問う「暴力の意味」', true],
    ['日中外相会談が北京で始まる　「早期解放」求める方針', false],
  ])('knows an article about a work by its title: %s', (title, is) => expect(aboutWork(title)).toBe(is));
  it('gives a plain narrative sentence of a review the result prior', () =>
    expect(result('トリとロキタはイタリア料理店で客に歌を披露して小遣いを稼いでいる。', true)).toBeCloseTo(
      result('トリとロキタはイタリア料理店で客に歌を披露して小遣いを稼いでいる。', false) + JA_TUNING.review,
    ));
  it('leaves a sentence with a cue of its own, and any sentence outside a review, alone', () => {
    expect(result('監督の狙いは観客の想像力を開くことだ。', true)).toBe(
      result('監督の狙いは観客の想像力を開くことだ。', false),
    );
    expect(result('トリは12歳のベナン人。', false)).toBeCloseTo(JA_TUNING.result);
  });
});

describe('evaluative sentence adverbs and the spoken …じゃないか', () => {
  const strategyHits = (text: string) =>
    JA_CUES.filter((c) => c.role === 'strategy' && c.re.test(text)).length;
  it.each([
    '残念ながら、その姿を見た人はいない。',
    '皮肉にも、規制が需要を押し上げた。',
    '「人柄が記録につながったんじゃないですかね」と監督。',
  ])('read as a verdict (strategy): %s', (text) => expect(strategyHits(text)).toBeGreaterThan(0));
  it('leave a plain report without a strategy cue', () =>
    expect(strategyHits('その姿を見た人はいない。')).toBe(0));
});

describe('a lead paragraph that opens on the past (jaContexts opensOnPast)', () => {
  const article = (texts: string[]): Article => ({
    url: 'https://example.jp/a',
    title: '見出し',
    byline: null,
    siteName: null,
    lang: 'ja',
    publishedTime: '2023-03-31T12:00:00+09:00',
    paragraphs: texts.map((text, i) => ({ id: `p${i}`, text, heading: null, tag: 'p', domIndex: -1 })),
    headings: [],
    readerable: true,
  });
  const contexts = (texts: string[]) => {
    const prep = prepare(article(texts));
    return jaContexts(prep, '2023-03-31T12:00:00+09:00', new Array(prep.doc.sentences.length).fill(0));
  };
  const resultOf = (text: string, opensOnPast: boolean) => {
    const b = new Float64Array(ROLES.length);
    const ctx = { ...contexts([text])[0], opensOnPast };
    addJaEvidence(text, ctx, { lexicon: false, position: true }, b);
    return b[ROLES.indexOf('result')];
  };

  it('marks every sentence of a paragraph whose first sentence recalls the past', () => {
    const cs = contexts([
      '日本にも、かつて狼が棲んでいた。山里の人々は狼を怖れた。',
      '新しい写真集が完成した。',
    ]);
    expect(cs.map((c) => c.opensOnPast)).toEqual([true, true, false]);
  });
  it('reads the writer’s words only: a past word inside a quote does not count', () => {
    const cs = contexts(['秦氏は「我々は歴史に恥じることない選択をすべきだ」と述べた。']);
    expect(cs[0].opensOnPast).toBe(false);
  });
  it('gives such a paragraph no lead prior of result', () => {
    const text = '山里の人々は狼を怖れた。';
    expect(resultOf(text, true)).toBe(0);
    expect(resultOf(text, false)).toBeGreaterThan(0);
  });
});

describe('boilerplate cues (cues.ts BOILERPLATE): dated related-article headlines (ja-news 06), disclaimers', () => {
  const block = (text: string, lang: 'ja' | 'en' = 'ja') => {
    const p = { id: 'p0', text, heading: null, tag: 'p', domIndex: 0 };
    const article: Article = {
      url: 'https://example.jp/a',
      title: '見出し',
      byline: null,
      siteName: null,
      lang,
      publishedTime: null,
      paragraphs: [p],
      headings: [],
      readerable: true,
    };
    return isBoilerplate(p, 0, article, lang, { kind: 'none' });
  };
  it('marks a long block of headlines, each stamped (M/D)', () =>
    expect(
      block(
        'アップル、新サービスを5月に終了へ--「新聞読み放題」を前面に（4/1） 「スマートフォン」依存から脱却できる日はくるのか--発表イベントに見るアップルの今後と課題（4/4） 元グーグルのAI専門家がアップルに入社（4/5）',
      ),
    ).toBe(true));
  it('marks a disclaimer, in either language, however long (moneycontrol.com, extraction benchmark)', () => {
    expect(
      block(
        'Disclaimer: The views and investment tips expressed by investment experts on Moneycontrol.com are their own and not that of the website or its management. Moneycontrol.com advises users to check with certified experts before taking any investment decisions.',
        'en',
      ),
    ).toBe(true);
    expect(block('免責事項：本記事は情報提供を目的としたもので、投資を勧誘するものではありません。')).toBe(
      true,
    );
    expect(block('The disclaimer: the company said its figures were unaudited.', 'en')).toBe(false);
  });
  it('leaves prose that dates one event (M/D) alone', () =>
    expect(
      block('同社は新サービスの提供を（4/1）から始めると発表した。利用者は年内に100万人を超える見通しだ。'),
    ).toBe(false));
});
