/**
 * A parsed V8 heap snapshot (`.heapsnapshot` JSON), enough to walk each node's edges both ways
 * and to match a node across snapshots of one session by its id. One reader for the census
 * (snapshot.ts) and the three-snapshot survivors (survivors.ts).
 */
import { readFileSync } from 'node:fs';

export interface RawSnapshot {
  snapshot: {
    meta: { node_fields: string[]; node_types: [string[]]; edge_fields: string[]; edge_types: [string[]] };
  };
  nodes: number[];
  edges: number[];
  strings: string[];
}

export class HeapGraph {
  readonly count: number;
  private readonly nw: number;
  private readonly ew: number;
  private readonly first: Int32Array;
  private readonly f: Record<'type' | 'name' | 'id' | 'size' | 'edges' | 'eType' | 'eName' | 'eTo', number>;
  private readonly retainersOf: { strong: Int32Array[] | null; all: Int32Array[] | null } = {
    strong: null,
    all: null,
  };
  private ids: Map<number, number> | null = null;

  constructor(readonly raw: RawSnapshot) {
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
    }
    this.first[this.count] = raw.edges.length;
  }

  static read(file: string): HeapGraph {
    return new HeapGraph(JSON.parse(readFileSync(file, 'utf8')) as RawSnapshot);
  }

  /** Node index by heap id (built on first use: the census never needs it). */
  get byId(): Map<number, number> {
    if (!this.ids) {
      this.ids = new Map();
      for (let i = 0; i < this.count; i++) this.ids.set(this.id(i), i);
    }
    return this.ids;
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
  /** Edges out of `i`: [kind, name (`[n]` for element and hidden edges), target]. */
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
  /**
   * The nodes with an edge to `i`; weak edges only with `weak` (V8 holds optimised code weakly
   * in a function's feedback: finding code's owner needs them, a retainer chain does not).
   */
  retainers(i: number, { weak = false } = {}): Int32Array {
    const key = weak ? 'all' : 'strong';
    let lists = this.retainersOf[key];
    if (!lists) {
      const acc: number[][] = Array.from({ length: this.count }, () => []);
      for (let n = 0; n < this.count; n++)
        for (const [kind, , to] of this.edges(n)) if (weak || kind !== 'weak') acc[to].push(n);
      lists = this.retainersOf[key] = acc.map((l) => Int32Array.from(l));
    }
    return lists[i];
  }
  label(i: number): string {
    return `${this.type(i)} ${this.name(i).slice(0, 60)}`;
  }
}
