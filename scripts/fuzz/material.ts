/** What the fuzzer builds pages from: the real pages of ../shared/data and their sentences. */
import { loadCorpus, readNewsDiscourse, type CorpusPage } from './corpus';
import type { Rng } from './rng';

export interface Material {
  pages: CorpusPage[];
  /** Real English (NewsDiscourse) and Japanese (ja-news paragraphs) sentences. */
  sentences: string[];
}

let cached: Material | null = null;

export function loadMaterial(): Material {
  if (cached) return cached;
  const pages = loadCorpus();
  const sentences = readNewsDiscourse()
    .slice(0, 100)
    .flatMap((d) => d.sentences.map((s) => s.text));
  for (const p of pages.filter((p) => p.name.startsWith('ja-news/')))
    for (const m of p.html.matchAll(/<p[^>]*>([^<]{20,400})<\/p>/g)) sentences.push(m[1].trim());
  return (cached = { pages, sentences });
}

export const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A paragraph of `n` real sentences, all English or all Japanese. */
export function realParagraph(r: Rng, m: Material, n = r.int(2, 5)): string {
  const start = r.int(0, m.sentences.length - n);
  return m.sentences.slice(start, start + n).join(' ');
}

/** A plain article page around the given body HTML. */
export function page(body: string, opts: { title?: string; lang?: string; head?: string } = {}): string {
  const lang = opts.lang === undefined ? '' : ` lang="${opts.lang}"`;
  return `<!doctype html><html${lang}><head><meta charset="utf-8"><title>${opts.title ?? 'Fuzz page'}</title>${opts.head ?? ''}</head><body>${body}</body></html>`;
}

/** A believable article: a heading and real paragraphs, so hostile parts sit in real prose. */
export function articleBody(
  r: Rng,
  m: Material,
  paragraphs = r.int(4, 12),
  wrap = (p: string) => esc(p),
): string {
  const ps = Array.from({ length: paragraphs }, () => `<p>${wrap(realParagraph(r, m))}</p>`);
  return `<article><h1>${esc(realParagraph(r, m, 1).slice(0, 120))}</h1>${ps.join('')}</article>`;
}
