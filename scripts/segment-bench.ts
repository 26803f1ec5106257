/**
 * `npx tsx scripts/segment-bench.ts [FILE.html…]`
 * Median time of segment() on a 100-paragraph article (issue 3: ≤ 5 ms in Node), in English
 * (NewsDiscourse validation paragraphs) and Japanese (ja-news pages, or the given pages).
 * Prints wall and CPU time: on a shared machine wall time includes waiting for a core.
 * `npm run bench` prints the same figures after its stages.
 */
import { hundredParagraphArticles, medianMs } from './hundred-paragraphs';

const { en, ja } = hundredParagraphArticles(process.argv.slice(2));
for (const [name, a] of [
  ['en', en],
  ['ja', ja],
] as const) {
  const t = medianMs(a);
  console.log(
    `segment() ${name}, ${a.paragraphs.length} paragraphs: median ${t.wall.toFixed(2)} ms wall, ${t.cpu.toFixed(2)} ms CPU`,
  );
}
