/**
 * NewsDiscourse JSONL (../shared/data/newsdiscourse/README.md) as Lede Articles: one paragraph
 * per `paragraph` index, the headline as title, and the gold sentence split kept so that
 * sentence-level figures compare like with like.
 */
import type { Article, UnitRole } from '../types';

export interface NdSentence {
  text: string;
  paragraph: number;
  label: string;
  role: UnitRole;
  speech: boolean;
}

export interface NdDocument {
  id: string;
  headline: string;
  sentences: NdSentence[];
}

export function parseJsonl(text: string): NdDocument[] {
  return text
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as NdDocument);
}

export interface NdArticle {
  article: Article;
  /** Gold sentences of each paragraph, in order. */
  sentences: string[][];
  /** Gold sentences flattened, in reading order (the same order as Segmentation.sentences). */
  gold: NdSentence[];
}

export function toArticle(doc: NdDocument): NdArticle {
  const groups = new Map<number, NdSentence[]>();
  for (const s of doc.sentences) {
    if (!groups.has(s.paragraph)) groups.set(s.paragraph, []);
    groups.get(s.paragraph)!.push(s);
  }
  const ordered = [...groups.entries()].sort((a, b) => a[0] - b[0]).map(([, ss]) => ss);
  const article: Article = {
    url: `newsdiscourse:${doc.id}`,
    title: doc.headline,
    byline: null,
    siteName: null,
    lang: 'en',
    publishedTime: null,
    paragraphs: ordered.map((ss, i) => ({
      id: `p${i}`,
      text: ss.map((s) => s.text.trim()).join(' '),
      heading: null,
      tag: 'p',
      domIndex: -1,
    })),
    headings: [],
    readerable: true,
  };
  return { article, sentences: ordered.map((ss) => ss.map((s) => s.text.trim())), gold: ordered.flat() };
}
