import { readFileSync } from 'node:fs';
import { parseJsonl, toArticle } from './lib/eval/newsdiscourse';
import { segment } from './lib/segment';
import { pickPoints } from './lib/points';
const docs = parseJsonl(readFileSync('../shared/data/newsdiscourse/validation.jsonl','utf8')).map(toArticle);
const segs = docs.map(d => segment(d.article));
const t0 = performance.now();
for (let r = 0; r < 200; r++) docs.forEach((d, i) => pickPoints(d.article, segs[i], 'standard'));
console.log(((performance.now() - t0) / 200 / docs.length).toFixed(4), 'ms per call');
