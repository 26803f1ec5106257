/**
 * The memory phase of `npm run bench:browser` (issue 7: "Outlining 200 pages one after
 * another in one browser session leaves the service worker's and the panel's heap without
 * growth (print heap before and after; a leak shows as growth per page)").
 *
 * One article tab walks through the served pages; the side panel (a tab pinned to the article
 * tab) outlines each one, driven from inside the panel (drive-panel.ts). After a warm-up that
 * fills the worker's outline cache, rounds of outlines; after each, the used JS heap of the
 * worker, the offscreen document and the panel after a forced GC, and the worker's and the
 * panel's heap snapshots split into compiled code, the browser's capped performance-entry
 * buffers and the rest (snapshot.ts): a leak of ours grows the rest. One row per round, the
 * first (cold) round beside the last, and the before / half way / after summary.
 * What it showed (27 Nov 2026, loaded machine): the worker's rise over 250 + 400 outlines
 * (4551 → 4606 → 4743 kB, +279 and +701 B/page) is compiled code (+381 and +664 B/page); the
 * rest moved −60 and +10 B/page (a second run, 250 + 200: code +572 and +314, rest −102 and
 * −21). Heap snapshots A, B, C of the worker after 60, 140 and 220
 * outlines (worker-snapshots.ts, survivors.ts): what was allocated between A and B and still
 * lived in C was 33 product functions' optimised code and its metadata (one each) and the
 * outline cache's two newest keys, nothing else. The code grows while V8 optimises functions
 * that run a few times per outline, slower and slower (`worker-snapshots.ts --series`: 1,134,
 * 473, 215 B/outline over outlines 50–200, 200–350, 350–500; the rest −6, +18, −3), and is
 * bounded by the bundle's functions. `--snapshots` also names what changed most.
 * Eighth session: it levels off only after ~800 outlines (606, 446, 556, 442, 197, 61 B/outline
 * over rounds of 150 from outline 60; the rest 0 ± 40). V8's trace (jit-trace.ts) shows the
 * worker's functions still reaching an optimising tier for the first time in every round of
 * 150 (outlines 360–510: 21 first Maglev compiles, among them segment, extract, buildOutline,
 * which run once per outline, and 7 first TurboFan ones), while no function of ours is
 * compiled anew per outline and kept. So a warm-up does not settle it, and the phase shows the
 * rounds instead of hiding the cold ones behind 250 warm-up outlines.
 */
import type { Launched } from '../../tests/e2e/harness';
import { openExtensionPage, tabIdOf } from '../../tests/e2e/harness';
import { outlineInPanel } from './drive-panel';
import { domCounters, offscreenHeap, pageHeap, workerHeap, type DomCounters } from './heap';
import { census, censusOfSnapshot, grown, split, type Census, type Split } from './snapshot';
import { attachTarget, isWorkerOf } from './target-session';
import { step } from './steps';

export interface MemoryOptions {
  browser: Launched;
  urls: string[];
  warm: number;
  /**
   * Rounds of outlines after the warm-up, each ending with the heaps after a forced GC and the
   * worker's and the panel's heap snapshots split by kind. Two rounds give the phase's before /
   * half way / after; more (`--rounds N --round-size M`) show whether compiled code levels off.
   */
  rounds: number;
  roundSize: number;
  snapshots: boolean;
  log(line: string): void;
}

interface Heaps {
  worker: number;
  /** The offscreen document, where extraction runs since the fifth session. */
  offscreen: number;
  panel: number;
}

/** The state after a round (or the warm-up): used heaps after a forced GC, and the splits. */
export interface MemoryPoint {
  /** Outlines since the panel opened, warm-up included. */
  outlines: number;
  heaps: Heaps;
  worker: Split;
  panel: Split;
  panelDom: DomCounters;
}

export interface Memory {
  runs: number;
  warm: number;
  pages: number;
  rounds: number;
  roundSize: number;
  before: Heaps;
  half: Heaps;
  after: Heaps;
  /** B/page over the first half, the second half, and all runs. */
  perPage: Record<keyof Heaps, [number, number, number]>;
  panelDom: { before: DomCounters; after: DomCounters };
  /** The panel's growth per page, split (snapshot.ts). */
  panelSplitPerPage: Split;
  /** The worker's growth per page over the first half, the second half and all runs, split. */
  workerSplitPerPage: [Split, Split, Split];
  /** After the warm-up, then after each round. */
  series: MemoryPoint[];
  /** `--snapshots`: what changed most in the worker. */
  workerGrew: string[];
  /** `--snapshots`: what changed most in the panel. */
  panelGrew: string[];
}

/** Outlines per bounded step (and per progress line). */
const CHUNK = 50;

/** Growth per outline from one census split to another. */
const splitRate = (a: Split, b: Split, n: number): Split => ({
  code: (b.code - a.code) / n,
  perfEntries: (b.perfEntries - a.perfEntries) / n,
  rest: (b.rest - a.rest) / n,
});

export async function memoryPhase({
  browser,
  urls,
  warm,
  rounds,
  roundSize,
  snapshots,
  log,
}: MemoryOptions): Promise<Memory> {
  const article = await browser.context.newPage();
  await step('memory: load the article', 30_000, () => article.goto(urls[0]));
  const tabId = await tabIdOf(browser, article);
  const panel = await step('memory: open the side panel', 30_000, () =>
    openExtensionPage(browser, 'sidepanel.html', tabId),
  );
  await step('memory: first outline in the side panel', 30_000, () =>
    panel.locator('.lede[aria-busy="false"] :is(main, [role=alert])').first().waitFor(),
  );
  const drive = { page: panel, tabId, urls };
  let done = 0;
  const outlines = async (n: number, tag: string) => {
    for (let k = 0; k < n; k += CHUNK) {
      const m = Math.min(CHUNK, n - k);
      await outlineInPanel(drive, done, m);
      done += m;
      log(`  memory: ${tag} ${k + m}/${n} outlines`);
    }
  };
  const heaps = async (): Promise<Heaps> => ({
    worker: await step('memory: service worker heap', 60_000, () =>
      workerHeap(browser.profileDir, browser.extensionId),
    ),
    offscreen: await step('memory: offscreen document heap', 60_000, () =>
      offscreenHeap(browser.profileDir, browser.extensionId),
    ),
    panel: await step('memory: side panel heap', 60_000, () => pageHeap(panel)),
  });
  const panelCensus = (): Promise<Census> =>
    step('memory: side panel heap snapshot', 180_000, () => census(panel));
  const workerCensus = (): Promise<Census> =>
    step('memory: service worker heap snapshot', 180_000, async () => {
      // A session per snapshot: a profiler kept enabled holds more in the heap (worker-snapshots.ts).
      const session = await attachTarget(browser.profileDir, isWorkerOf(browser.extensionId));
      try {
        return censusOfSnapshot((await session.snapshot()).json);
      } finally {
        session.close();
      }
    });
  // Only the first and last censuses are kept whole (for `--snapshots`); each point keeps its split.
  const kept: { first?: { worker: Census; panel: Census }; last?: { worker: Census; panel: Census } } = {};
  const point = async (): Promise<MemoryPoint> => {
    const h = await heaps();
    const panelDom = await domCounters(panel);
    const now = { panel: await panelCensus(), worker: await workerCensus() };
    kept.first ??= now;
    kept.last = now;
    return { outlines: done, heaps: h, worker: split(now.worker), panel: split(now.panel), panelDom };
  };

  await outlines(warm, 'warm-up');
  const series = [await point()];
  for (let r = 1; r <= rounds; r++) {
    await outlines(roundSize, `round ${r}/${rounds}`);
    series.push(await point());
    if (rounds > 1) log(seriesRow(series, r));
  }
  await panel.close();
  await article.close();

  const runs = rounds * roundSize;
  const mid = Math.floor(rounds / 2);
  const [p0, pm, pn] = [series[0], series[mid], series[rounds]];
  const [firstRuns, secondRuns] = [mid * roundSize, (rounds - mid) * roundSize];
  const rates = (k: keyof Heaps): [number, number, number] => [
    (pm.heaps[k] - p0.heaps[k]) / firstRuns,
    (pn.heaps[k] - pm.heaps[k]) / secondRuns,
    (pn.heaps[k] - p0.heaps[k]) / runs,
  ];
  return {
    runs,
    warm,
    pages: urls.length,
    rounds,
    roundSize,
    before: p0.heaps,
    half: pm.heaps,
    after: pn.heaps,
    perPage: { worker: rates('worker'), offscreen: rates('offscreen'), panel: rates('panel') },
    panelDom: { before: p0.panelDom, after: pn.panelDom },
    panelSplitPerPage: splitRate(p0.panel, pn.panel, runs),
    workerSplitPerPage: [
      splitRate(p0.worker, pm.worker, firstRuns),
      splitRate(pm.worker, pn.worker, secondRuns),
      splitRate(p0.worker, pn.worker, runs),
    ],
    series,
    panelGrew: snapshots && kept.first && kept.last ? grown(kept.first.panel, kept.last.panel) : [],
    workerGrew: snapshots && kept.first && kept.last ? grown(kept.first.worker, kept.last.worker) : [],
  };
}

const kB = (b: number) => `${(b / 1024).toFixed(0)} kB`.padStart(8);
const rate = (b: number) => b.toFixed(0).padStart(7);

const cells = (xs: (number | string)[], width: number) =>
  xs.map((x) => (typeof x === 'number' ? x.toFixed(0) : x).padStart(width)).join('');

/** The series table's head: one row per round, B/outline over that round. */
export const SERIES_HEAD = [
  `${' '.repeat(10)}${'  service worker'.padEnd(28)}${'  offscreen doc'.padEnd(16)}  side panel`,
  `  ${cells(['outlines'], 8)}${cells(['used kB'], 10)}${cells(['heap', 'code', 'rest'], 6)}${cells(['used kB'], 10)}${cells(['heap'], 6)}${cells(['used kB'], 10)}${cells(['heap', 'code', 'perf', 'rest'], 6)}   B/outline over the round`,
];

/** Round `r` of `series` (series[0] is the end of the warm-up): growth per outline over it. */
export function seriesRow(series: MemoryPoint[], r: number): string {
  const b = series[r];
  const used = (k: keyof Heaps) => (b.heaps[k] / 1024).toFixed(0).padStart(10);
  if (r === 0)
    return `  ${cells([b.outlines], 8)}${used('worker')}${' '.repeat(18)}${used('offscreen')}${' '.repeat(6)}${used('panel')}   (end of the warm-up)`;
  const a = series[r - 1];
  const n = b.outlines - a.outlines;
  const per = (x: number, y: number) => (y - x) / n;
  // The worker has no capped browser buffers: its performance entries count with the rest.
  const workerRest = (s: Split) => s.rest + s.perfEntries;
  return (
    `  ${cells([b.outlines], 8)}${used('worker')}` +
    cells(
      [
        per(a.heaps.worker, b.heaps.worker),
        per(a.worker.code, b.worker.code),
        per(workerRest(a.worker), workerRest(b.worker)),
      ],
      6,
    ) +
    used('offscreen') +
    cells([per(a.heaps.offscreen, b.heaps.offscreen)], 6) +
    used('panel') +
    cells(
      [
        per(a.heaps.panel, b.heaps.panel),
        per(a.panel.code, b.panel.code),
        per(a.panel.perfEntries, b.panel.perfEntries),
        per(a.panel.rest, b.panel.rest),
      ],
      6,
    )
  );
}

/**
 * The first round (the JIT still warming up: the cold figure) beside the last (what a reader
 * who has outlined many pages gets), B/outline: the growth the first shows is never hidden,
 * the second says whether it goes on.
 */
function coldAndLast(series: MemoryPoint[]): string[] {
  const [a0, a1, b0, b1] = [series[0], series[1], series.at(-2)!, series.at(-1)!];
  const per = (x: MemoryPoint, y: MemoryPoint, get: (p: MemoryPoint) => number) =>
    ((get(y) - get(x)) / (y.outlines - x.outlines)).toFixed(0);
  const both = (get: (p: MemoryPoint) => number) => `${per(a0, a1, get)} → ${per(b0, b1, get)}`;
  return [
    `  first round (outlines ${a0.outlines}–${a1.outlines}, cold) → last round (${b0.outlines}–${b1.outlines}), B/outline:`,
    `    service worker: heap ${both((p) => p.heaps.worker)}, compiled code ${both((p) => p.worker.code)}, the rest ${both((p) => p.worker.rest + p.worker.perfEntries)}`,
    `    offscreen doc:  heap ${both((p) => p.heaps.offscreen)}`,
    `    side panel:     heap ${both((p) => p.heaps.panel)}, compiled code ${both((p) => p.panel.code)}, the rest ${both((p) => p.panel.rest)}`,
  ];
}

/** The phase's figures as lines a reader can check against issue 7's "no growth". */
export function memoryReport(m: Memory): string[] {
  const row = (name: string, k: keyof Heaps) =>
    `  ${name.padEnd(15)}${kB(m.before[k])}  ${kB(m.half[k])}  ${kB(m.after[k])}   ${m.perPage[k].map(rate).join('   ')}`;
  const lines = [
    `memory: ${m.runs} outlines one after another (${m.pages} pages in turn) after ${m.warm} warm-up ones; used JS heap after a forced GC`,
    ...(m.rounds > 1
      ? [
          `  ${m.rounds} rounds of ${m.roundSize} outlines (after ${m.warm} warm-up ones), each ending with a forced GC and heap snapshots:`,
          ...SERIES_HEAD,
          ...m.series.map((_, r) => seriesRow(m.series, r)),
          ...coldAndLast(m.series),
          '',
        ]
      : []),
    `                   before  half way     after   B/page: 1st half  2nd half   all`,
    row('service worker', 'worker'),
    row('offscreen doc', 'offscreen'),
    row('side panel', 'panel'),
    `  side panel DOM: ${m.panelDom.before.nodes} → ${m.panelDom.after.nodes} nodes, ${m.panelDom.before.jsEventListeners} → ${m.panelDom.after.jsEventListeners} JS event listeners`,
  ];
  const s = m.panelSplitPerPage;
  lines.push(
    `  side panel growth by kind (heap snapshots before/after, B/page): compiled code ${s.code.toFixed(0)}, browser performance entries ${s.perfEntries.toFixed(0)}, the rest (JS objects, strings, DOM) ${s.rest.toFixed(0)}`,
  );
  if (m.panelGrew.length)
    lines.push('  what changed most (bytes, count, kind):', ...m.panelGrew.map((l) => `    ${l}`));
  const w = m.workerSplitPerPage;
  lines.push(
    `  service worker growth by kind (heap snapshots before/half way/after, B/page 1st half, 2nd half, all): compiled code ${w.map((x) => x.code.toFixed(0)).join(' / ')}, the rest (JS objects, strings) ${w.map((x) => x.rest.toFixed(0)).join(' / ')}`,
  );
  if (m.workerGrew.length)
    lines.push(
      '  what changed most in the worker (bytes, count, kind):',
      ...m.workerGrew.map((l) => `    ${l}`),
    );
  lines.push(
    '  How to read it: a leak of ours grows "the rest" (and the DOM counts) round after round. Compiled code grows while V8',
    "  optimises more of the functions, bounded by the bundle: the panel's stops after ~1,000 outlines (panel-heap.ts); the",
    "  worker's functions that run once per outline reach the optimising tiers last, after ~800 (jit-trace.ts). The",
    '  performance entries (long tasks, long animation frames) fill buffers Chromium caps at 150-200 entries each.',
  );
  return lines;
}
