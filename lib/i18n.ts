/** Section names in the article's language (issue 2: 背景 / 結果 / 戦略 / 展望 for Japanese). */
import type { Role } from './types';

const NAMES: Record<'en' | 'ja', Record<Role, string>> = {
  en: { background: 'Background', result: 'Result', strategy: 'Strategy', outlook: 'Outlook' },
  ja: { background: '背景', result: '結果', strategy: '戦略', outlook: '展望' },
};

export function roleName(role: Role, lang: string): string {
  return NAMES[lang === 'ja' ? 'ja' : 'en'][role];
}

const NOT_COVERED = { en: 'Not covered by this article.', ja: 'この記事には該当する記述がありません。' };
export function notCovered(lang: string): string {
  return NOT_COVERED[lang === 'ja' ? 'ja' : 'en'];
}
