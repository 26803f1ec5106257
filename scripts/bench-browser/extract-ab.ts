/**
 * `npx tsx scripts/bench-browser/extract-ab.ts [--pages N] [--rounds R] [--profile] A.js B.js …`
 * (issue 7: "extraction in the page ≤ 50 ms"): A/B of in-page extraction builds at the same
 * moment, on a shared machine where absolute timings drift. Each bundle is `bundle()` below
 * (lib/guard/extract's `extractDocumentAsync` with the content script's `yieldToPage`) from one
 * source tree. For each of the 30 pages of `npm run bench:browser` and each round, every bundle
 * runs in a fresh tab (V8 compiles functions and regexes anew in each page, as the content
 * script does), alternating the order. Printed per bundle: wall time (as `lede:extract`
 * measures it), the longest main-thread block (a heartbeat, as bench-browser/longtasks.ts), and
 * with `--profile` the CPU time from a CDP profile plus the functions with the most self time.
 * `--bundle SRC OUT` writes a bundle of the tree at SRC instead.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { launch, ROOT, serve } from '../../tests/e2e/harness';
import { benchPages } from './pages';

const args = process.argv.slice(2);

if (args[0] === '--bundle') {
  await build({
    stdin: {
      contents: `import { extractDocumentAsync } from './lib/guard/extract';
import { yieldToPage } from './lib/extract/steps';
// Each step's length, for the longest one.
globalThis.__ledeSteps = [];
globalThis.__ledeExtract = () => {
  let last = performance.now();
  globalThis.__ledeSteps = [];
  return extractDocumentAsync(document, { url: location.href }, () => {
    globalThis.__ledeSteps.push(performance.now() - last);
    return yieldToPage().then(() => { last = performance.now(); });
  }).then((r) => { globalThis.__ledeSteps.push(performance.now() - last); return r; });
};`,
      resolveDir: args[1],
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    target: 'chrome120',
    outfile: args[2],
    nodePaths: [join(ROOT, 'node_modules')],
  });
  process.exit(0);
}

const flag = (name: string, fallback: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const PAGES = flag('--pages', 30);
const ROUNDS = flag('--rounds', 1);
const profile = args.includes('--profile');
const bundles = args.filter((a, i) => a.endsWith('.js') && !['--pages', '--rounds'].includes(args[i - 1]));
const code = bundles.map((b) => readFileSync(b, 'utf8'));

const files = benchPages(PAGES);
const routes = Object.fromEntries(files.map((f, i) => [`/p${i}.html`, f]));
const server = await serve(routes);
const browser = await launch({ withExtension: false });
await browser.context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort());

interface Run {
  wall: number;
  block: number;
  cpu: number;
  compile: number;
  steps: string;
}
const runs: Run[][] = bundles.map(() => []);
const selfTime: Map<string, number>[] = bundles.map(() => new Map());

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}

async function once(page: number, b: number): Promise<Run> {
  const tab = await browser.context.newPage();
  try {
    await tab.goto(`${server.origin}/p${page}.html`, { waitUntil: 'load' });
    await tab.addScriptTag({ content: code[b] });
    await tab.waitForTimeout(50);
    // `--warm`: one extraction before the measured one, to see what first use costs.
    if (args.includes('--warm')) await tab.evaluate('globalThis.__ledeExtract()');
    const cdp = await tab.context().newCDPSession(tab);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    const metrics = async () => {
      const { metrics: m } = (await cdp.send('Performance.getMetrics')) as {
        metrics: { name: string; value: number }[];
      };
      const get = (name: string) => m.find((x) => x.name === name)!.value * 1000;
      return { thread: get('ThreadTime'), compile: get('V8CompileDuration') };
    };
    const before = await metrics();
    if (profile) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
    }
    const r = await tab.evaluate<{ wall: number; block: number; steps: string }>(`(async () => {
      let last = performance.now(), on = true, block = 0;
      const ch = new MessageChannel();
      ch.port1.onmessage = () => {
        const now = performance.now();
        block = Math.max(block, now - last);
        last = now;
        if (on) ch.port2.postMessage(0);
      };
      ch.port2.postMessage(0);
      const start = performance.now();
      await globalThis.__ledeExtract();
      const wall = performance.now() - start;
      on = false;
      return { wall, block, steps: globalThis.__ledeSteps.map((x) => Math.round(x)).join(',') };
    })()`);
    const after = await metrics();
    const cpu = after.thread - before.thread;
    const compile = after.compile - before.compile;
    if (profile) {
      const { profile: p } = (await cdp.send('Profiler.stop')) as {
        profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
      };
      const byId = new Map(p.nodes.map((n) => [n.id, n]));
      for (let i = 0; i < p.samples.length; i++) {
        const n = byId.get(p.samples[i])!;
        const dt = (p.timeDeltas[i + 1] ?? 0) / 1000;
        const name = n.callFrame.functionName || '(anon)';
        if (name === '(idle)' || name === '(program)') continue;
        const key = `${name}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`;
        selfTime[b].set(key, (selfTime[b].get(key) ?? 0) + dt);
      }
    }
    await cdp.detach();
    return { ...r, cpu, compile };
  } finally {
    await tab.close();
  }
}

for (let round = 0; round < ROUNDS; round++)
  for (let p = 0; p < files.length; p++) {
    const order = bundles.map((_, i) => i);
    if ((p + round) % 2) order.reverse();
    const line: string[] = [];
    for (const b of order) {
      const r = await once(p, b);
      runs[b].push(r);
      line[b] = `${r.wall.toFixed(1)}/${r.block.toFixed(0)}/${r.cpu.toFixed(1)} [${r.steps}]`;
    }
    console.log(`  ${String(p).padStart(2)} ${line.join('  ')}  ${files[p].split('/').pop()!.slice(0, 40)}`);
  }

const pct = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((q / 100) * s.length))];
};
bundles.forEach((name, b) => {
  const r = runs[b];
  console.log(
    `${name}: wall median ${pct(
      r.map((x) => x.wall),
      50,
    ).toFixed(1)} p95 ${pct(
      r.map((x) => x.wall),
      95,
    ).toFixed(1)}  ` +
      `block median ${pct(
        r.map((x) => x.block),
        50,
      ).toFixed(0)} max ${Math.max(...r.map((x) => x.block)).toFixed(0)}  ` +
      `cpu median ${pct(
        r.map((x) => x.cpu),
        50,
      ).toFixed(1)} total ${r.reduce((s, x) => s + x.cpu, 0).toFixed(0)}  compile median ${pct(
        r.map((x) => x.compile),
        50,
      ).toFixed(1)}`,
  );
  if (profile) {
    const top = [...selfTime[b].entries()].sort((x, y) => y[1] - x[1]).slice(0, 40);
    for (const [k, ms] of top) console.log(`    ${ms.toFixed(1).padStart(8)} ms  ${k}`);
  }
});
await browser.close();
await server.close();
