/**
 * The UI's own words, in the article's language (issue 2: Japanese and English equally), or
 * in the browser's language where there is no article yet (loading, errors).
 */
export interface Strings {
  copy: string;
  copied: string;
  copyFailed: string;
  outlineAnyway: string;
  sidePanel: string;
  reload: string;
  loading: string;
  showInPage: string;
  notOnPage: string;
  minutes: (n: number) => string;
}

const EN: Strings = {
  copy: 'Copy',
  copied: 'Copied',
  copyFailed: 'Copy failed',
  outlineAnyway: 'Outline anyway',
  sidePanel: 'Side panel',
  reload: 'Reload',
  loading: 'Reading the page…',
  showInPage: 'Show this in the page',
  notOnPage: 'That paragraph is no longer on the page.',
  minutes: (n) => `${n} min read`,
};

const JA: Strings = {
  copy: 'コピー',
  copied: 'コピーしました',
  copyFailed: 'コピーできませんでした',
  outlineAnyway: 'それでも要約する',
  sidePanel: 'サイドパネル',
  reload: '再読み込み',
  loading: 'ページを読んでいます…',
  showInPage: 'ページのこの箇所を表示',
  notOnPage: 'この段落はもうページにありません。',
  minutes: (n) => `約${n}分で読めます`,
};

export function strings(lang: string | undefined): Strings {
  return lang?.toLowerCase().startsWith('ja') ? JA : EN;
}

/** "日本語", "English": the article's language named in the UI's language. */
export function languageName(lang: string, uiLang: string): string {
  try {
    return new Intl.DisplayNames([uiLang], { type: 'language' }).of(lang) ?? lang;
  } catch {
    return lang;
  }
}

/** A published time as a reader expects it; an unparseable one is shown as given. */
export function formatDate(value: string, lang: string): string {
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return value;
  try {
    return new Intl.DateTimeFormat(lang, { dateStyle: 'medium' }).format(d);
  } catch {
    return d.toISOString().slice(0, 10);
  }
}
