/**
 * Each sentence's similarity to the headline and to the lead (the first sentence), as
 * `cosine(bag(s), bag(title))` computes it but from bags as token ids with repeats (lib/text/
 * scan.ts) and counts indexed by id: the same integer sums, so the same figures.
 */
import { TOKENS } from '../../text/intern';
import { newScanOut, textBagIds } from '../../text/scan';

/** Scratch: the title's scan, and bag counts indexed by token id (kept zeroed between documents). */
const scan = newScanOut();
let counts = new Int32Array(4096);
let headCounts = new Int32Array(4096);
let leadCounts = new Int32Array(4096);

function fitCounts(): void {
  const n = TOKENS.size;
  if (n <= counts.length) return;
  const size = Math.max(n, counts.length * 2);
  const grow = (a: Int32Array) => {
    const g = new Int32Array(size);
    g.set(a);
    return g;
  };
  counts = grow(counts);
  headCounts = grow(headCounts);
  leadCounts = grow(leadCounts);
}

/** Σ count² of a bag given as ids with repeats, its counts added into `into`. */
function addBag(ids: readonly number[], into: Int32Array): number {
  let n2 = 0;
  for (let k = 0; k < ids.length; k++) n2 += 2 * ++into[ids[k]] - 1;
  return n2;
}

export class Similarity {
  head = 0;
  lead = 0;
  private readonly title: number[];
  private readonly titleN2: number;
  private readonly first: number[] = [];
  private firstN2 = 0;

  constructor(title: string) {
    this.title = textBagIds(title, scan).slice();
    fitCounts();
    this.titleN2 = addBag(this.title, headCounts);
  }

  /** Sets `head` and `lead` for sentence i's bag (sentence 0 first: it is the lead). */
  measure(b: readonly number[], i: number): void {
    fitCounts();
    if (i === 0) {
      this.first.push(...b);
      this.firstN2 = addBag(this.first, leadCounts);
    }
    let dotHead = 0;
    let dotLead = 0;
    let n2 = 0;
    for (let k = 0; k < b.length; k++) {
      const id = b[k];
      n2 += 2 * ++counts[id] - 1;
      dotHead += headCounts[id];
      dotLead += leadCounts[id];
    }
    for (let k = 0; k < b.length; k++) counts[b[k]] = 0;
    this.head = n2 && this.titleN2 ? dotHead / Math.sqrt(n2 * this.titleN2) : 0;
    this.lead = i === 0 ? 1 : n2 && this.firstN2 ? dotLead / Math.sqrt(n2 * this.firstN2) : 0;
  }

  /** Leaves the shared counts zeroed. */
  done(): void {
    for (const id of this.title) headCounts[id] = 0;
    for (const id of this.first) leadCounts[id] = 0;
  }
}
