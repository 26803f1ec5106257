/**
 * Words Lede writes into outlines and copies, in the article's language (issue 2: 背景 / 結果 /
 * 戦略 / 展望 for Japanese; issue 4: copy labels). Anything that is not Japanese gets English.
 *
 * Exports: `roleName(role, lang)`, `emptySection(role, lang, context)`, `emptyKind(role, context)`, `label(key, lang)` with `LabelKey`,
 * `readingTime(minutes, lang)`, `copyFormatName(format, lang)`, `languageName(code, lang)`.
 */
import type { Role } from './types';

type UiLang = 'en' | 'ja';
const ui = (lang: string): UiLang => (lang === 'ja' ? 'ja' : 'en');

const NAMES: Record<UiLang, Record<Role, string>> = {
  en: { background: 'Background', result: 'Result', strategy: 'Strategy', outlook: 'Outlook' },
  ja: { background: '背景', result: '結果', strategy: '戦略', outlook: '展望' },
};

export function roleName(role: Role, lang: string): string {
  return NAMES[ui(lang)][role];
}

const NOT_COVERED = { en: 'Not covered by this article.', ja: 'この記事には該当する記述がありません。' };
const TOUCHED = {
  en: 'Touched on, but no sentence stands out as a key point.',
  ja: '記事中で触れられていますが、要点に挙げる一文はありません。',
};
const IN_GIST = { en: 'The main event is the gist above.', ja: '主な出来事は冒頭の要点のとおりです。' };

/** What an empty section knows of its outline (lib/format/shown.ts). */
export interface EmptyContext {
  /** The outline has a gist. */
  gist: boolean;
  /** Some paragraph of the article plays the role: the points' bars left every sentence out. */
  touched: boolean;
}

/**
 * What an empty section says. The gist on top is the main event, which no section repeats
 * (issue 4), so an empty Result under a gist points up to it instead of saying the article has
 * no result: the popup of docs/popup-en.png said both at once. A role some paragraph plays but
 * no sentence of which passed the point bars is not "not covered": on NewsDiscourse validation
 * that claim was wrong for 31 of the 41 empty Outlook sections whose role the segmentation had
 * found, against 15 of 40 where it had not (strategy: 31 of 37, 8 of 19).
 */
export function emptySection(role: Role, lang: string, context: EmptyContext): string {
  return EMPTY[emptyKind(role, context)][ui(lang)];
}

/** Which of the three things an empty section says (emptySection); lib/format/shown.ts reads it too. */
export type EmptyKind = 'in-gist' | 'touched' | 'not-covered';

export function emptyKind(role: Role, { gist, touched }: EmptyContext): EmptyKind {
  return role === 'result' && gist ? 'in-gist' : touched ? 'touched' : 'not-covered';
}

const EMPTY: Record<EmptyKind, { en: string; ja: string }> = {
  'in-gist': IN_GIST,
  touched: TOUCHED,
  'not-covered': NOT_COVERED,
};

const LABELS = {
  /** Before the article's URL or title on a copied section or point. */
  source: { en: 'Source', ja: '出典' },
  /** The text of each point's link to its sentence in the page. */
  sourceLink: { en: 'source', ja: '出典' },
  /** Before the one-sentence gist in plain text. */
  gist: { en: 'Gist', ja: '要点' },
} as const;
export type LabelKey = keyof typeof LABELS;

export function label(key: LabelKey, lang: string): string {
  return LABELS[key][ui(lang)];
}

export function readingTime(minutes: number, lang: string): string {
  return ui(lang) === 'ja' ? `約${minutes}分` : `${minutes} min read`;
}

/** The copy formats' names, for the Copy button and the options page (issue 4). */
const FORMAT_NAMES = {
  markdown: { en: 'Markdown', ja: 'Markdown' },
  text: { en: 'Plain text', ja: 'プレーンテキスト' },
  rich: { en: 'Rich text', ja: 'リッチテキスト' },
} as const;

export function copyFormatName(format: keyof typeof FORMAT_NAMES, lang: string): string {
  return FORMAT_NAMES[format][ui(lang)];
}

/**
 * A language's name for the reader: "Italian", not the page's "it" (the unsupported-language
 * message named the code). Null for a language not known: lib/extract/lang.ts's "und" (ICU
 * names it "root"), or a code that is no language tag.
 */
export function languageName(code: string, lang: string): string | null {
  if (code === 'und') return null;
  try {
    return new Intl.DisplayNames([ui(lang)], { type: 'language', fallback: 'none' }).of(code) ?? null;
  } catch {
    return null;
  }
}
