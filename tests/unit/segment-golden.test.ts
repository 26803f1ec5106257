/**
 * Golden roles (issue 3, "golden outlines for a few real articles in each language"): the seed
 * page in Japanese with and without headings, and NewsDiscourse validation articles in English
 * (their gold sentence split, so extraction changes cannot move them). A change of role shows
 * up here as a diff to review; regenerate every golden with `npm run golden` after checking `npm run eval` did not get worse.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseJsonl, toArticle } from '../../lib/eval/newsdiscourse';
import { extractFromHtml, readHtmlFile } from '../../lib/node/load';
import { segment, type Segmentation } from '../../lib/segment';
import type { Article } from '../../lib/types';

const DIR = 'tests/fixtures/golden-segment';
const nd = parseJsonl(readFileSync('../shared/data/newsdiscourse/validation.jsonl', 'utf8'));

const cases: [string, () => { article: Article; seg: Segmentation }][] = [
  ...['seed', 'seed-noheadings'].map((name): [string, () => { article: Article; seg: Segmentation }] => [
    name,
    () => {
      const article = extractFromHtml(
        readHtmlFile(`tests/fixtures/${name}/source.html`),
        `https://example.com/${name}`,
      );
      return { article, seg: segment(article) };
    },
  ]),
  ...[0, 1, 2].map((i): [string, () => { article: Article; seg: Segmentation }] => [
    `newsdiscourse-${nd[i].id.replace(/\W+/g, '-')}`,
    () => {
      const d = toArticle(nd[i]);
      return { article: d.article, seg: segment(d.article, { sentences: d.sentences }) };
    },
  ]),
];

/** One line per paragraph and per sentence: readable diffs. */
function render({ article, seg }: { article: Article; seg: Segmentation }): string {
  const lines = [`# ${article.title}`];
  article.paragraphs.forEach((p, i) => {
    lines.push(`${seg.paragraphs[i]}\t${p.text.slice(0, 40)}`);
    for (const s of seg.sentences.filter((u) => u.paragraph === i))
      lines.push(`  ${s.label}\t${s.text.slice(0, 40)}`);
  });
  return lines.join('\n') + '\n';
}

describe('golden roles', () => {
  it.each(cases)('%s', (name, run) => {
    const file = `${DIR}/${name}.txt`;
    const got = render(run());
    if (process.env.UPDATE_GOLDEN) {
      mkdirSync(DIR, { recursive: true });
      writeFileSync(file, got);
    }
    expect(got).toBe(readFileSync(file, 'utf8'));
  });
});
