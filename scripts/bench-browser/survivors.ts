/**
 * `npx tsx scripts/bench-browser/survivors.ts A.heapsnapshot B.heapsnapshot C.heapsnapshot`
 * (issue 7, memory): the three-snapshot method. Snapshots A, B, C of one heap (same target,
 * taken in that order with work between them): the objects allocated between A and B (ids
 * absent from A) that are still alive in C are what that work left behind. Heap snapshot ids
 * stay the same for an object across snapshots of one session, so this needs no guessing by
 * size. Prints them grouped by kind, and for the largest groups a few retainer chains up to a
 * root, which name the holder (a Map, a closure's context, a listener list).
 */
import { readFileSync } from 'node:fs';

interface Raw {
  snapshot: {
    meta: { node_fields: string[]; node_types: [string[]]; edge_fields: string[]; edge_types: [string[]] };
  };
  nodes: number[];
  edges: number[];
  strings: string[];
}

export class Snapshot {
  readonly count: number;
  private readonly nw: number;
  private readonly ew: number;
  private readonly first: Int32Array;
  private readonly f: Record<'type' | 'name' | 'id' | 'size' | 'edges' | 'eType' | 'eName' | 'eTo', number>;
  private retainersOf: Int32Array[] | null = null;
  readonly byId = new Map<number, number>();

  constructor(readonly raw: Raw) {
    const { node_fields: nf, edge_fields: ef } = raw.snapshot.meta;
    this.nw = nf.length;
    this.ew = ef.length;
    this.f = {
      type: nf.indexOf('type'),
      name: nf.indexOf('name'),
      id: nf.indexOf('id'),
      size: nf.indexOf('self_size'),
      edges: nf.indexOf('edge_count'),
      eType: ef.indexOf('type'),
      eName: ef.indexOf('name_or_index'),
      eTo: ef.indexOf('to_node'),
    };
    this.count = raw.nodes.length / this.nw;
    this.first = new Int32Array(this.count + 1);
    for (let i = 0, e = 0; i < this.count; i++) {
      this.first[i] = e;
      e += raw.nodes[i * this.nw + this.f.edges] * this.ew;
      this.byId.set(this.id(i), i);
    }
    this.first[this.count] = raw.edges.length;
  }

  static read(file: string): Snapshot {
    return new Snapshot(JSON.parse(readFileSync(file, 'utf8')) as Raw);
  }

  type(i: number): string {
    return this.raw.snapshot.meta.node_types[0][this.raw.nodes[i * this.nw + this.f.type]];
  }
  name(i: number): string {
    return this.raw.strings[this.raw.nodes[i * this.nw + this.f.name]];
  }
  id(i: number): number {
    return this.raw.nodes[i * this.nw + this.f.id];
  }
  size(i: number): number {
    return this.raw.nodes[i * this.nw + this.f.size];
  }
  /** Edges out of `i`: [kind, name, target]. */
  *edges(i: number): Generator<[string, string, number]> {
    const { edges, strings } = this.raw;
    const kinds = this.raw.snapshot.meta.edge_types[0];
    for (let e = this.first[i]; e < this.first[i + 1]; e += this.ew) {
      const kind = kinds[edges[e + this.f.eType]];
      const raw = edges[e + this.f.eName];
      const name = kind === 'element' || kind === 'hidden' ? `[${raw}]` : strings[raw];
      yield [kind, name, edges[e + this.f.eTo] / this.nw];
    }
  }
  retainers(i: number): Int32Array {
    if (!this.retainersOf) {
      const lists: number[][] = Array.from({ length: this.count }, () => []);
      for (let n = 0; n < this.count; n++)
        for (const [kind, , to] of this.edges(n)) if (kind !== 'weak') lists[to].push(n);
      this.retainersOf = lists.map((l) => Int32Array.from(l));
    }
    return this.retainersOf[i];
  }
  label(i: number): string {
    return `${this.type(i)} ${this.name(i).slice(0, 60)}`;
  }
}

/** Objects of `b` allocated after `a` and still in `c`, as indices into `c`. */
export function survivors(a: Snapshot, b: Snapshot, c: Snapshot): number[] {
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
export function chain(s: Snapshot, node: number, depth = 14): string[] {
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
export function codeOwners(s: Snapshot, nodes: number[]): Map<string, number> {
  const up = new Map<number, number[]>();
  for (let n = 0; n < s.count; n++)
    for (const [, , to] of s.edges(n)) {
      const list = up.get(to);
      if (list) list.push(n);
      else up.set(to, [n]);
    }
  const out = new Map<string, number>();
  for (const i of nodes) {
    if (s.name(i) !== 'system / Code') continue;
    let frontier = [i];
    const seen = new Set(frontier);
    let owner = '(unknown)';
    search: for (let d = 0; d < 5; d++) {
      const next: number[] = [];
      for (const x of frontier)
        for (const r of up.get(x) ?? []) {
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
  const [a, b, c] = files.map((f) => Snapshot.read(f));
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
