/**
 * The language of pages whose script is not what their `<html lang>` says (lib/extract/lang.ts):
 * Chinese and Korean, Russian under a template's "en", a Chinese page with a stray kana, and a
 * short English article on a Japanese or Chinese site.
 */
import { describe, expect, it } from 'vitest';
import { detectLang } from '../../lib/extract/lang';
import { extractFromHtml } from '../../lib/node/load';
import { outlineArticle } from '../../lib/pipeline';

/** A news page: `lang` on <html> (none when null), a headline and the paragraphs. */
function page(lang: string | null, title: string, paragraphs: string[]) {
  const attr = lang === null ? '' : ` lang="${lang}"`;
  const body = paragraphs.map((p) => `<p>${p}</p>`).join('\n');
  const html = `<!doctype html><html${attr}><head><title>${title}</title></head><body><article><h1>${title}</h1>${body}</article></body></html>`;
  return extractFromHtml(html, 'https://example.com/news/1');
}

const ZH_HANS = [
  '美国总统特朗普周二表示，他将在下周与中国国家主席习近平会面，讨论两国之间的贸易问题。',
  '白宫发言人说，会谈将在华盛顿举行，双方将就关税和农产品采购等议题交换意见。',
  '分析人士认为，这次会面可能为缓和紧张的贸易关系带来转机，但具体成果仍有待观察。',
];
const ZH_HANT = [
  '美國總統川普週二表示，他將在下週與中國國家主席習近平會面，討論兩國之間的貿易問題。',
  '白宮發言人說，會談將在華盛頓舉行，雙方將就關稅和農產品採購等議題交換意見。',
  '分析人士認為，這次會面可能為緩和緊張的貿易關係帶來轉機，但具體成果仍有待觀察。',
];
const KO = [
  '삼성전자는 화요일 새로운 Galaxy 스마트폰을 공개했다. 회사는 AI 기능을 크게 강화했다고 밝혔다.',
  '업계에서는 이번 신제품이 中 업체들과의 경쟁에서 중요한 역할을 할 것으로 보고 있다.',
  '새 제품은 다음 달부터 국내와 해외 시장에서 판매될 예정이다.',
];
const RU = [
  'Президент России Владимир Путин заявил во вторник, что NATO продолжает расширение на восток.',
  'В Кремле сообщили, что переговоры с американской делегацией продлятся несколько часов.',
  'Эксперты считают, что встреча может стать важным шагом к снижению напряжённости.',
];
const SHORT_EN = [
  'The city council voted on Tuesday to close the Sumida bridge for repairs.',
  'The work is expected to take six weeks, officials said.',
];

describe('pages in a script of their own, whatever they declare', () => {
  it('takes Chinese, simplified or traditional, for Chinese under a template\'s lang="en"', () => {
    expect(page('en', '中美领导人将举行会谈', ZH_HANS).lang).toBe('zh');
    expect(page('en', '中美領導人將舉行會談', ZH_HANT).lang).toBe('zh');
    expect(page('zh-TW', '中美領導人將舉行會談', ZH_HANT).lang).toBe('zh');
    expect(page(null, '中美领导人将举行会谈', ZH_HANS).lang).toBe('zh');
  });

  it('does not take a Chinese page for Japanese for a middle dot or a brand name in kana', () => {
    const dot = ZH_HANS.map((p) => p.replace('白宫发言人', '白宫发言人约翰・史密斯'));
    expect(page(null, '中美领导人将举行会谈', dot).lang).toBe('zh');
    const brand = [...ZH_HANS, '日本品牌“无印良品”的“食の”系列在上海开设了新店，吸引了大量消费者排队购买。'];
    expect(page(null, '中美领导人将举行会谈', brand).lang).toBe('zh');
    expect(page('zh-CN', '中美领导人将举行会谈', brand).lang).toBe('zh');
  });

  it('names Korean and Russian pages, with a few Latin words or a hanja, whatever they declare', () => {
    for (const lang of [null, 'en', 'ko']) expect(page(lang, '삼성전자 신제품 공개', KO).lang).toBe('ko');
    for (const lang of [null, 'en', 'ru']) expect(page(lang, 'Путин о расширении NATO', RU).lang).toBe('ru');
    expect(page('uk', 'Путін про розширення NATO', RU).lang).toBe('uk'); // the page's own Cyrillic language
  });

  it('refuses them rather than outlining them as English', () => {
    for (const a of [page('en', '中美领导人将举行会谈', ZH_HANS), page('en', '삼성전자 신제품 공개', KO)]) {
      const r = outlineArticle({ ...a, readerable: true });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.code).toBe('unsupported-language');
    }
  });

  it('keeps a short English article on a Japanese or Chinese site English', () => {
    expect(page('ja', 'Sumida bridge to close', SHORT_EN).lang).toBe('en');
    expect(page('zh-CN', 'Sumida bridge to close', SHORT_EN).lang).toBe('en');
    expect(page('ja', 'Sumida bridge to close', SHORT_EN.slice(0, 1)).lang).toBe('en');
    // A short text in Latin letters still takes the declared Latin language (the words cannot say).
    expect(detectLang(SHORT_EN.join(' '), 'de')).toBe('de');
  });

  it('keeps Japanese Japanese: kanji-heavy, under lang="en", or with English words', () => {
    const stocks = [
      '東証大引け、日経平均続落　半導体株安が重荷。日経平均株価は前日比123円安の3万8000円で終了。',
      '東証株価指数も続落。売買代金は概算4兆円。値下がり銘柄数は1200、値上がりは400。',
    ];
    for (const lang of [null, 'en', 'ja-JP', 'zh'])
      expect(page(lang, '日経平均続落', stocks).lang).toBe('ja');
    // Product names and an English quote, as in ja-news's ITmedia pages (Latin letters a third of
    // the Japanese characters there; English takes over at twice as many).
    const tech = [
      'AppleはiPhone 16 ProとiPhone 16 Pro Maxを発表した。A18 Proチップを搭載し、Apple Intelligenceに対応する。',
      'Tim Cook CEOは発表会の冒頭で「This is the best iPhone we have ever made」と述べ、新機能を紹介した。',
      '価格は15万9800円からで、9月20日に発売される。予約は13日から受け付ける。',
      '同社によると、カメラの性能が大きく向上したほか、バッテリーの持ちも前の機種より長くなったという。',
    ];
    expect(page('en', 'Apple、iPhone 16を発表', tech).lang).toBe('ja');
  });
});
