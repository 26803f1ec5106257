/**
 * Every page in ../shared/data as HTML text, for the benchmark (issue 7) and as seeds for the
 * fuzzer (issue 8): the Japanese pages, the extraction benchmark pages and the NewsDiscourse
 * articles rendered as simple article pages (they come as sentences, not HTML).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readHtmlFile } from '../../lib/node/load';

export const DATA_DIR = resolve(import.meta.dirname, '../../../shared/data');

export interface CorpusPage {
  /** `ja-news/<file>`, `extraction-benchmark/<id>` or `newsdiscourse/<id>`. */
  name: string;
  html: string;
  url: string;
}

export interface NewsDiscourseDoc {
  id: string;
  headline: string;
  sentences: { text: string; paragraph: number }[];
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A NewsDiscourse article as the plain page a news site would serve: headline, paragraphs. */
export function renderNewsDiscourse(doc: NewsDiscourseDoc): string {
  const paragraphs: string[][] = [];
  for (const s of doc.sentences) (paragraphs[s.paragraph] ??= []).push(s.text);
  const body = paragraphs
    .filter(Boolean)
    .map((p) => `<p>${esc(p.join(' '))}</p>`)
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(doc.headline)}</title></head>
<body><header><nav><a href="/">News</a></nav></header><main><article><h1>${esc(doc.headline)}</h1>
${body}
</article></main><footer><p>Copyright News.</p></footer></body></html>`;
}

/**
 * Every article of `<data>/newsdiscourse/*.jsonl`: train and validation first (the long article
 * is made from them in this order), then any other split a fuller copy of the data holds.
 */
export function readNewsDiscourse(data = DATA_DIR): NewsDiscourseDoc[] {
  const dir = join(data, 'newsdiscourse');
  if (!existsSync(dir)) return [];
  const first = ['train.jsonl', 'validation.jsonl'];
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort((a, b) => (first.indexOf(a) + 1 || 9) - (first.indexOf(b) + 1 || 9) || a.localeCompare(b));
  const docs: NewsDiscourseDoc[] = [];
  for (const f of files)
    for (const line of readFileSync(join(dir, f), 'utf8').split('\n'))
      if (line.trim()) docs.push(JSON.parse(line));
  return docs;
}

function htmlFiles(dir: string, prefix: string): CorpusPage[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /\.html(\.gz)?$/.test(f))
    .sort()
    .map((f) => ({
      name: `${prefix}/${f.replace(/\.html(\.gz)?$/, '')}`,
      html: readHtmlFile(join(dir, f)),
      url: pathToFileURL(join(dir, f)).href,
    }));
}

/** Every page of `data` (../shared/data, or a fuller copy laid out the same way). */
export function loadCorpus(data = DATA_DIR): CorpusPage[] {
  return [
    ...htmlFiles(join(data, 'ja-news', 'pages'), 'ja-news'),
    ...htmlFiles(join(data, 'extraction-benchmark', 'html'), 'extraction-benchmark'),
    ...readNewsDiscourse(data).map((d) => ({
      name: `newsdiscourse/${d.id}`,
      html: renderNewsDiscourse(d),
      url: `https://example.com/newsdiscourse/${encodeURIComponent(d.id)}`,
    })),
  ];
}

/**
 * A long real article: NewsDiscourse articles concatenated, in file order, until `words`
 * words (issue 7's 100,000-word case). Each source article's headline stays as a section
 * heading so the page reads like a long feature with sections.
 */
export function longArticle(words: number, data = DATA_DIR): { html: string; words: number } {
  const parts: string[] = [];
  let n = 0;
  for (const d of readNewsDiscourse(data)) {
    if (n >= words) break;
    parts.push(`<h2>${esc(d.headline)}</h2>`);
    const paragraphs: string[][] = [];
    for (const s of d.sentences) (paragraphs[s.paragraph] ??= []).push(s.text);
    for (const p of paragraphs.filter(Boolean)) {
      const text = p.join(' ');
      parts.push(`<p>${esc(text)}</p>`);
      n += text.split(/\s+/).filter(Boolean).length;
    }
  }
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A very long report</title></head>
<body><main><article><h1>A very long report</h1>
${parts.join('\n')}
</article></main></body></html>`;
  return { html, words: n };
}
