import { readFileSync } from 'node:fs';
import { parseJsonl, toArticle } from './lib/eval/newsdiscourse';
import { segment } from './lib/segment';
import { pickPoints } from './lib/points';
import { extractFromHtml } from './lib/node/load';
const docs = parseJsonl(readFileSync('../shared/data/newsdiscourse/validation.jsonl','utf8')).map(toArticle);
// warm
for (let r = 0; r < 5; r++) for (const d of docs) { const s = segment(d.article); pickPoints(d.article, s, 'standard'); }
const xs: number[] = [], ys: number[] = [], ps: number[] = [];
for (const d of docs) {
  const n = d.gold.length;
  let t0 = performance.now(); let s: any;
  for (let r = 0; r < 20; r++) s = segment(d.article);
  const t1 = performance.now();
  for (let r = 0; r < 20; r++) pickPoints(d.article, s, 'standard');
  const t2 = performance.now();
  xs.push(n); ys.push((t1 - t0) / 20); ps.push((t2 - t1) / 20);
}
const fit = (ys: number[]) => { const mx = xs.reduce((a,b)=>a+b)/xs.length, my = ys.reduce((a,b)=>a+b)/ys.length; let sxy=0,sxx=0; xs.forEach((x,i)=>{sxy+=(x-mx)*(ys[i]-my); sxx+=(x-mx)**2}); const b=sxy/sxx; return [my-b*mx, b]; };
console.log('segment intercept ms, per sentence ms', fit(ys).map(v=>v.toFixed(4)));
console.log('points intercept ms, per sentence ms', fit(ps).map(v=>v.toFixed(4)));
const med = (a: number[]) => [...a].sort((x,y)=>x-y)[a.length>>1];
console.log('median n', med(xs), 'segment', med(ys).toFixed(3), 'points', med(ps).toFixed(3));
