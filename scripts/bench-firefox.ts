/**
 * `npm run bench:firefox [-- --pages N] [--json]` (issue 7): the Firefox counterpart of the timing
 * phase of `npm run bench:browser`. The Firefox build (`.output/firefox-mv2`: run
 * `npm run build:firefox` first) in Debian's Firefox ESR, driven over WebDriver BiDi
 * (tests/e2e/firefox/launch.ts), on the Chromium bench's 30 real pages served from 127.0.0.1
 * (bench-browser/pages.ts). For each page: the real toolbar popup opened by a click on the
 * toolbar button, timed from the popup's navigation start to its `lede:outline-ready` mark and
 * split into parts by its own marks (bench-browser/popup.ts), and from the click; then the
 * same again, answered from the caches (bench-firefox/toolbar-popup.ts).
 * Prints figures; asserts nothing (timing never lives in tests).
 */
import { serve } from '../tests/e2e/harness';
import { launchFirefox, type Context } from '../tests/e2e/firefox/launch';
import { benchPages } from './bench-browser/pages';
import { median, PARTS, type PopupTiming } from './bench-browser/popup';
import { step } from './bench-browser/steps';
import type { ToolbarTiming } from './bench-browser/toolbar-popup';
import { firefoxToolbar } from './bench-firefox/toolbar-popup';
import { quantile } from './stats';

const args = process.argv.slice(2);
const asJson = args.includes('--json');
const PAGES = args.includes('--pages') ? Number(args[args.indexOf('--pages') + 1]) : 30;
const STEP_MS = 30_000;

/**
 * The profile's network: every address but 127.0.0.1's goes to a proxy where nothing listens,
 * and fails at once (the saved pages name ad, font and analytics hosts this closed network never
 * answers, each of which could hold a page's `load`; Firefox never sends 127.0.0.1 to a proxy).
 * Timers at full precision, as Chromium's are.
 */
const PREFS = {
  'network.proxy.type': 1,
  'network.proxy.http': '127.0.0.1',
  'network.proxy.http_port': 1,
  'network.proxy.ssl': '127.0.0.1',
  'network.proxy.ssl_port': 1,
  'network.proxy.allow_hijacking_localhost': false,
  'privacy.reduceTimerPrecision': false,
};

const log = (s: string) => !asJson && console.log(s);
const files = benchPages(PAGES);
const server = await serve(Object.fromEntries(files.map((f, i) => [`/p${i}.html`, f])));
const ff = await launchFirefox({ prefs: PREFS });
const first: ToolbarTiming[] = [];
const cached: ToolbarTiming[] = [];
const failed: string[] = [];
try {
  const toolbar = await firefoxToolbar(ff);
  for (const [i, file] of files.entries()) {
    const name = file.split('/').pop()!.slice(0, 40);
    let page: Context | undefined;
    try {
      page = await step(`load page ${i}`, STEP_MS, () => ff.openTab(`${server.origin}/p${i}.html`));
      const f = await toolbar.open(page);
      const c = await toolbar.open(page);
      first.push(f);
      cached.push(c);
      const parts = (t: PopupTiming) => PARTS.map((k) => t[k].toFixed(0)).join('/');
      log(
        `  ${String(i).padStart(2)} first ${f.total.toFixed(0).padStart(4)} ms  cached ${c.total.toFixed(0).padStart(4)} ms  (from the click ${f.fromClick.toFixed(0)} / ${c.fromClick.toFixed(0)})  parts ${parts(f)} | ${parts(c)}  ${name}`,
      );
    } catch (e) {
      failed.push(`page ${i} (${name}): ${e instanceof Error ? e.message : String(e)}`);
      log(`  ${String(i).padStart(2)} FAILED: ${failed.at(-1)}`);
    } finally {
      if (page) await ff.bidi.send('browsingContext.close', { context: page }).catch(() => undefined);
    }
  }
} finally {
  await ff.close();
  await server.close();
}

/** Median (the Chromium bench's: the upper middle) and p95 of the values that are numbers. */
const spread = <T>(xs: T[], k: keyof T) => {
  const ok = xs.map((x) => x[k] as number).filter((x) => !Number.isNaN(x));
  return { median: ok.length ? median(ok) : NaN, p95: quantile(ok, 0.95) };
};
const summary = (xs: ToolbarTiming[]) => ({
  ...spread(xs, 'total'),
  /** This opening's own answer on screen, and React's take-over (bench-browser/popup.ts). */
  answer: spread(xs, 'answer').median,
  interactive: spread(xs, 'interactive').median,
  /** Median of each part; the parts' medians need not add up to the total's. */
  parts: Object.fromEntries(PARTS.map((k) => [k, spread(xs, k).median])) as Record<
    (typeof PARTS)[number],
    number
  >,
});
/** The click → the outline, and → the popup's navigation start (the browser making it). */
const fromClick = (xs: ToolbarTiming[]) => ({
  ...spread(xs, 'fromClick'),
  toNavigation: spread(xs, 'toNavigation').median,
});
const figures = {
  browser: 'firefox-esr',
  pages: first.length,
  firstOpen: summary(first),
  cachedOpen: summary(cached),
  firstFromClick: fromClick(first),
  cachedFromClick: fromClick(cached),
  failed,
};

if (asJson) console.log(JSON.stringify(figures));
else {
  const ms = (x: number) => `${x.toFixed(0)} ms`;
  const parts = (s: ReturnType<typeof summary>) =>
    `      median parts: ${PARTS.map((k) => `${k} ${s.parts[k].toFixed(0)}`).join(' · ')} ms; own answer on screen ${ms(s.answer)}, React took over ${ms(s.interactive)}`;
  const clickLine = (name: string, c: ReturnType<typeof fromClick>) =>
    `${name} median ${ms(c.median)}, p95 ${ms(c.p95)}   (the toolbar button clicked → outline; of which until the popup's navigation start, the browser making it: median ${ms(c.toNavigation)})`;
  console.log(
    `\npages: ${figures.pages} of ${files.length}, Firefox ESR, the real toolbar popup   (parts: ${PARTS.join('/')}, bench-browser/popup.ts)`,
  );
  console.log(
    `click → outline (first open):  median ${ms(figures.firstOpen.median)}, p95 ${ms(figures.firstOpen.p95)}   (floors 100 / 250; from the popup's navigation start)`,
  );
  console.log(parts(figures.firstOpen));
  console.log(
    `click → outline (cached):      median ${ms(figures.cachedOpen.median)}, p95 ${ms(figures.cachedOpen.p95)}   (floor 30)`,
  );
  console.log(parts(figures.cachedOpen));
  console.log(clickLine('  from the click, first open:', figures.firstFromClick));
  console.log(clickLine('  from the click, cached:    ', figures.cachedFromClick));
  for (const f of failed) console.log(`FAILED: ${f}`);
}
