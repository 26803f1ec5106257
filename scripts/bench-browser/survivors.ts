/**
 * `npx tsx scripts/bench-browser/survivors.ts A.heapsnapshot B.heapsnapshot C.heapsnapshot`
 * (issue 7, memory): the three-snapshot method. Snapshots A, B, C of one heap (same target,
 * taken in that order with work between them): the objects allocated between A and B (ids
 * absent from A) that are still alive in C are what that work left behind. Heap snapshot ids
 * stay the same for an object across snapshots of one session, so this needs no guessing by
 * size. Prints them grouped by kind, and for the largest groups a few retainer chains up to a
 * root, which name the holder (a Map, a closure's context, a listener list).
 */
import { HeapGraph } from './heap-graph';

/** Objects of `b` allocated after `a` and still in `c`, as indices into `c`. */
export function survivors(a: HeapGraph, b: HeapGraph, c: HeapGraph): number[] {
  const out: number[] = [];
  for (let i = 0; i < b.count; i++) {
    const id = b.id(i);
    if (a.byId.has(id)) continue;
    const inC = c.byId.get(id);
    if (inC !== undefined) out.push(inC);
  }
  return out;
}

/** A chain of retainers from `node` towards a root: what holds it, then what holds that, … */
export function chain(s: HeapGraph, node: number, depth = 14): string[] {
  const out: string[] = [];
  const seen = new Set([node]);
  let at = node;
  for (let d = 0; d < depth; d++) {
    // Prefer a holder that is not itself one of the survivors' own kind (walk up, not around).
    const holders = [...s.retainers(at)].filter((r) => !seen.has(r));
    if (!holders.length) break;
    const r = holders[0];
    const edge = [...s.edges(r)].find(([, , to]) => to === at);
    out.push(`${s.label(r)} --${edge?.[0]}:${edge?.[1]}-->`);
    seen.add(r);
    at = r;
    if (s.type(r) === 'synthetic') break;
  }
  return out;
}

/**
 * For each `system / Code` among `nodes`, the function it is compiled code of: the closure (or
 * function info) a few retainers up, weak edges included (V8 holds optimised code in a closure's
 * `code` field and weakly in its feedback).
 */
export function codeOwners(s: HeapGraph, nodes: number[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const i of nodes) {
    if (s.name(i) !== 'system / Code') continue;
    let frontier = [i];
    const seen = new Set(frontier);
    let owner = '(unknown)';
    search: for (let d = 0; d < 5; d++) {
      const next: number[] = [];
      for (const x of frontier)
        for (const r of s.retainers(x, { weak: true })) {
          if (seen.has(r)) continue;
          seen.add(r);
          if (s.type(r) === 'closure' || s.name(r).startsWith('system / SharedFunctionInfo')) {
            owner = s.name(r).replace(/^system \/ SharedFunctionInfo \/ /, '') || '(anonymous)';
            break search;
          }
          next.push(r);
        }
      frontier = next;
    }
    out.set(owner, (out.get(owner) ?? 0) + 1);
  }
  return out;
}

function main(files: string[]) {
  const [a, b, c] = files.map((f) => HeapGraph.read(f));
  const kept = survivors(a, b, c);
  const groups = new Map<string, { count: number; bytes: number; sample: number[] }>();
  let total = 0;
  for (const i of kept) {
    const key = c.label(i);
    const g = groups.get(key) ?? { count: 0, bytes: 0, sample: [] };
    g.count++;
    g.bytes += c.size(i);
    if (g.sample.length < 3) g.sample.push(i);
    groups.set(key, g);
    total += c.size(i);
  }
  console.log(`allocated between A and B, still alive in C: ${kept.length} objects, ${total} B (self size)`);
  const top = [...groups].sort((x, y) => y[1].bytes - x[1].bytes).slice(0, 25);
  for (const [key, g] of top)
    console.log(`${String(g.bytes).padStart(9)} B ${String(g.count).padStart(6)} × ${key}`);
  const owners = codeOwners(c, kept);
  if (owners.size)
    console.log(`compiled code kept, by function: ${[...owners].map(([f, n]) => `${f} ×${n}`).join(', ')}`);
  for (const [key, g] of top.slice(0, 8)) {
    console.log(`\n== ${key}`);
    for (const i of g.sample.slice(0, 2)) {
      console.log(`  sample @${c.id(i)}:`);
      for (const line of chain(c, i)) console.log(`    ${line}`);
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main(process.argv.slice(2));
