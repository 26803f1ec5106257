/**
 * Every line of Lede's own interface in English and Japanese (issue 5), for the popup, side
 * panel, options page and messages. The interface language is the reader's setting, else the
 * browser's (passed in as a plain string so this stays pure). The outline's own words — section
 * names and "not covered" — follow the article's language instead: see lib/i18n.ts.
 */
import { ledeError } from './errors';
import type { Length, LedeError, LedeErrorCode } from './types';
import { languageName } from './i18n';

export type UiLang = 'en' | 'ja';
export type UiLangSetting = 'auto' | UiLang;

/** `ja`, `ja-JP`, `JA_jp` → ja; everything else reads English, Lede's other first-class language. */
export function resolveUiLang(setting: UiLangSetting, browserLang: string): UiLang {
  if (setting !== 'auto') return setting;
  return /^ja(?:[-_]|$)/i.test(browserLang.trim()) ? 'ja' : 'en';
}

/** The Japanese unsupported-language line, naming the article's language when it is known. */
const jaUnsupported = (language = '別の言語') =>
  `Lede が対応しているのは日本語と英語の記事です。このページは${language}で書かれています。`;

const JA_ERRORS: Record<LedeErrorCode, string> = {
  'not-article': 'このページは記事ではないようです。',
  empty: 'このページには読み取れる本文がありません。',
  'too-large': 'このページは大きすぎて、一度にアウトラインを作れません。',
  restricted: 'このページは、ブラウザの制限により拡張機能から読み取れません。',
  pdf: 'PDF ファイルにはまだ対応していません。',
  'unsupported-language': jaUnsupported(),
  'page-changed': '読み取り中にページが変わりました。もう一度お試しください。',
  'no-tab': 'アウトラインを作るページがありません。',
  timeout:
    'ページから時間内に応答がありませんでした。処理中の可能性があります。少し待ってからもう一度お試しください。',
  internal: 'このページのアウトラインを作成中に問題が起きました。',
};
/** The English lines are lib/errors.ts's own, so the CLI and the interface never disagree. */
const EN_ERRORS = Object.fromEntries(
  Object.keys(JA_ERRORS).map((code) => [code, ledeError(code as LedeErrorCode).message]),
) as Record<LedeErrorCode, string>;

const EN = {
  lang: 'en' as UiLang,
  appName: 'Lede',
  // Outline view (popup and side panel)
  outline: 'Outline',
  outlining: 'Outlining…',
  inShort: 'In short',
  readingTime: (minutes: number) => `${minutes} min read`,
  copy: 'Copy',
  copied: 'Copied',
  copyFailed: 'Could not copy. Select the text and copy it by hand.',
  copyAs: 'Copy as',
  showInPage: 'Show in the page',
  notOnPage: 'That paragraph is no longer on the page.',
  reload: 'Reload',
  sidePanel: 'Side panel',
  outlineAnyway: 'Outline anyway',
  tryAgain: 'Try again',
  openSidePanel: 'Open in side panel',
  roleMarkers: 'Role markers',
  roleMarkersHint: 'A thin coloured bar beside each paragraph of the page shows its role.',
  shortcut: (keys: string) => `Shortcut: ${keys}`,
  shortcutUnset: 'No keyboard shortcut set',
  changeShortcut: 'Change shortcut',
  followTabs: 'Follow the tab I am reading',
  followTabsReason:
    'To follow you from tab to tab, Lede needs to read the pages you switch to. It reads them only on this device and sends nothing anywhere.',
  cannotReadTab: 'Lede cannot read this tab.',
  cannotReadTabHint: 'Switch to an article tab, or turn on "Follow the tab I am reading" above.',
  copyIn: (format: string) => `Copy (${format})`,
  copySection: (section: string) => `Copy ${section}`,
  copyPoint: 'Copy this point',
  showWhere: 'Show where',
  youAreHere: 'You are reading here',
  backToPage: 'Back to the current tab',
  savedOutline: 'A saved outline',
  selectedText: 'Selected text',
  options: 'Options',
  // Context menu
  menuOutlinePage: 'Outline this page in the side panel',
  menuOutlineSelection: 'Outline the selected text',
  // History
  history: 'History',
  historySearch: 'Search history',
  historySearchPlaceholder: 'Title, site or words',
  historyEmpty: 'No saved outlines yet. The outlines you make are kept here, on this device.',
  historyOff: 'History is turned off in the options.',
  historyNoMatch: (query: string) => `Nothing matches “${query}”.`,
  historyCount: (n: number) => (n === 1 ? '1 saved outline' : `${n} saved outlines`),
  historySkipped: (n: number) =>
    n === 1
      ? '1 saved outline could not be read and was skipped.'
      : `${n} saved outlines could not be read and were skipped.`,
  savedOn: (date: string) => `Saved ${date}`,
  open: 'Open',
  openItem: (title: string) => `Open “${title}”`,
  delete: 'Delete',
  deleteItem: (title: string) => `Delete “${title}”`,
  deleted: 'Deleted.',
  clearAll: 'Clear all',
  confirmClearAll: (n: number) =>
    `Delete ${n === 1 ? 'the saved outline' : `all ${n} saved outlines`}? This cannot be undone.`,
  confirmDelete: 'Delete all',
  cancel: 'Cancel',
  historyCleared: 'History cleared.',
  exportMarkdown: 'Export as Markdown',
  exportJson: 'Export as JSON',
  // Options
  optionsTitle: 'Lede options',
  optionsIntro: 'Changes are saved as you make them and apply in every window.',
  length: 'Outline length',
  lengths: { brief: 'Brief', standard: 'Standard', detailed: 'Detailed' } satisfies Record<Length, string>,
  lengthHint: 'How many points each section shows.',
  copyFormat: 'Copy format',
  copyFormats: { markdown: 'Markdown', text: 'Plain text', rich: 'Rich text (for mail and documents)' },
  uiLang: 'Interface language',
  uiLangs: { auto: 'Same as the browser', en: 'English', ja: '日本語' } satisfies Record<
    UiLangSetting,
    string
  >,
  uiLangHint: 'Section names always follow the article’s language.',
  theme: 'Theme',
  themes: { auto: 'Same as the system', light: 'Light', dark: 'Dark' },
  roleMarkersOption: 'Show role markers beside paragraphs',
  readyAhead: 'Ready before you click',
  readyAheadOption: 'Have the outline ready before I click',
  readyAheadHint:
    'Lede reads each article you open once it is on screen, on this device, so the outline is there the moment you click. It needs permission to read the pages you open and sends nothing anywhere. Off, Lede reads a page only when you click.',
  readyAheadRefused: 'Not turned on: the browser did not allow reading the pages you open.',
  historyLimit: 'Keep history',
  historyLimitChoice: (n: number) => (n === 0 ? 'Do not keep history' : `The last ${n} outlines`),
  historyLimitHint: (mb: number) =>
    `When there are more, or they take more than ${mb} MB, the oldest are removed first. History never leaves this device.`,
  clearData: 'Clear data',
  clearHistory: 'Delete history',
  resetSettings: 'Reset settings',
  confirmReset: 'Put every setting back to its default?',
  confirmResetAction: 'Reset',
  settingsReset: 'Settings reset.',
  saved: 'Saved.',
  loading: 'Loading…',
  readFailed: 'Lede could not read what it has stored. Nothing was changed; try reopening this page.',
  // Storage notices (lib/storage)
  settingUnreadable: 'A stored setting could not be read and is back at its default.',
  storageErrors: {
    quota:
      'Storage is full, so this was not saved. Nothing already stored was lost; deleting some history makes room.',
    failed: 'This could not be saved. Nothing already stored was lost.',
  },
  errors: EN_ERRORS,
  formatDate: (ms: number) =>
    new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(ms),
};

export type UiStrings = typeof EN;

const JA: UiStrings = {
  lang: 'ja',
  appName: 'Lede',
  outline: 'アウトライン',
  outlining: 'アウトラインを作成中…',
  inShort: '要旨',
  readingTime: (minutes) => `約${minutes}分で読めます`,
  copy: 'コピー',
  copied: 'コピーしました',
  copyFailed: 'コピーできませんでした。テキストを選択して手動でコピーしてください。',
  copyAs: 'コピー形式',
  showInPage: 'ページ内で表示',
  notOnPage: 'この段落はもうページにありません。',
  reload: '再読み込み',
  sidePanel: 'サイドパネル',
  outlineAnyway: 'それでもアウトラインを作る',
  tryAgain: 'もう一度試す',
  openSidePanel: 'サイドパネルで開く',
  roleMarkers: '役割マーカー',
  roleMarkersHint: 'ページの各段落の横に、その役割を示す細い色の線を表示します。',
  shortcut: (keys) => `ショートカット: ${keys}`,
  shortcutUnset: 'キーボードショートカットは未設定です',
  changeShortcut: 'ショートカットを変更',
  followTabs: '読んでいるタブに追従する',
  followTabsReason:
    'タブを切り替えても追従するには、切り替え先のページを読み取る許可が必要です。読み取りはこの端末内だけで行い、どこにも送信しません。',
  cannotReadTab: 'このタブは読み取れません。',
  cannotReadTabHint: '記事のタブに切り替えるか、上の「読んでいるタブに追従する」をオンにしてください。',
  copyIn: (format) => `コピー（${format}）`,
  copySection: (section) => `${section}をコピー`,
  copyPoint: 'この要点をコピー',
  showWhere: '該当箇所を表示',
  youAreHere: 'いま読んでいる箇所',
  backToPage: '現在のタブに戻る',
  savedOutline: '保存したアウトライン',
  selectedText: '選択したテキスト',
  options: '設定',
  menuOutlinePage: 'このページのアウトラインをサイドパネルに表示',
  menuOutlineSelection: '選択したテキストのアウトラインを作る',
  history: '履歴',
  historySearch: '履歴を検索',
  historySearchPlaceholder: 'タイトル、サイト名、語句',
  historyEmpty:
    '保存されたアウトラインはまだありません。作成したアウトラインは、この端末内のここに保存されます。',
  historyOff: '履歴はオプションでオフになっています。',
  historyNoMatch: (query) => `「${query}」に一致する項目はありません。`,
  historyCount: (n) => `保存済み ${n} 件`,
  historySkipped: (n) => `読み込めなかった ${n} 件をスキップしました。`,
  savedOn: (date) => `${date} に保存`,
  open: '開く',
  openItem: (title) => `「${title}」を開く`,
  delete: '削除',
  deleteItem: (title) => `「${title}」を削除`,
  deleted: '削除しました。',
  clearAll: 'すべて削除',
  confirmClearAll: (n) => `保存済みのアウトライン ${n} 件をすべて削除しますか？この操作は元に戻せません。`,
  confirmDelete: 'すべて削除する',
  cancel: 'キャンセル',
  historyCleared: '履歴を削除しました。',
  exportMarkdown: 'Markdown で書き出す',
  exportJson: 'JSON で書き出す',
  optionsTitle: 'Lede の設定',
  optionsIntro: '変更はすぐに保存され、すべてのウィンドウに反映されます。',
  length: 'アウトラインの長さ',
  lengths: { brief: '簡潔', standard: '標準', detailed: '詳細' },
  lengthHint: '各セクションに表示する要点の数です。',
  copyFormat: 'コピー形式',
  copyFormats: { markdown: 'Markdown', text: 'プレーンテキスト', rich: 'リッチテキスト（メールや文書向け）' },
  uiLang: '表示言語',
  uiLangs: { auto: 'ブラウザの言語に合わせる', en: 'English', ja: '日本語' },
  uiLangHint: 'セクション名は常に記事の言語で表示されます。',
  theme: 'テーマ',
  themes: { auto: 'システムに合わせる', light: 'ライト', dark: 'ダーク' },
  roleMarkersOption: '段落の横に役割マーカーを表示する',
  readyAhead: 'クリック前の準備',
  readyAheadOption: 'クリックする前にアウトラインを用意しておく',
  readyAheadHint:
    '開いた記事が画面に表示されると、Lede がこの端末上で読んでおき、クリックした瞬間にアウトラインを表示します。開いたページを読む許可が必要ですが、どこにも送信しません。オフのときは、クリックしたときだけページを読みます。',
  readyAheadRefused: 'オンにできませんでした。ブラウザが開いたページを読む許可を出しませんでした。',
  historyLimit: '履歴の保存',
  historyLimitChoice: (n) => (n === 0 ? '履歴を保存しない' : `最新 ${n} 件`),
  historyLimitHint: (mb) =>
    `件数を超えるか、合計が ${mb} MB を超えると、古いものから削除されます。履歴がこの端末の外に出ることはありません。`,
  clearData: 'データの削除',
  clearHistory: '履歴を削除',
  resetSettings: '設定をリセット',
  confirmReset: 'すべての設定を初期値に戻しますか？',
  confirmResetAction: 'リセット',
  settingsReset: '設定をリセットしました。',
  saved: '保存しました。',
  loading: '読み込み中…',
  readFailed:
    '保存されたデータを読み込めませんでした。データは変更されていません。このページを開き直してください。',
  settingUnreadable: '保存された設定の一部が読み込めなかったため、初期値に戻しました。',
  storageErrors: {
    quota:
      '保存領域がいっぱいのため、保存できませんでした。保存済みのデータは失われていません。履歴を削除すると空きができます。',
    failed: '保存できませんでした。保存済みのデータは失われていません。',
  },
  errors: JA_ERRORS,
  formatDate: (ms) =>
    new Intl.DateTimeFormat('ja-JP', { dateStyle: 'medium', timeStyle: 'short' }).format(ms),
};

const STRINGS: Record<UiLang, UiStrings> = { en: EN, ja: JA };

/**
 * The one-line reason shown instead of an outline, in the interface's language (the popup's
 * first paint and React's ErrorMessage). English is the error's own message, with its detail;
 * Japanese names an article's language in Japanese (ドイツ語, not "de").
 */
export function errorLine(error: LedeError, t: UiStrings): string {
  if (t.lang === 'en') return error.message;
  const name = error.code === 'unsupported-language' && error.lang ? languageName(error.lang, 'ja') : null;
  if (name) return jaUnsupported(name);
  return t.errors[error.code] ?? error.message;
}

export function uiStrings(lang: UiLang): UiStrings {
  return STRINGS[lang];
}

/** The strings for the reader's setting, or their browser's language when it is `auto`. */
export function stringsFor(setting: UiLangSetting, browserLang: string): UiStrings {
  return STRINGS[resolveUiLang(setting, browserLang)];
}

/**
 * The manifest's own words (name, description, toolbar tooltip, shortcut description) as
 * `_locales/<lang>/messages.json`, from the same source as the interface. They are generated at
 * build time (wxt.config.ts `build:publicAssets`) rather than kept in public/_locales: Chrome
 * refuses to load an extension that has `_locales` but no `default_locale`, so the files and
 * the manifest's `__MSG_…__` keys must arrive together.
 */
export const MANIFEST_MESSAGES: Record<
  UiLang,
  Record<'extName' | 'extDescription' | 'actionTitle' | 'commandOpenSidePanel', string>
> = {
  en: {
    extName: 'Lede',
    extDescription:
      'Outline any news article in four parts: background, result, strategy, outlook. On the device.',
    actionTitle: 'Outline this article',
    commandOpenSidePanel: 'Open the Lede outline in the side panel',
  },
  ja: {
    extName: 'Lede',
    extDescription:
      'ニュース記事を「背景・結果・戦略・展望」の4つに整理してアウトラインにします。処理はすべて端末内で行います。',
    actionTitle: 'この記事のアウトラインを作る',
    commandOpenSidePanel: 'Lede のアウトラインをサイドパネルで開く',
  },
};

/** `{ relativeDest, contents }` per language, the shape WXT's `build:publicAssets` hook takes. */
export function manifestLocaleFiles(): { relativeDest: string; contents: string }[] {
  return (Object.keys(MANIFEST_MESSAGES) as UiLang[]).map((lang) => ({
    relativeDest: `_locales/${lang}/messages.json`,
    contents:
      JSON.stringify(
        Object.fromEntries(Object.entries(MANIFEST_MESSAGES[lang]).map(([k, message]) => [k, { message }])),
        null,
        2,
      ) + '\n',
  }));
}
