/**
 * Makes the sample article page from ../shared/seed (the Japanese analysis piece that started
 * the project), text kept as it is: the author's name becomes the byline, the profile and
 * disclaimers stay as paragraphs (the outline must label them `other`), short lines without
 * a full stop are the section headings. Writes tests/fixtures/seed/source.html and a copy
 * without headings (tests/fixtures/seed-noheadings/source.html). The title is the project's.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { isHeadingLine as isHeading } from '../lib/text/article';

const dir = new URL('../../shared/seed/', import.meta.url);
const file = readdirSync(dir).find((f) => f.endsWith('.txt'))!;
const lines = readFileSync(new URL(file, dir), 'utf8')
  .split('\n')
  .map((l) => l.trim())
  .filter(Boolean);
const [author, ...rest] = lines;
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const TITLE = 'アラスカ米露首脳会談、ウクライナ停戦に進展なし';

function page(withHeadings: boolean): string {
  const body = rest
    .filter((l) => withHeadings || !isHeading(l))
    .map((l) => (isHeading(l) ? `<h2>${esc(l)}</h2>` : `<p>${esc(l)}</p>`))
    .join('\n');
  return `<!doctype html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>${TITLE}</title>
<meta name="author" content="${esc(author)}">
<meta property="og:site_name" content="Lede sample">
<meta property="article:published_time" content="2025-08-20T09:00:00+09:00">
</head>
<body>
<header><nav><a href="/">Lede sample</a></nav></header>
<main>
<article>
<h1>${TITLE}</h1>
<p class="byline">${esc(author)}</p>
${body}
</article>
</main>
<footer><p>Lede sample page made from ../shared/seed for tests.</p></footer>
</body>
</html>
`;
}

const out = new URL('../tests/fixtures/', import.meta.url);
writeFileSync(new URL('seed/source.html', out), page(true));
writeFileSync(new URL('seed-noheadings/source.html', out), page(false));
