/**
 * `DEBUG=pw:browser NODE_OPTIONS=--experimental-websocket npx tsx scripts/bench-browser/jit-trace.ts
 *  [--warm N] [--round N] [--rounds K] [--pages N] [--heaps] [--js-flags FLAGS] 2> trace.txt`, then
 * `npx tsx scripts/bench-browser/jit-trace.ts --read trace.txt` (issue 7, memory): which functions
 * V8 compiles (and throws away) in each round of outlines, to tell the worker's code growth from
 * a deoptimisation loop or code made anew per outline (a function, closure or RegExp created per
 * call whose code is compiled again each time). Chromium runs with `--js-flags=--trace-opt
 * --trace-deopt`; V8 prints to the renderer's stdout, which Playwright's `pw:browser` log passes
 * on; the script marks the rounds in the same stream. For names worth reading, load an
 * unminified build (`LEDE_EXTENSION_DIR=<dir>`, built with `build: { minify: false }`).
 * The side panel, the offscreen document and the worker share the extension's renderer process,
 * so the trace mixes their functions: the product's names (lib/) tell whose they are.
 * `--heaps` prints the worker's used heap and compiled code after each round; with
 * `--js-flags "--no-maglev --no-turbofan"` (optimising compilers off) it is the control: what
 * grows then is not optimised code.
 */
import { readFileSync } from 'node:fs';
import { launch } from '../../tests/e2e/harness';
import { outlineInPanel, panelOnServedPages } from './drive-panel';
import { benchPages } from './pages';
import { censusOfSnapshot, split } from './snapshot';
import { attachTarget, isWorkerOf } from './target-session';

const args = process.argv.slice(2);
const flag = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};

const MARK = '=== lede jit-trace round ';

/** The harness's launch (tests/e2e/harness.ts) with V8's optimisation traces turned on. */
const launchTraced = () =>
  launch({ args: [`--js-flags=${flag('--js-flags', '--trace-opt --trace-deopt')}`] });

async function drive() {
  const WARM = Number(flag('--warm', '60'));
  const ROUND = Number(flag('--round', '150'));
  const ROUNDS = Number(flag('--rounds', '6'));
  const files = benchPages(Number(flag('--pages', '30')));
  const browser = await launchTraced();
  const { drive: panel, server } = await panelOnServedPages(browser, files);
  let done = 0;
  for (let r = 0; r <= ROUNDS; r++) {
    const n = r === 0 ? WARM : ROUND;
    for (let k = 0; k < n; k += 50) {
      const m = Math.min(50, n - k);
      await outlineInPanel(panel, done, m);
      done += m;
    }
    console.error(`${MARK}${r} ends after ${done} outlines`);
    if (args.includes('--heaps')) {
      // The worker's used heap and its compiled code (snapshot.ts), as the memory phase reads them.
      const session = await attachTarget(browser.profileDir, isWorkerOf(browser.extensionId));
      const { json, usedSize } = await session.snapshot();
      session.close();
      const { code, rest, perfEntries } = split(censusOfSnapshot(json));
      const kB = (b: number) => (b / 1024).toFixed(0);
      console.log(
        `after ${done} outlines: worker used ${kB(usedSize)} kB, compiled code ${kB(code)} kB, the rest ${kB(rest + perfEntries)} kB`,
      );
    }
  }
  await browser.close();
  await server.close();
}

/** `name` and function info of `<JSFunction name (sfi = 0x…)>`; a closure shares its sfi. */
const fn = (line: string) => {
  const m = /<JSFunction ?(\S*) \(sfi = (\w+)\)>/.exec(line);
  return { name: m?.[1] || '(anonymous)', sfi: m?.[2] ?? '?' };
};

interface Round {
  label: string;
  /** Optimised compiles, by `name target`. */
  compiled: Map<string, number>;
  deopts: Map<string, number>;
  /** Compiles of a function (sfi) already optimised in an earlier round: recompiles. */
  again: Map<string, number>;
  /** Compiles of a function info never seen before under a name seen before: code made anew. */
  anew: Map<string, number>;
}

/**
 * Per round: the optimised compiles and deoptimisations by function; a function compiled in
 * round after round (the same sfi) is in a deopt loop or lost its code; a name compiled under
 * new function infos each round is a function made anew per call (eval, `new Function`).
 */
function read(path: string) {
  const rounds: Round[] = [];
  const fresh = (): Round => ({
    label: '',
    compiled: new Map(),
    deopts: new Map(),
    again: new Map(),
    anew: new Map(),
  });
  let cur = fresh();
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  const sfisBefore = new Set<string>();
  const namesBefore = new Set<string>();
  const sfisNow = new Set<string>();
  const namesNow = new Set<string>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.includes(MARK)) {
      cur.label = line.slice(line.indexOf(MARK) + MARK.length);
      rounds.push(cur);
      cur = fresh();
      for (const x of sfisNow) sfisBefore.add(x);
      for (const x of namesNow) namesBefore.add(x);
    } else if (line.includes('[completed compiling') || line.includes('[completed optimizing')) {
      const { name, sfi } = fn(line);
      const pid = /\[pid=(\d+)\]/.exec(line)?.[1] ?? '';
      const key = `${name} ${/target (\w+)/.exec(line)?.[1] ?? ''}`;
      bump(cur.compiled, key);
      if (sfisBefore.has(`${pid}:${sfi}`)) bump(cur.again, key);
      else if (namesBefore.has(`${pid}:${name}`) && name !== '(anonymous)') bump(cur.anew, key);
      sfisNow.add(`${pid}:${sfi}`);
      namesNow.add(`${pid}:${name}`);
    } else if (line.includes('[bailout (kind:')) {
      const reason = /reason: ([^)]*)\)/.exec(line)?.[1] ?? '';
      bump(cur.deopts, `${fn(line).name} (${reason})`);
    }
  }
  const total = (m: Map<string, number>) => [...m.values()].reduce((s, x) => s + x, 0);
  const top = (m: Map<string, number>, n = 20) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, v]) => `${k} ×${v}`)
      .join(', ');
  for (const r of rounds) {
    console.log(
      `round ${r.label}: ${total(r.compiled)} optimised compiles of ${r.compiled.size} functions; ${total(r.again)} of functions optimised in an earlier round, ${total(r.anew)} of new function infos under an old name; ${total(r.deopts)} deopts`,
    );
    console.log(`  compiled: ${top(r.compiled)}`);
    console.log(`  again:    ${top(r.again)}`);
    console.log(`  anew:     ${top(r.anew)}`);
    console.log(`  deopts:   ${top(r.deopts)}`);
  }
}

if (args[0] === '--read') read(args[1]);
else await drive();
