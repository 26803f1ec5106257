import { describe, expect, it } from 'vitest';
import { ledeError } from '../../lib/errors';
import { outlineArticle } from '../../lib/pipeline';
import {
  errorLine,
  MANIFEST_MESSAGES,
  manifestLocaleFiles,
  resolveUiLang,
  stringsFor,
  uiStrings,
  type UiStrings,
} from '../../lib/ui-strings';

const en = uiStrings('en');
const ja = uiStrings('ja');

/** Every leaf of the strings, with functions called on sample arguments. */
function leaves(s: unknown, path = ''): [string, string][] {
  if (typeof s === 'string') return [[path, s]];
  if (typeof s === 'function') return [[path, String(s(3, 'x'))]];
  return Object.entries(s as object).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
}

/** Leaves that read the same in both languages on purpose: names, formats, the language menu. */
const SAME = new Set(['appName', 'copyFormats.markdown', 'uiLangs.en', 'uiLangs.ja']);
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

describe('interface strings', () => {
  it('Japanese has every English string, each non-empty and translated', () => {
    const enLeaves = leaves(en).filter(([k]) => !['lang', 'formatDate'].includes(k));
    const jaLeaves = new Map(leaves(ja));
    expect([...jaLeaves.keys()].sort()).toEqual(
      leaves(en)
        .map(([k]) => k)
        .sort(),
    );
    for (const [key, text] of enLeaves) {
      expect(text.trim(), key).not.toBe('');
      if (SAME.has(key)) continue;
      expect(jaLeaves.get(key), key).toMatch(JAPANESE);
      expect(text, key).not.toMatch(JAPANESE);
    }
  });

  it('has an error line for every LedeError code in both languages; English is lib/errors’ own', () => {
    for (const code of Object.keys(en.errors) as (keyof UiStrings['errors'])[]) {
      expect(en.errors[code]).toBe(ledeError(code).message);
      expect(ja.errors[code]).toMatch(JAPANESE);
    }
    expect(Object.keys(en.errors).sort()).toEqual(Object.keys(ja.errors).sort());
  });

  it('follows the setting, else the browser’s language', () => {
    expect(resolveUiLang('auto', 'ja')).toBe('ja');
    expect(resolveUiLang('auto', 'ja-JP')).toBe('ja');
    expect(resolveUiLang('auto', 'JA_jp')).toBe('ja');
    expect(resolveUiLang('auto', 'en-GB')).toBe('en');
    expect(resolveUiLang('auto', 'fr')).toBe('en');
    expect(resolveUiLang('auto', 'jv')).toBe('en');
    expect(resolveUiLang('en', 'ja-JP')).toBe('en');
    expect(resolveUiLang('ja', 'en-US')).toBe('ja');
    expect(stringsFor('auto', 'ja-JP').copy).toBe('コピー');
  });

  it('counts and dates read naturally in each language', () => {
    expect(en.historyCount(1)).toBe('1 saved outline');
    expect(en.historyCount(2)).toBe('2 saved outlines');
    expect(ja.historyCount(2)).toBe('保存済み 2 件');
    const t = Date.UTC(2026, 10, 26, 12);
    expect(ja.formatDate(t)).toMatch(/2026\/11\/2[67]/);
    expect(en.formatDate(t)).toMatch(/Nov 2[67], 2026/);
  });
});

describe('manifest locales', () => {
  it('holds the same messages in each language, within the stores’ limits', () => {
    expect(Object.keys(MANIFEST_MESSAGES.ja).sort()).toEqual(Object.keys(MANIFEST_MESSAGES.en).sort());
    for (const m of Object.values(MANIFEST_MESSAGES)) {
      expect(m.extName.length).toBeLessThanOrEqual(75);
      expect(m.extDescription.length).toBeLessThanOrEqual(132);
    }
    expect(MANIFEST_MESSAGES.ja.extDescription).toMatch(JAPANESE);
  });

  it('writes _locales/<lang>/messages.json in the WebExtension format', () => {
    const files = manifestLocaleFiles();
    expect(files.map((f) => f.relativeDest)).toEqual([
      '_locales/en/messages.json',
      '_locales/ja/messages.json',
    ]);
    const ja = JSON.parse(files[1].contents);
    expect(ja.commandOpenSidePanel).toEqual({ message: MANIFEST_MESSAGES.ja.commandOpenSidePanel });
    for (const f of files)
      for (const v of Object.values(JSON.parse(f.contents))) expect(v).toHaveProperty('message');
  });
});

describe('the reason shown instead of an outline', () => {
  const german = outlineArticle({
    url: 'https://example.de/a',
    title: 'Ein Artikel',
    byline: null,
    siteName: null,
    lang: 'de',
    publishedTime: null,
    paragraphs: [
      { id: 'p0', text: 'Der Rat hat am Montag entschieden.', heading: null, tag: 'p', domIndex: 0 },
    ],
    headings: [],
    readerable: true,
  });

  it("names an article's language in the interface's language", () => {
    if (german.ok) throw new Error('a German article was outlined');
    expect(errorLine(german.error, en)).toBe(
      'Lede outlines English and Japanese articles; this page is in another language. (German)',
    );
    expect(errorLine(german.error, ja)).toBe(
      'Lede が対応しているのは日本語と英語の記事です。このページはドイツ語で書かれています。',
    );
  });

  it('says "another language" when the language is not known, and every other reason as written', () => {
    const unknown = { ...ledeError('unsupported-language', true), lang: 'und' };
    expect(errorLine(unknown, ja)).toBe(ja.errors['unsupported-language']);
    expect(errorLine(ledeError('unsupported-language', true), ja)).toBe(ja.errors['unsupported-language']);
    expect(errorLine(ledeError('pdf'), ja)).toBe(ja.errors.pdf);
    expect(errorLine(ledeError('pdf'), en)).toBe(ledeError('pdf').message);
  });
});
