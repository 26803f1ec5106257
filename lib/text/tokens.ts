/** Language-neutral tokens for similarity: lower-cased words, and character bigrams for CJK runs. */

const WORD = /[\p{L}\p{N}]+/gu;
const CJK_RUN = /[\u3040-\u30ff\u4e00-\u9fff]/;
const STOP = new Set(
  'the a an and or of to in on for at by with from as is are was were be been it its this that these those he she they we you i his her their our has have had not but said says will would'.split(
    ' ',
  ),
);

export function tokens(text: string): string[] {
  const out: string[] = [];
  // match() returns plain strings: no match objects to allocate (issue 3's 5 ms budget).
  for (const w of text.toLowerCase().match(WORD) ?? []) {
    if (CJK_RUN.test(w)) {
      for (let i = 0; i + 1 < w.length; i++) out.push(w.slice(i, i + 2));
    } else if (!STOP.has(w) && w.length > 1) out.push(w);
  }
  return out;
}

export function bag(text: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of tokens(text)) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
}

/** Cosine similarity of two bags of tokens. */
export function cosine(a: Map<string, number>, b: Map<string, number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [k, v] of a) {
    na += v * v;
    const w = b.get(k);
    if (w) dot += v * w;
  }
  for (const v of b.values()) nb += v * v;
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}
