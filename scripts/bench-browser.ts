/**
 * `npm run bench:browser [-- --json] [--pages N | --page PART [--repeat N]] [--memory N] [--warm N] [--rounds N --round-size M] [--only timing|ahead|memory] [--snapshots] [--js-flags "<V8 flags>"]` (issue 7): real
 * Chromium with the built extension, 30 served real pages. For each: the real toolbar popup
 * opened for the tab by the `toolbarClick` message, which stands for the click (the worker starts
 * reading the page and opens the popup, as on a real click; tests/e2e/harness.ts clickToolbar)
 * (bench-browser/toolbar-popup.ts), timed from the popup's navigation start to its
 * `lede:outline-ready` mark (an outline on screen, components/marks.ts) and split into page
 * start, message round trip and paint (bench-browser/popup.ts), and from the worker's call;
 * the same again answered from the caches; the first open with "Have the outline ready before
 * I click" on (bench-browser/ahead.ts; `--only ahead` alone); popup.html opened as a tab, as a labelled extra; Lede's time on the page
 * (the content script's `lede:capture` measure: since extraction moved off the page, its whole
 * work there) and the longest main-thread task during it (bench-browser/longtasks.ts); the
 * extraction itself, off the page (the worker's `lede:extract`: the round trip to the offscreen
 * document). Then memory (bench-browser/memory.ts): N outlines one after
 * another in one session, heap of the service worker and of the side panel before, half way
 * and after, each after a forced GC, and the panel's growth split by kind. Every step is bounded and named (bench-browser/steps.ts): a
 * phase that fails says which step, and the other figures are still printed.
 * Prints figures; asserts nothing (timing never lives in tests).
 */
import { launch, serve, tabIdOf } from '../tests/e2e/harness';
import { blankPopupReference, type BlankPopup } from './bench-browser/blank-popup';
import { benchPages, focusPages } from './bench-browser/pages';
import { largePage } from './bench-browser/large-page';
import { longestGap, readInPage, watchLongTasks } from './bench-browser/longtasks';
import { memoryPhase, memoryReport, type Memory } from './bench-browser/memory';
import { OFFSCREEN_MEASURES, offscreenMeasures } from './bench-browser/offscreen-measures';
import { PARTS, popupTiming, type PopupTiming } from './bench-browser/popup';
import { step } from './bench-browser/steps';
import { painted, toolbarDriver, type ToolbarTiming } from './bench-browser/toolbar-popup';
import { aheadPhase, type AheadRun } from './bench-browser/ahead';

const args = process.argv.slice(2);
const flag = (name: string, fallback: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const asJson = args.includes('--json');
const PAGES = flag('--pages', 30);
/** Outlines after the warm-up, in `--rounds` rounds (below). */
const MEMORY_RUNS = flag('--memory', 400);
/**
 * Outlines before the first heap: more than the worker's outline cache holds (50,
 * entrypoints/background.ts), a bounded store filling up by design. No longer: V8 goes on
 * optimising the worker's functions for ~800 outlines (those that run once per outline
 * reach its optimising tiers last; bench-browser/jit-trace.ts), so no warm-up the bench can
 * afford settles the compiled code, and a long one only hid the cold growth (250 until the
 * eighth session). The rounds show it instead, split into compiled code and the rest.
 */
const WARM_RUNS = flag('--warm', 60);
/**
 * `--rounds N --round-size M`: N rounds of M outlines after the warm-up, a row each (heaps, and
 * compiled code vs the rest from heap snapshots), the first (cold) beside the last. Default:
 * four rounds of `--memory`/4; `--rounds 2` gives the old before / half way / after alone.
 */
const ROUNDS = flag('--rounds', 4);
const ROUND_SIZE = flag('--round-size', Math.ceil(MEMORY_RUNS / ROUNDS));
const STEP_MS = 30_000;
/** `--only timing` or `--only memory`: one phase (the memory phase alone takes minutes). */
const snapshots = args.includes('--snapshots');
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : null;
/**
 * `--js-flags "<V8 flags>"`: V8 switches for the whole browser, for control runs, e.g. the memory
 * phase with the optimising compilers off (`--no-maglev --no-turbofan`): whether the worker's
 * growth is V8 compiling our code or something we keep (ninth session).
 */
const jsFlags = args.includes('--js-flags') ? args[args.indexOf('--js-flags') + 1] : null;

/**
 * `--page <part> [--repeat N]`: one page looked at closely: the pages whose file name holds
 * `part`, N times each (default 5), after the first page, which takes the browser's cold start.
 */
const pagePart = args.includes('--page') ? args[args.indexOf('--page') + 1] : null;
const files = pagePart ? focusPages(pagePart, flag('--repeat', 5)) : benchPages(PAGES);

const large = largePage();
const routes = {
  ...Object.fromEntries(files.map((f, i) => [`/p${i}.html`, f])),
  '/large.html': () => ({ body: large.html }),
};
const server = await serve(routes);
const browser = await launch(jsFlags ? { args: [`--js-flags=${jsFlags}`] } : {});
if (jsFlags) console.log(`V8 flags for this run: ${jsFlags}`);
// The saved pages name ad, font and analytics hosts this closed network never answers; each
// could hold a page's `load` for seconds. Only the served pages load.
await browser.context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort());
const log = (s: string) => !asJson && console.log(s);

// ---- Timing: first open, cached re-open, extraction and long tasks in the page ----
// The real toolbar popup (bench-browser/toolbar-popup.ts), opened by the `toolbarClick` message,
// which stands for the click. popup.html opened as a tab (bench-browser/popup.ts,
// how the bench measured until the seventh session) is printed as a labelled extra: a tab starts
// on about:blank in another renderer and swaps into the extension's, which a popup does not.
const first: ToolbarTiming[] = [];
const cached: ToolbarTiming[] = [];
const tabFirst: PopupTiming[] = [];
const tabCached: PopupTiming[] = [];
const inPage: number[] = [];
const offPage: number[] = [];
const longest: number[] = [];
const stretches: number[] = [];
const longestAfter: number[] = [];
const pipeline: number[] = [];
const captureTrip: number[] = [];
const inject: number[] = [];
/** The offscreen document's own measures (bench-browser/offscreen-measures.ts), and the copy's span in the page. */
const offscreen: number[][] = [];
const copySpan: number[] = [];
/** The worker's last `lede:pipeline` measure (entrypoints/background.ts): segment, points, format. */
const workerMeasure = (name: string) =>
  step(`read the worker's ${name}`, STEP_MS, () =>
    browser.worker.evaluate((n) => performance.getEntriesByName(n).at(-1)?.duration ?? NaN, name),
  );
const timing = only === null || only === 'timing';
const toolbar = timing ? await toolbarDriver(browser) : null;
for (const [i] of toolbar ? files.entries() : []) {
  const page = await browser.context.newPage();
  await step(`load page ${i}`, STEP_MS, () =>
    page.goto(`${server.origin}/p${i}.html`, { waitUntil: 'load' }),
  );
  await watchLongTasks(page);
  const tabId = await tabIdOf(browser, page);
  first.push(await toolbar!.open(tabId, painted(page)));
  const there = await readInPage(page);
  if (there.capture !== null) inPage.push(there.capture);
  offPage.push(await workerMeasure('lede:extract'));
  captureTrip.push(await workerMeasure('lede:capture-trip'));
  inject.push(await workerMeasure('lede:inject'));
  pipeline.push(await workerMeasure('lede:pipeline'));
  offscreen.push(
    await step('read the offscreen measures', STEP_MS, () =>
      offscreenMeasures(browser.profileDir, browser.extensionId),
    ),
  );
  copySpan.push(there.copy ?? NaN);
  longest.push(there.longestTask);
  if (there.stretch !== null) stretches.push(there.stretch);
  longestAfter.push(there.longestAfter);
  cached.push(await toolbar!.open(tabId, painted(page)));
  // The extra: the same page at a new address (a new content script, no kept outline for it;
  // only the worker's outline cache may answer the pipeline), opened as a tab.
  await step(`reload page ${i}`, STEP_MS, () =>
    page.goto(`${server.origin}/p${i}.html?tab`, { waitUntil: 'load' }),
  );
  tabFirst.push(await popupTiming(browser, tabId));
  tabCached.push(await popupTiming(browser, tabId));
  await page.close();
  const parts = (t: PopupTiming) => PARTS.map((k) => t[k].toFixed(0)).join('/');
  const f = first.at(-1)!;
  const c = cached.at(-1)!;
  log(
    `  ${String(i).padStart(2)} first ${f.total.toFixed(0).padStart(4)} ms  cached ${c.total.toFixed(0).padStart(4)} ms  (from the click ${f.fromClick.toFixed(0)} / ${c.fromClick.toFixed(0)})  as a tab ${tabFirst.at(-1)!.total.toFixed(0)} / ${tabCached.at(-1)!.total.toFixed(0)} ms (start ${tabFirst.at(-1)!.start.toFixed(0)} / ${tabCached.at(-1)!.start.toFixed(0)})  in page ${there.capture?.toFixed(1) ?? '-'}/${there.span?.toFixed(0) ?? '-'} ms (stretch ${there.stretch?.toFixed(0) ?? '-'})  capture ${captureTrip.at(-1)!.toFixed(0)} ms (inject ${inject.at(-1)!.toFixed(0)})  extract ${offPage.at(-1)!.toFixed(0)} ms [${offscreen
      .at(-1)!
      .map((x) => x.toFixed(0))
      .join(
        '/',
      )}]  copy ${copySpan.at(-1)!.toFixed(0)} ms  pipeline ${pipeline.at(-1)!.toFixed(0)} ms  longest block ${there.longestTask.toFixed(0)}/${there.longestAfter.toFixed(0)} ms  parts ${parts(f)} | ${parts(c)}  ${files[i].split('/').pop()!.slice(0, 40)}`,
  );
}
// ---- A very large page (bench-browser/large-page.ts): the longest block while it is copied ----
let largeFigures: {
  chars: number;
  elements: number;
  inPage: number | null;
  span: number | null;
  stretch: number | null;
  longest: number;
  first: number;
  ok: boolean;
  /** The same page loaded the same way, watched as long with no Lede work: its own blocks. */
  alone: number | null;
} | null = null;
// A failure here (a 3 MB page on a loaded machine can take a minute to load) is printed and
// leaves the 30 pages' figures standing.
let largeFailed: string | null = null;
if (timing) {
  // Control first: the page alone after its load, watched for as long as Lede's capture takes
  // there, so a block its own layout or parsing makes is told apart from Lede's.
  let alone: number | null = null;
  const control = await browser.context.newPage();
  try {
    await control.goto(`${server.origin}/large.html`, { waitUntil: 'load', timeout: STEP_MS * 4 });
    await watchLongTasks(control);
    await control.waitForTimeout(1_000);
    alone = await longestGap(control);
  } catch {
    // no control figure; Lede's run below still stands
  } finally {
    await control.close().catch(() => undefined);
  }
  const page = await browser.context.newPage();
  try {
    await step('load the large page', STEP_MS * 4, () =>
      page.goto(`${server.origin}/large.html`, { waitUntil: 'load', timeout: STEP_MS * 4 }),
    );
    await watchLongTasks(page);
    const tabId = await tabIdOf(browser, page);
    const t = await toolbar!.open(tabId, painted(page));
    const there = await readInPage(page);
    largeFigures = {
      chars: large.html.length,
      elements: large.elements,
      inPage: there.capture,
      span: there.span,
      stretch: there.stretch,
      longest: there.longestTask,
      first: t.total,
      ok: Number.isFinite(t.answer),
      alone,
    };
  } catch (e) {
    largeFailed = e instanceof Error ? e.message : String(e);
  } finally {
    await page.close().catch(() => undefined);
  }
}

await toolbar?.close();

// ---- Memory (bench-browser/memory.ts) ----
let memory: Memory | { failed: string } | null = null;
if (only === null || only === 'memory') {
  try {
    memory = await memoryPhase({
      browser,
      urls: files.map((_, i) => `${server.origin}/p${i}.html`),
      warm: WARM_RUNS,
      rounds: ROUNDS,
      roundSize: ROUND_SIZE,
      snapshots,
      log,
    });
  } catch (e) {
    memory = { failed: e instanceof Error ? e.message : String(e) };
  }
}

await browser.close();

// ---- The first open with outlines ready before the click (bench-browser/ahead.ts) ----
let ahead: AheadRun[] | { failed: string } | null = null;
if (timing || only === 'ahead') {
  log('\noutlines ready before the click (a browser of its own, the setting on):');
  ahead = await aheadPhase({
    server,
    pages: files.map((file, i) => ({ path: `/p${i}.html?ahead`, file })),
    log,
  }).catch((e: unknown) => ({ failed: e instanceof Error ? e.message : String(e) }));
}
await server.close();

// ---- The platform's floor under the popup figures (bench-browser/blank-popup.ts) ----
let blank: BlankPopup | { failed: string } | null = null;
if (timing)
  blank = await blankPopupReference(15).catch((e: unknown) => ({
    failed: e instanceof Error ? e.message : String(e),
  }));

function pct(xs: number[], p: number) {
  const s = xs.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] : NaN;
}
const pctOf = <T extends PopupTiming>(xs: T[], k: keyof T, p = 50) =>
  pct(
    xs.map((x) => x[k] as number),
    p,
  );
const summary = (xs: PopupTiming[]) => ({
  median: pctOf(xs, 'total'),
  p95: pctOf(xs, 'total', 95),
  /** This opening's own answer on screen, and React's take-over (bench-browser/popup.ts). */
  answer: pctOf(xs, 'answer'),
  interactive: pctOf(xs, 'interactive'),
  /** Median of each part; the parts' medians need not add up to the total's. */
  parts: Object.fromEntries(PARTS.map((k) => [k, pctOf(xs, k)])),
});
/** The click (its stand-in message sent) → the outline, and → the popup's navigation start. */
const fromClick = (xs: ToolbarTiming[]) => ({
  median: pctOf(xs, 'fromClick'),
  p95: pctOf(xs, 'fromClick', 95),
  toNavigation: pctOf(xs, 'toNavigation'),
});
const figures = {
  pages: files.length,
  firstOpen: summary(first),
  cachedOpen: summary(cached),
  firstFromClick: fromClick(first),
  cachedFromClick: fromClick(cached),
  /** popup.html opened as a tab (the bench's way until the seventh session), a labelled extra. */
  tabFirstOpen: summary(tabFirst),
  tabCachedOpen: summary(tabCached),
  injectInWorker: { median: pct(inject, 50), p95: pct(inject, 95) },
  /** Everything Lede does on the reader's page for an outline (the capture), issue 6's "in the page". */
  ledeInPage: { median: pct(inPage, 50), p95: pct(inPage, 95), pages: inPage.length },
  extractOffPage: { median: pct(offPage, 50), p95: pct(offPage, 95) },
  /**
   * The same extraction in the offscreen document (lib/offscreen-port.ts): its time there, its
   * parsing on the path to the article, and the copy's parts parsed while they came (off it).
   */
  offscreen: Object.fromEntries(
    OFFSCREEN_MEASURES.map((n, k) => [
      n.replace('lede:offscreen-', ''),
      pct(
        offscreen.map((o) => o[k]),
        50,
      ),
    ]),
  ),
  /** Of the capture's span in the page, the copy before its parts are posted (median). */
  copyInPage: pct(copySpan, 50),
  pipelineInWorker: { median: pct(pipeline, 50), p95: pct(pipeline, 95) },
  captureRoundTrip: { median: pct(captureTrip, 50), p95: pct(captureTrip, 95) },
  largePage: largeFigures,
  longestTaskInPage: { median: pct(longest, 50), max: Math.max(...longest) },
  longestStretch: { median: pct(stretches, 50), p95: pct(stretches, 95), max: Math.max(...stretches) },
  longestAfterExtraction: { median: pct(longestAfter, 50), max: Math.max(...longestAfter) },
  /** An empty extension popup opened the same way: what no popup can beat on this machine. */
  blankPopup: blank,
  /**
   * With "Have the outline ready before I click" on (lib/ahead.ts): the first open once the
   * outline is ready, and how long after the page's load it was.
   */
  aheadOpen:
    ahead && !('failed' in ahead)
      ? {
          ...summary(ahead.map((r) => r.open)),
          fromClick: fromClick(ahead.map((r) => r.open)),
          readyAfterLoad: {
            median: pct(
              ahead.map((r) => r.readyAfterLoad),
              50,
            ),
            p95: pct(
              ahead.map((r) => r.readyAfterLoad),
              95,
            ),
          },
          pages: ahead.length,
        }
      : ahead,
  memory,
};
if (asJson) console.log(JSON.stringify(figures));
else {
  const parts = (s: ReturnType<typeof summary>) =>
    `      median parts: ${PARTS.map((k) => `${k} ${s.parts[k].toFixed(0)}`).join(' · ')} ms; own answer on screen ${s.answer.toFixed(0)} ms, React took over ${s.interactive.toFixed(0)} ms`;
  const a = figures.aheadOpen;
  if (a && 'failed' in a) console.log(`ready before the click: FAILED at ${a.failed}`);
  else if (a)
    console.log(
      `click → outline, ready before the click (first open, ${a.pages} pages${a.pages < files.length ? `; ${files.length - a.pages} not prepared ahead: the Reader View test turned them down, or they failed above` : ''}): median ${a.median.toFixed(0)} ms, p95 ${a.p95.toFixed(0)} ms   (floors 100 / 250; "Have the outline ready before I click" on: bench-browser/ahead.ts)\n${parts(a)}\n  from the click: median ${a.fromClick.median.toFixed(0)} ms, p95 ${a.fromClick.p95.toFixed(0)} ms; the outline was ready ${a.readyAfterLoad.median.toFixed(0)} ms after the page's load (median; p95 ${a.readyAfterLoad.p95.toFixed(0)} ms)`,
    );
  if (!timing) console.log('timing: not measured (--only memory / ahead)');
  else {
    console.log(
      `\npages: ${figures.pages}, the real toolbar popup   (parts: ${PARTS.join('/')}, bench-browser/popup.ts)`,
    );
    console.log(
      `click → outline (first open):  median ${figures.firstOpen.median.toFixed(0)} ms, p95 ${figures.firstOpen.p95.toFixed(0)} ms   (floors 100 / 250; from the popup's navigation start)`,
    );
    console.log(parts(figures.firstOpen));
    console.log(
      `click → outline (cached):      median ${figures.cachedOpen.median.toFixed(0)} ms, p95 ${figures.cachedOpen.p95.toFixed(0)} ms   (floor 30)`,
    );
    console.log(parts(figures.cachedOpen));
    if (blank && 'failed' in blank) console.log(`  blank reference popup: FAILED at ${blank.failed}`);
    else if (blank)
      console.log(
        `  blank reference popup:       navigation start → first script ${blank.start.toFixed(0)} ms, → its content painted ${blank.painted.toFixed(0)} ms; from the openPopup() call ${blank.fromClick.toFixed(0)} ms   (an extension whose popup is static HTML and a five-line script, median of ${blank.runs}: the platform's own floor, bench-browser/blank-popup.ts)`,
      );
    const clickLine = (name: string, c: ReturnType<typeof fromClick>) =>
      `${name} median ${c.median.toFixed(0)} ms, p95 ${c.p95.toFixed(0)} ms   (the click's message sent → outline; of which until the popup's navigation start, the browser making it: median ${c.toNavigation.toFixed(0)} ms)`;
    console.log(clickLine('  from the click, first open:', figures.firstFromClick));
    console.log(clickLine('  from the click, cached:    ', figures.cachedFromClick));
    console.log(
      `extra, popup.html as a tab:    first open median ${figures.tabFirstOpen.median.toFixed(0)} ms, p95 ${figures.tabFirstOpen.p95.toFixed(0)} ms; cached median ${figures.tabCachedOpen.median.toFixed(0)} ms, p95 ${figures.tabCachedOpen.p95.toFixed(0)} ms   (start ${figures.tabFirstOpen.parts.start.toFixed(0)} / ${figures.tabCachedOpen.parts.start.toFixed(0)} ms; the page reloaded at a new address first)`,
    );
    console.log(
      `Lede's work in the page:       median ${figures.ledeInPage.median.toFixed(1)} ms, p95 ${figures.ledeInPage.p95.toFixed(1)} ms   (floor 50 for extraction in the page: the page is only copied there)`,
    );
    console.log(
      `  the copy's span in the page:  median ${figures.copyInPage.toFixed(1)} ms   (slices and the page's turns until its parts are posted: lede:capture-copy)`,
    );
    console.log(
      `extraction, off the page:      median ${figures.extractOffPage.median.toFixed(1)} ms, p95 ${figures.extractOffPage.p95.toFixed(1)} ms   (the worker's round trip to the offscreen document from the copy's end: its parts went there as they came; first open)`,
    );
    const o = figures.offscreen;
    console.log(
      `  of it in the offscreen document: median ${o.extract.toFixed(1)} ms, of which parsing ${o.parse.toFixed(1)} ms; parts parsed while the copy came ${o.writes.toFixed(1)} ms (off the path)   (lib/offscreen-port.ts; the rest of the round trip is messages and queues)`,
    );
    console.log(
      `capture, worker ↔ page:        median ${figures.captureRoundTrip.median.toFixed(1)} ms, p95 ${figures.captureRoundTrip.p95.toFixed(1)} ms   (the worker's round trip to the content script: inject when needed, copy, parts; a freshly injected script starts its copy during the injection; first open; injection median ${figures.injectInWorker.median.toFixed(1)} ms)`,
    );
    console.log(
      `pipeline in the worker:        median ${figures.pipelineInWorker.median.toFixed(1)} ms, p95 ${figures.pipelineInWorker.p95.toFixed(1)} ms   (first open; part of its round trip)`,
    );
    console.log(
      `Lede's longest stretch:        median ${figures.longestStretch.median.toFixed(1)} ms, p95 ${figures.longestStretch.p95.toFixed(1)} ms, max ${figures.longestStretch.max.toFixed(1)} ms   (its longest run on the page's thread without a turn for the page, as the content script timed it)`,
    );
    console.log(
      `longest block during capture: median ${figures.longestTaskInPage.median.toFixed(0)} ms, max ${figures.longestTaskInPage.max.toFixed(0)} ms   (issue 7: none over 50)`,
    );
    if (largeFailed) console.log(`very large page: FAILED at ${largeFailed}`);
    if (largeFigures)
      console.log(
        `very large page (${(largeFigures.chars / 1e6).toFixed(1)} M chars, ~${largeFigures.elements} elements): Lede's work ${largeFigures.inPage?.toFixed(1) ?? '-'} ms over ${largeFigures.span?.toFixed(0) ?? '-'} ms, longest stretch ${largeFigures.stretch?.toFixed(0) ?? '-'} ms, longest block ${largeFigures.longest.toFixed(0)} ms (the page alone, 1 s after its load with no Lede work: ${largeFigures.alone?.toFixed(0) ?? '-'} ms), first open ${largeFigures.first.toFixed(0)} ms`,
      );
    console.log(
      `longest block after it:        median ${figures.longestAfterExtraction.median.toFixed(0)} ms, max ${figures.longestAfterExtraction.max.toFixed(0)} ms   (locating paragraphs in idle slices; the page's own scripts count too)`,
    );
  }
  if (!memory) console.log('memory: not measured (--only timing / ahead)');
  else if ('failed' in memory) console.log(`memory phase FAILED at ${memory.failed}`);
  else for (const line of memoryReport(memory)) console.log(line);
}
