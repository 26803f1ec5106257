/**
 * FNV-1a: a feature name to a slot of the model's weight table, identical in Node and browsers.
 * `fnv` continues a running hash, so a feature made of parts ("b:" + word + "_" + word) hashes
 * to the same slot as its joined name without building the string (segmenting stays within
 * issue 3's 5 ms budget).
 */
export const FNV_OFFSET = 0x811c9dc5;

export function fnv(s: string, h = FNV_OFFSET): number {
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}

export function slotOf(h: number, bits: number): number {
  return (h >>> 0) & ((1 << bits) - 1);
}

export function hashFeature(name: string, bits: number): number {
  return slotOf(fnv(name), bits);
}
