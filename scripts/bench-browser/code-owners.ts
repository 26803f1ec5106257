/**
 * `NODE_OPTIONS=--experimental-websocket npx tsx scripts/bench-browser/code-owners.ts PROFILE_DIR OUT.json`
 * (issue 7, memory): one heap snapshot of the extension's service worker in a running bench's
 * browser (its profile directory holds DevToolsActivePort), and the compiled code it holds
 * counted by the function it belongs to (bytes, Code objects). Two such files taken rounds apart
 * (`--diff A.json B.json`) say which functions gained code: one more Code per function is V8
 * optimising it (tier-up), many more per function is code made again and again and kept.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { HeapGraph, type RawSnapshot } from './heap-graph';
import { attachTarget, type TargetInfo } from './target-session';

type Owners = Record<string, { code: number; bytes: number }>;

/** Every code node's bytes, under the nearest function (closure or function info) holding it. */
function owners(g: HeapGraph): Owners {
  const out: Owners = {};
  const ownerOf = new Map<number, string>();
  for (let i = 0; i < g.count; i++) {
    if (g.type(i) !== 'code') continue;
    let owner = ownerOf.get(i);
    if (owner === undefined) {
      owner = '(unowned)';
      let frontier = [i];
      const seen = new Set(frontier);
      search: for (let d = 0; d < 4; d++) {
        const next: number[] = [];
        for (const x of frontier)
          for (const r of g.retainers(x, { weak: true })) {
            if (seen.has(r)) continue;
            seen.add(r);
            const name = g.name(r);
            if (g.type(r) === 'closure' || name.startsWith('system / SharedFunctionInfo')) {
              owner = name.replace(/^system \/ SharedFunctionInfo \/ /, '') || '(anonymous)';
              break search;
            }
            next.push(r);
          }
        frontier = next;
      }
      ownerOf.set(i, owner);
    }
    const e = (out[owner] ??= { code: 0, bytes: 0 });
    if (g.name(i) === 'system / Code') e.code++;
    e.bytes += g.size(i);
  }
  return out;
}

const args = process.argv.slice(2);
if (args[0] === '--diff') {
  const [a, b] = args.slice(1).map((f) => JSON.parse(readFileSync(f, 'utf8')) as Owners);
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  const rows = [...keys]
    .map((k) => ({
      k,
      bytes: (b[k]?.bytes ?? 0) - (a[k]?.bytes ?? 0),
      code: (b[k]?.code ?? 0) - (a[k]?.code ?? 0),
      now: b[k]?.code ?? 0,
    }))
    .sort((x, y) => y.bytes - x.bytes);
  const sum = (o: Owners) => Object.values(o).reduce((s, x) => s + x.bytes, 0);
  console.log(`code bytes ${sum(a)} → ${sum(b)} (${sum(b) - sum(a)})`);
  for (const r of [...rows.slice(0, 30), ...rows.slice(-8)])
    console.log(`${String(r.bytes).padStart(8)} B ${String(r.code).padStart(4)} Code (now ${r.now})  ${r.k}`);
} else {
  const [profileDir, out] = args;
  const session = await attachTarget(profileDir, (t: TargetInfo) => t.type === 'service_worker');
  const { json, usedSize } = await session.snapshot();
  session.close();
  const o = owners(new HeapGraph(JSON.parse(json) as RawSnapshot));
  writeFileSync(out, JSON.stringify(o));
  console.log(`used ${usedSize}; ${Object.keys(o).length} owners`);
}
