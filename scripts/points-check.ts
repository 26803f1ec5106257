/**
 * `npx tsx scripts/points-check.ts [--json] [--set validation|train]`
 * Measures key-point selection (issue 4) on labelled data, two ways:
 *  - NewsDiscourse (../shared/data/newsdiscourse): point role precision per role (share of the
 *    points shown under a role whose source sentence carries that gold role) and gist precision
 *    (share of articles whose gist sentence is gold `Main`); once with the GOLD roles given as
 *    the segmentation (is selection itself sound?) and once with the real `segment()`.
 *  - ja-news (paragraph labels): the same with the gold role of the point's paragraph, and a
 *    gist counted right when its paragraph is gold `result`.
 * Prints figures; asserts nothing. `npm run eval` (scripts/eval.ts) reports the same figures.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { pickPoints } from '../lib/points';
import { splitSentences } from '../lib/text/sentences';
import { segment, type Segmentation } from '../lib/segment';
import type { FineLabel } from '../lib/segment/labels';
import { extractFromHtml, readHtmlFile } from '../lib/node/load';
import { ROLES, type Article, type ChosenPoint, type Role, type UnitRole } from '../lib/types';

let debug = false;
export const DATA = resolve(import.meta.dirname, '../../shared/data');

interface NdSentence {
  text: string;
  paragraph: number;
  label: string;
  role: UnitRole;
}
interface NdDoc {
  id: string;
  headline: string;
  sentences: NdSentence[];
}

/** An Article from a NewsDiscourse document: a paragraph is its sentences joined by a space. */
export function ndArticle(doc: NdDoc): { article: Article; gold: Segmentation; labels: string[] } {
  const byPara = new Map<number, NdSentence[]>();
  for (const s of doc.sentences) byPara.set(s.paragraph, [...(byPara.get(s.paragraph) ?? []), s]);
  const paras = [...byPara.keys()].sort((a, b) => a - b);
  const gold: Segmentation = { paragraphs: [], sentences: [] };
  const labels: string[] = [];
  const paragraphs = paras.map((k, i) => {
    let start = 0;
    const chars = new Map<UnitRole, number>();
    for (const s of byPara.get(k)!) {
      gold.sentences.push({
        paragraph: i,
        text: s.text,
        start,
        role: s.role,
        label: s.label as FineLabel,
        confidence: 1,
      });
      labels.push(s.label);
      chars.set(s.role, (chars.get(s.role) ?? 0) + s.text.length);
      start += s.text.length + 1;
    }
    gold.paragraphs.push([...chars].sort((a, b) => b[1] - a[1])[0][0]);
    return {
      id: `p${i}`,
      text: byPara
        .get(k)!
        .map((s) => s.text)
        .join(' '),
      heading: null,
      tag: 'p',
      domIndex: -1,
    };
  });
  const article: Article = {
    url: `https://example.org/${doc.id}`,
    title: doc.headline,
    byline: null,
    siteName: null,
    lang: 'en',
    publishedTime: null,
    paragraphs,
    headings: [],
    readerable: true,
  };
  return { article, gold, labels };
}

/** The gold sentence a point's source sentence overlaps most (real splitting may differ). */
function goldIndex(p: ChosenPoint, article: Article, gold: Segmentation): number {
  const pi = Number(p.paragraphIds[0].slice(1));
  const at = article.paragraphs[pi].text.indexOf(p.sentence);
  const end = at + p.sentence.length;
  let best = -1;
  let bestOverlap = 0;
  gold.sentences.forEach((s, i) => {
    if (s.paragraph !== pi) return;
    const overlap = Math.min(end, s.start + s.text.length) - Math.max(at, s.start);
    if (overlap > bestOverlap) [best, bestOverlap] = [i, overlap];
  });
  return best;
}

type Tally = Record<Role, { right: number; shown: number }> & {
  gist: { right: number; shown: number; articles: number };
};
const tally = (): Tally =>
  Object.fromEntries(
    [...ROLES, 'gist'].map((r) => [r, { right: 0, shown: 0, articles: 0 }]),
  ) as unknown as Tally;

function figures(t: Tally) {
  const share = (x: { right: number; shown: number }) => (x.shown ? +(x.right / x.shown).toFixed(3) : null);
  return {
    ...Object.fromEntries(ROLES.map((r) => [r, { precision: share(t[r]), points: t[r].shown }])),
    gist: {
      precision: t.gist.articles ? +(t.gist.right / t.gist.articles).toFixed(3) : null,
      articles: t.gist.articles,
    },
  };
}

function newsDiscourse(set: string, useGold: boolean, length: 'brief' | 'standard' | 'detailed') {
  const t = tally();
  const lines = readFileSync(`${DATA}/newsdiscourse/${set}.jsonl`, 'utf8').trim().split('\n');
  for (const line of lines) {
    const { article, gold, labels } = ndArticle(JSON.parse(line));
    const seg = useGold ? gold : segment(article);
    const { gist, sections } = pickPoints(article, seg, length);
    for (const s of sections)
      for (const p of s.points) {
        const g = goldIndex(p, article, gold);
        t[s.role].shown++;
        if (g >= 0 && gold.sentences[g].role === s.role) t[s.role].right++;
      }
    t.gist.articles++;
    const g = gist ? goldIndex(gist, article, gold) : -1;
    if (gist) t.gist.shown++;
    if (g >= 0 && labels[g] === 'Main') t.gist.right++;
    else if (debug) {
      const main = gold.sentences.find((_, i) => labels[i] === 'Main');
      console.error(
        `gist ${useGold ? 'gold' : 'segment'} ${labels[g] ?? 'none'}: ${gist?.sentence.slice(0, 90)}\n  Main: ${main?.text.slice(0, 90)}`,
      );
    }
  }
  return figures(t);
}

interface JaLabels {
  sections: { paragraphs: { i: number; key: string; role: UnitRole; also?: UnitRole }[] }[];
}

function jaNews(length: 'brief' | 'standard' | 'detailed', useGold: boolean) {
  const labels = JSON.parse(readFileSync(`${DATA}/ja-news/labels.json`, 'utf8')) as Record<string, JaLabels>;
  const t = tally();
  for (const [file, l] of Object.entries(labels)) {
    if (file.startsWith('_')) continue;
    const html = readHtmlFile(`${DATA}/ja-news/pages/${file}`);
    const article = extractFromHtml(html, `https://example.org/${file}`);
    const key = (s: string) => s.replace(/\s+/g, ' ').trim().slice(0, 20);
    const roleOf = new Map<string, UnitRole>();
    for (const s of l.sections) for (const p of s.paragraphs) roleOf.set(p.key, p.role);
    const goldRole = (p: ChosenPoint) =>
      roleOf.get(key(article.paragraphs[Number(p.paragraphIds[0].slice(1))].text));
    // Gold: every sentence takes its paragraph's label; unlabelled paragraphs are `other`.
    const goldSeg = (): Segmentation => {
      const paragraphs = article.paragraphs.map((p) => roleOf.get(key(p.text)) ?? 'other');
      const sentences = article.paragraphs.flatMap((p, i) =>
        splitSentences(p.text, 'ja').map((x) => ({
          paragraph: i,
          text: x.text,
          start: x.start,
          role: paragraphs[i],
          label: (paragraphs[i] === 'result' ? 'Main' : 'NA') as FineLabel,
          confidence: 1,
        })),
      );
      return { paragraphs, sentences };
    };
    const { gist, sections } = pickPoints(article, useGold ? goldSeg() : segment(article), length);
    for (const s of sections)
      for (const p of s.points) {
        t[s.role].shown++;
        if (goldRole(p) === s.role) t[s.role].right++;
      }
    t.gist.articles++;
    if (gist && goldRole(gist) === 'result') t.gist.right++;
  }
  return figures(t);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({
    options: {
      json: { type: 'boolean', default: false },
      set: { type: 'string', default: 'validation' },
      length: { type: 'string', default: 'standard' },
      debug: { type: 'boolean', default: false },
    },
  });
  debug = values.debug!;
  const length = values.length as 'brief' | 'standard' | 'detailed';
  const out = {
    newsdiscourse: {
      gold: newsDiscourse(values.set!, true, length),
      segment: newsDiscourse(values.set!, false, length),
    },
    jaNews: { gold: jaNews(length, true), segment: jaNews(length, false) },
  };
  if (values.json) process.stdout.write(JSON.stringify(out) + '\n');
  else {
    const row = (name: string, f: ReturnType<typeof figures>) =>
      `${name.padEnd(28)} ${ROLES.map((r) => {
        const x = (f as Record<string, { precision: number | null; points?: number }>)[r];
        return `${r} ${x.precision ?? '-'} (${x.points})`;
      }).join('  ')}  gist ${f.gist.precision}`;
    console.log(`point role precision, length ${length}`);
    console.log(row(`newsdiscourse/${values.set} gold`, out.newsdiscourse.gold));
    console.log(row(`newsdiscourse/${values.set} segment`, out.newsdiscourse.segment));
    console.log(row('ja-news gold', out.jaNews.gold));
    console.log(row('ja-news segment', out.jaNews.segment));
  }
}
