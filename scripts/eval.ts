/**
 * `npm run eval -- --newsdiscourse FILE.jsonl [--json] [--model FILE]`
 * `npm run eval -- --ja DIR [--json] [--model FILE]`
 * `--without transfer,lexicon,position,headings,sequence` switches evidence families off
 * (lib/segment/index.ts SegmenterConfig), to measure what each adds.
 * Role segmentation figures (issue 3) and point figures (issue 4). NewsDiscourse: sentence
 * level, the gold sentence split; macro-F1 over the four roles (five-class confusion, `other`
 * counted but not averaged) and over the nine fine labels. ja-news: paragraph level, labels
 * matched by key; a labelled paragraph the extraction dropped counts as predicted `other`.
 * Also prints the median time to segment a 100-paragraph article. With --json the last line of
 * stdout is one JSON object.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { availableParallelism, loadavg } from 'node:os';
import { accuracy, confusion, formatConfusion, macroF1, perClass, type Confusion } from '../lib/eval/metrics';
import { parseJsonl, toArticle } from '../lib/eval/newsdiscourse';
import {
  hasHeadings,
  labelledPages,
  matchParagraphs,
  sectionRole,
  type LabelsFile,
} from '../lib/eval/janews';
import { coveredGold, emptyTally, pointFigures, tallyPoints, type PointTally } from '../lib/eval/points';
import { extractFromHtml, readHtmlFile } from '../lib/node/load';
import { pickPoints } from '../lib/points';
import { createSegmenter, FULL_CONFIG, segment, type Segmenter } from '../lib/segment';
import { FINE_LABELS } from '../lib/segment/labels';
import type { ModelFile } from '../lib/segment/model';
import { ROLES, type Article, type UnitRole } from '../lib/types';

const { values } = parseArgs({
  options: {
    newsdiscourse: { type: 'string' },
    ja: { type: 'string' },
    json: { type: 'boolean', default: false },
    model: { type: 'string' },
    without: { type: 'string', default: '' },
  },
});

const ROLE_CLASSES = [...ROLES, 'other'];
const without = values.without!.split(',').filter(Boolean);
for (const w of without) if (!(w in FULL_CONFIG)) throw new Error(`--without: unknown family ${w}`);
const seg: Segmenter =
  values.model || without.length
    ? createSegmenter(JSON.parse(readFileSync(values.model ?? 'models/segment.json', 'utf8')) as ModelFile, {
        ...FULL_CONFIG,
        ...Object.fromEntries(without.map((w) => [w, false])),
      })
    : segment;
const out: string[] = [];
const say = (s = '') => out.push(s);
const pct = (x: number | null) => (x === null ? '  n/a' : (100 * x).toFixed(1).padStart(5));

function classTable(c: Confusion, title: string) {
  say(title);
  say(`${'class'.padEnd(34)}  prec  recall   F1   support`);
  for (const [l, s] of Object.entries(perClass(c)))
    say(
      `${l.padEnd(34)} ${pct(s.precision)}  ${pct(s.recall)}  ${pct(s.f1)}  ${String(s.support).padStart(5)}`,
    );
}

function perClassJson(c: Confusion) {
  return Object.fromEntries(
    Object.entries(perClass(c)).map(([l, s]) => [
      l,
      { precision: s.precision, recall: s.recall, f1: s.f1, support: s.support },
    ]),
  );
}

function pointsReport(t: PointTally) {
  const f = pointFigures(t);
  say(
    `points: role precision ${ROLES.map((r) => `${r} ${pct(f.precision[r])} (n=${f.shown[r]})`).join(', ')}; gist precision ${pct(f.gistPrecision)} (n=${f.gists})`,
  );
  // Coverage (issue 4): precision must not be bought by showing nothing.
  say(
    `points coverage: ${ROLES.map((r) => `${r} ${f.perArticle[r]?.toFixed(2)} per article, in ${pct(f.coverage[r])}% of articles (gold has it in ${pct(f.goldCoverage[r])}%)`).join(', ')}`,
  );
  return f;
}

/** Median time to segment a 100-paragraph article built from the evaluated documents. */
function timing(articles: Article[]) {
  const paragraphs = articles.flatMap((a) => a.paragraphs).slice(0, 100);
  if (!paragraphs.length) return null; // every page skipped or empty: nothing to time
  const big: Article = {
    ...articles[0],
    paragraphs: paragraphs.map((p, i) => ({ ...p, id: `p${i}` })),
    headings: [],
  };
  for (let i = 0; i < 5; i++) seg(big);
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < 40; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    seg(big);
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[xs.length >> 1];
  const medianMs = median(wall);
  const cpuMs = median(cpu);
  // Wall time on a shared machine includes waiting for a core; the load average says how busy it was.
  say(
    `timing: segment() on a ${big.paragraphs.length}-paragraph article (${big.lang}): median ${medianMs.toFixed(2)} ms wall, ${cpuMs.toFixed(2)} ms CPU (budget 5 ms; load average ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores)`,
  );
  return { paragraphs: big.paragraphs.length, medianMs, cpuMs };
}

function newsdiscourse(file: string) {
  const docs = parseJsonl(readFileSync(file, 'utf8')).map(toArticle);
  const goldFine: string[] = [];
  const predFine: string[] = [];
  const goldRole: string[] = [];
  const predRole: string[] = [];
  const tally = emptyTally();
  for (const d of docs) {
    const s = seg(d.article, { sentences: d.sentences });
    s.sentences.forEach((u, i) => {
      goldFine.push(d.gold[i].label);
      predFine.push(u.label);
      goldRole.push(d.gold[i].role);
      predRole.push(u.role);
    });
    const { gist, sections } = pickPoints(d.article, s, 'standard');
    tallyPoints(
      tally,
      sections,
      gist,
      (p) => {
        const pi = Number(p.paragraphIds[0]?.slice(1));
        return coveredGold(s.sentences, pi, d.article.paragraphs[pi]?.text ?? '', p.sentence, (k) => ({
          role: d.gold[k].role,
          main: d.gold[k].label === 'Main',
        }));
      },
      d.gold.map((g) => g.role),
    );
  }
  const fine = confusion(goldFine, predFine, [...FINE_LABELS]);
  const roles = confusion(goldRole, predRole, ROLE_CLASSES);
  say(`NewsDiscourse ${file}: ${docs.length} documents, ${goldFine.length} sentences`);
  say(`macro-F1 four roles: ${pct(macroF1(roles, ROLES))}   (floor 62.0)`);
  say(`macro-F1 nine labels: ${pct(macroF1(fine))}   (floor 50.0)`);
  say(`accuracy (roles): ${pct(accuracy(roles))}`);
  say();
  classTable(roles, 'roles');
  say();
  classTable(fine, 'fine labels');
  say();
  say(formatConfusion(roles));
  say();
  say(formatConfusion(fine));
  say();
  const points = pointsReport(tally);
  const time = timing(docs.map((d) => d.article));
  return {
    macroF1Roles: macroF1(roles, ROLES),
    macroF1Fine: macroF1(fine),
    accuracy: accuracy(roles),
    perClass: perClassJson(roles),
    perClassFine: perClassJson(fine),
    confusion: roles,
    confusionFine: fine,
    documents: docs.length,
    units: goldFine.length,
    points,
    timing: time,
  };
}

interface JaAcc {
  gold: UnitRole[];
  pred: UnitRole[];
  sections: number;
  sectionsRight: number;
  sectionsStrict: number;
  documents: number;
}

function ja(dir: string) {
  const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as LabelsFile;
  const acc = { headed: newAcc(), plain: newAcc() };
  const tally = emptyTally();
  const articles: Article[] = [];
  const pages: string[] = [];
  // A held-out copy may hold pages without labels, labels without a page, and pages the
  // extractor cannot read (an empty file threw): each is skipped and said, not a crash.
  const skipped: string[] = [];
  const withLabels = labelledPages(labels);
  const named = new Set(withLabels.map(([name]) => name));
  const pagesDir = join(dir, 'pages');
  for (const f of existsSync(pagesDir) ? readdirSync(pagesDir).sort() : [])
    if (!named.has(f)) skipped.push(`${f}: no labels`);
  for (const [name, page] of withLabels) {
    const path = join(pagesDir, name);
    let article: Article;
    try {
      article = extractFromHtml(readHtmlFile(path), pathToFileURL(resolve(path)).href);
    } catch (e) {
      skipped.push(
        `${name}: ${existsSync(path) ? `not extracted (${(e as Error).message})` : 'no page file'}`,
      );
      continue;
    }
    articles.push(article);
    const segmentation = seg(article);
    const roles = segmentation.paragraphs;
    const outline = pickPoints(article, segmentation, 'standard');
    const match = matchParagraphs(article, page);
    const labelled = page.sections.flatMap((s) => s.paragraphs);
    const a = hasHeadings(page) ? acc.headed : acc.plain;
    a.documents++;
    const predOf = (k: number): UnitRole => (match[k] >= 0 ? roles[match[k]] : 'other');
    labelled.forEach((lp, k) => {
      a.gold.push(lp.role);
      a.pred.push(predOf(k));
    });
    let k = 0;
    let wrong = 0;
    for (const s of page.sections) {
      const idx = s.paragraphs.map(() => k++);
      if (!s.heading_tag) continue;
      const chars = idx.map((j) => (match[j] >= 0 ? article.paragraphs[match[j]].text.length : 0));
      const r = sectionRole(idx.map(predOf), chars);
      a.sections++;
      if (s.acceptable_roles.includes(r) || r === s.role) a.sectionsRight++;
      else wrong++;
      if (r === s.role) a.sectionsStrict++;
    }
    const goldAt = new Map<number, UnitRole>();
    labelled.forEach((lp, j) => match[j] >= 0 && goldAt.set(match[j], lp.role));
    // Paragraph labels: a span point lies in one paragraph (lib/points/spans.ts), so its gold is
    // its paragraph's, as a one-sentence point's.
    tallyPoints(
      tally,
      outline.sections,
      outline.gist,
      (p) => {
        const role = goldAt.get(Number(p.paragraphIds[0]?.slice(1)));
        return role ? { role, main: role === 'result' } : null;
      },
      labelled.map((lp) => lp.role),
    );
    const right = labelled.filter((lp, j) => lp.role === predOf(j)).length;
    pages.push(
      `${name.padEnd(44)} ${String(right).padStart(3)}/${String(labelled.length).padEnd(3)} paragraphs right${wrong ? `, ${wrong} section(s) wrong` : ''}`,
    );
  }
  const report = (a: JaAcc, title: string) => {
    const c = confusion(a.gold, a.pred, ROLE_CLASSES);
    const other = perClass(c).other;
    const figures = {
      macroF1Roles: macroF1(c, ROLES),
      accuracy: accuracy(c, ROLES),
      otherPrecision: other.precision,
      otherRecall: other.recall,
      sectionAccuracy: a.sections ? a.sectionsRight / a.sections : null,
      sectionAccuracyStrict: a.sections ? a.sectionsStrict / a.sections : null,
      sections: a.sections,
      documents: a.documents,
      units: a.gold.length,
      perClass: perClassJson(c),
      confusion: c,
    };
    say(`${title}: ${a.documents} documents, ${a.gold.length} labelled paragraphs`);
    say(
      `  macro-F1 four roles ${pct(figures.macroF1Roles)} (floor 60.0); accuracy over role paragraphs ${pct(figures.accuracy)} (floor 75.0)`,
    );
    say(`  other: precision ${pct(other.precision)} (floor 90.0), recall ${pct(other.recall)} (floor 80.0)`);
    if (a.sections)
      say(
        `  headed sections right ${pct(figures.sectionAccuracy)} (floor 85.0; strict ${pct(figures.sectionAccuracyStrict)}) of ${a.sections}`,
      );
    return figures;
  };
  say(`ja-news ${dir}`);
  for (const p of pages) say(`  ${p}`);
  for (const s of skipped) say(`  skipped ${s}`);
  say();
  const all: JaAcc = {
    gold: [...acc.headed.gold, ...acc.plain.gold],
    pred: [...acc.headed.pred, ...acc.plain.pred],
    sections: acc.headed.sections + acc.plain.sections,
    sectionsRight: acc.headed.sectionsRight + acc.plain.sectionsRight,
    sectionsStrict: acc.headed.sectionsStrict + acc.plain.sectionsStrict,
    documents: acc.headed.documents + acc.plain.documents,
  };
  const total = report(all, 'all pages');
  const headed = report(acc.headed, 'pages with headings');
  const plain = report(acc.plain, 'pages without headings');
  say();
  classTable(total.confusion, 'roles (all pages)');
  say();
  say(formatConfusion(total.confusion));
  say();
  const points = pointsReport(tally);
  const time = timing(articles);
  return { ...total, withHeadings: headed, withoutHeadings: plain, points, timing: time };

  function newAcc(): JaAcc {
    return { gold: [], pred: [], sections: 0, sectionsRight: 0, sectionsStrict: 0, documents: 0 };
  }
}

function main(): number {
  let result: object;
  if (values.newsdiscourse) result = newsdiscourse(values.newsdiscourse);
  else if (values.ja) result = ja(values.ja);
  else {
    process.stderr.write(
      'usage: npm run eval -- --newsdiscourse FILE.jsonl | --ja DIR [--json] [--model FILE]\n',
    );
    return 2;
  }
  process.stdout.write(out.join('\n') + '\n');
  if (values.json) process.stdout.write(JSON.stringify(result) + '\n');
  return 0;
}

process.exitCode = main();
