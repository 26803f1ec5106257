/**
 * `npm run fuzz -- [--runs N] [--seed S] [--json] [--limit MS] [--case I]` (issue 8)
 * Feeds the whole pipeline (HTML bound → parse → extract → outline → every format) generated
 * and mutated pages (scripts/fuzz/): every run must end in a valid outline or a typed error,
 * within the per-page limit. Prints failures as they happen and a summary by kind; with
 * --json the last line is `{ "runs", "crashes", "hangs", "typedErrors", "maxMs", … }`.
 * Exits 1 when any case crashed or hung. `--case I` reruns one case of a seed.
 */
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { Watchdog, type WatchedResult } from './fuzz/watchdog';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '200' },
    seed: { type: 'string', default: '1' },
    limit: { type: 'string', default: '10000' },
    case: { type: 'string' },
    json: { type: 'boolean', default: false },
  },
});

const seed = Number(values.seed);
const runs = Number(values.runs);
const limitMs = Number(values.limit);
const log = (s: string) => (values.json ? process.stderr : process.stdout).write(s + '\n');

interface KindStats {
  runs: number;
  outlines: number;
  typedErrors: number;
  crashes: number;
  hangs: number;
  maxMs: number;
}

async function main(): Promise<number> {
  const dog = new Watchdog(limitMs);
  const indexes =
    values.case !== undefined ? [Number(values.case)] : Array.from({ length: runs }, (_, i) => i);
  const results: WatchedResult[] = [];
  const t0 = performance.now();
  try {
    for (const index of indexes) {
      const r = await dog.run(seed, index);
      results.push(r);
      const o = r.outcome;
      if (o.kind === 'crash' || o.kind === 'hang')
        log(
          `${o.kind.toUpperCase()} seed ${seed} case ${index} (${r.name}, ${r.chars} chars): ${o.kind === 'crash' ? o.message : `${o.ms} ms, over the ${limitMs} ms limit`}`,
        );
      else if (values.case !== undefined)
        log(
          `case ${index} (${r.name}): ${o.kind}${o.kind === 'typed-error' ? ` ${o.code}` : ''} in ${o.ms} ms`,
        );
      if (!values.json && results.length % 50 === 0) log(`… ${results.length}/${indexes.length}`);
    }
  } finally {
    dog.close();
  }

  const byKind = new Map<string, KindStats>();
  for (const r of results) {
    const kind = r.name.split(/[ +]/)[0];
    const s = byKind.get(kind) ?? { runs: 0, outlines: 0, typedErrors: 0, crashes: 0, hangs: 0, maxMs: 0 };
    s.runs++;
    const o = r.outcome;
    if (o.kind === 'outline') s.outlines++;
    else if (o.kind === 'typed-error') s.typedErrors++;
    else if (o.kind === 'crash') s.crashes++;
    else s.hangs++;
    s.maxMs = Math.max(s.maxMs, Math.round(o.ms));
    byKind.set(kind, s);
  }
  const total = [...byKind.values()].reduce(
    (t, s) => ({
      runs: t.runs + s.runs,
      outlines: t.outlines + s.outlines,
      typedErrors: t.typedErrors + s.typedErrors,
      crashes: t.crashes + s.crashes,
      hangs: t.hangs + s.hangs,
      maxMs: Math.max(t.maxMs, s.maxMs),
    }),
    { runs: 0, outlines: 0, typedErrors: 0, crashes: 0, hangs: 0, maxMs: 0 },
  );

  log(
    `\nfuzz: seed ${seed}, ${total.runs} runs, limit ${limitMs} ms, ${Math.round((performance.now() - t0) / 1000)} s, load ${loadavg()[0].toFixed(1)}`,
  );
  log('kind                          runs outlines typed crashes hangs  max ms');
  for (const [kind, s] of [...byKind].sort()) {
    log(
      `${kind.padEnd(30)}${String(s.runs).padStart(4)}${String(s.outlines).padStart(9)}${String(s.typedErrors).padStart(6)}` +
        `${String(s.crashes).padStart(8)}${String(s.hangs).padStart(6)}${String(s.maxMs).padStart(8)}`,
    );
  }
  // Which typed errors the pages ended in (an `internal` one counts as a crash, not here).
  const codes: Record<string, number> = {};
  for (const { outcome: o } of results)
    if (o.kind === 'typed-error') codes[o.code] = (codes[o.code] ?? 0) + 1;
  log(
    `typed errors: ${
      Object.entries(codes)
        .map(([c, n]) => `${c} ${n}`)
        .join(', ') || 'none'
    }`,
  );
  log(
    `total: ${total.outlines} outlines, ${total.typedErrors} typed errors, ${total.crashes} crashes, ${total.hangs} hangs, max ${total.maxMs} ms`,
  );
  if (values.json) {
    const { runs, crashes, hangs, typedErrors, maxMs, outlines } = total;
    process.stdout.write(
      JSON.stringify({ runs, crashes, hangs, typedErrors, maxMs, outlines, codes, seed, limitMs }) + '\n',
    );
  }
  return total.crashes || total.hangs ? 1 : 0;
}

main().then(
  (code) => (process.exitCode = code),
  (e) => {
    process.stderr.write(`fuzz: ${e instanceof Error ? e.stack : String(e)}\n`);
    process.exitCode = 2;
  },
);
