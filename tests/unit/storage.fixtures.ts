/** Real outlines for the storage, history and options tests, built by the lib pipeline. */
import { buildOutline } from '../../lib/outline';
import type { Article, Outline } from '../../lib/types';

export function makeOutline(title: string, url: string, paragraphs: string[], lang = 'en'): Outline {
  const article: Article = {
    url,
    title,
    byline: null,
    siteName: null,
    lang,
    publishedTime: null,
    paragraphs: paragraphs.map((text, i) => ({ id: `p${i}`, text, heading: null, tag: 'p', domIndex: -1 })),
    headings: [],
    readerable: true,
  };
  return buildOutline(article);
}

export const EN_TEXT = [
  'The central bank raised its key interest rate by a quarter point on Wednesday.',
  'Inflation had stayed above the two percent target for three years after the pandemic.',
  'Officials aim to cool demand without tipping the economy into recession.',
  'Markets expect one more increase before the end of the year.',
];

export const JA_TEXT = [
  '日本銀行は水曜日、政策金利を0.25%引き上げた。',
  '物価上昇率は3年間にわたり目標の2%を上回っていた。',
  '政府は景気を冷やしすぎずに需要を抑える狙いだ。',
  '市場は年内にもう一度の利上げを予想している。',
];

/** The n-th test outline: distinct title and URL so none replaces another. */
export const nthOutline = (n: number) => makeOutline(`Story ${n}`, `https://news.example/${n}`, EN_TEXT);
