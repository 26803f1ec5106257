/**
 * Interned tokens: every distinct token (a lower-case word, or a CJK bigram) gets a small
 * integer id, found from the characters of the text it stands in, without building a string
 * (issue 7: segment() and pickPoints() must cost a fraction of extraction; slicing and
 * lower-casing every word, then hashing the new string for a Map lookup, was the largest single
 * cost of segmenting English). Ids index typed arrays (per-token facts, bag counts) instead of
 * Maps.
 *
 * Ids are valid until `maybeReset()` empties the table (it does so only past LIMIT tokens, so
 * memory stays bounded); `generation` changes then, and whoever keeps ids or per-id facts
 * checks it. Call `maybeReset()` only where no ids are held (the start of a document).
 *
 * Exports: `TOKENS` (the table), `TokenTable`.
 */

/** FNV-1a over UTF-16 units (any well-mixed hash would do; ids do not depend on it). */
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * Entries of TokenTable's front cache (a power of two; 256 kB). 4,096 entries missed on 14% of
 * the NewsDiscourse words (~20,000 distinct words over the corpus), 16,384 on 5%.
 */
const FRONT = 16384;
/** The longest run the front cache holds: three integers of four character codes. */
export const PACKED_MAX = 12;

/** Past this many tokens the table starts again at the next document (news English: ~20,000 words). */
const LIMIT = 100_000;

export class TokenTable {
  private strs: string[] = [];
  private hashes = new Int32Array(1024);
  /**
   * Open addressing, two entries a slot: [2s] the token's hash, [2s + 1] its id + 1 (0 free).
   * The hash sits beside the id, so a probe reads one cache line instead of two (issue 7: with
   * ~20,000 news words the table outgrows the caches, and the lookup was a fifth of segment()).
   */
  private slots = new Int32Array(8192);
  generation = 0;

  /**
   * A direct-mapped cache in front of the table for runs of up to twelve ASCII letters and
   * digits (lower-cased), packed in three integers: [4e] id + 1 (0 empty), [4e + 1] characters
   * 0–3, [4e + 2] 4–7, [4e + 3] 8–11 (a byte each, 0 past the run's end: no letter or digit is
   * 0, so the three integers are the run itself and a match needs no hash). A hit needs neither
   * the table nor the token's string (issue 7: a lookup was two cache misses, ~80 ns, on most
   * words of a sentence; news English is mostly its few thousand commonest words; the figures of
   * the bag, "2019", "15", and words of nine to twelve letters missed it before).
   */
  private front = new Int32Array(FRONT * 4);

  get size(): number {
    return this.strs.length;
  }

  /** The token of an id. */
  str(id: number): string {
    return this.strs[id];
  }

  maybeReset(): void {
    if (this.strs.length <= LIMIT) return;
    this.strs = [];
    this.hashes = new Int32Array(1024);
    this.slots = new Int32Array(8192);
    this.front.fill(0);
    this.generation++;
  }

  /**
   * The id of text[start, end) lower-cased, for ASCII text only (A–Z lower-cased by +32, other
   * characters as they are); `h` is `asciiHash(text, start, end)`, computed by the caller's scan.
   */
  asciiId(text: string, start: number, end: number, h: number, lower = true): number {
    const slots = this.slots;
    const mask = slots.length - 2;
    const n = end - start;
    for (let at = (h << 1) & mask; ; at = (at + 2) & mask) {
      const v = slots[at + 1];
      if (v === 0) break;
      if (slots[at] !== h) continue;
      const id = v - 1;
      const s = this.strs[id];
      if (s.length !== n) continue;
      let k = 0;
      while (k < n) {
        let c = text.charCodeAt(start + k);
        if (c >= 65 && c <= 90) c += 32;
        if (s.charCodeAt(k) !== c) break;
        k++;
      }
      if (k === n) return id;
    }
    // (`lower` false: text without A–Z, already lower-cased by the caller, stored as it is.)
    const token = text.slice(start, end);
    return this.insert(lower ? token.toLowerCase() : token, h);
  }

  /**
   * `asciiId(text, start, end, h)` for a run of one to PACKED_MAX ASCII letters and digits
   * whose lower-cased codes, a byte each in order, are `p0` (characters 0–3), `p1` (4–7) and
   * `p2` (8–11).
   */
  packedId(text: string, start: number, end: number, h: number, p0: number, p1: number, p2: number): number {
    const front = this.front;
    const e = (h & (FRONT - 1)) << 2;
    if (front[e + 1] === p0 && front[e + 2] === p1 && front[e + 3] === p2 && front[e] !== 0)
      return front[e] - 1;
    const id = this.asciiId(text, start, end, h);
    front[e] = id + 1;
    front[e + 1] = p0;
    front[e + 2] = p1;
    front[e + 3] = p2;
    return id;
  }

  /**
   * The id of the CJK bigram token of units c1 c2 (tokens.ts gives it as a number): interned as
   * the string "\0" c1 c2. No word token holds U+0000 (not a letter), so a bigram never shares an
   * id with a word, even one of the same two letters ("wi" of "でWi-Fi" is a bigram there).
   */
  bigramId(c1: number, c2: number): number {
    let h = Math.imul(FNV_OFFSET, FNV_PRIME); // FNV_OFFSET ^ 0, then the prime: the "\0"
    h = Math.imul(h ^ c1, FNV_PRIME);
    h = Math.imul(h ^ c2, FNV_PRIME);
    const slots = this.slots;
    const mask = slots.length - 2;
    for (let at = (h << 1) & mask; ; at = (at + 2) & mask) {
      const v = slots[at + 1];
      if (v === 0) break;
      if (slots[at] !== h) continue;
      const s = this.strs[v - 1];
      if (s.length === 3 && s.charCodeAt(0) === 0 && s.charCodeAt(1) === c1 && s.charCodeAt(2) === c2)
        return v - 1;
    }
    return this.insert(String.fromCharCode(0, c1, c2), h);
  }

  /** The id of a token given as a string (already lower-cased as the caller's tokenizer does). */
  id(s: string): number {
    let h = FNV_OFFSET;
    for (let k = 0; k < s.length; k++) h = Math.imul(h ^ s.charCodeAt(k), FNV_PRIME);
    const slots = this.slots;
    const mask = slots.length - 2;
    for (let at = (h << 1) & mask; ; at = (at + 2) & mask) {
      const v = slots[at + 1];
      if (v === 0) break;
      if (slots[at] === h && this.strs[v - 1] === s) return v - 1;
    }
    return this.insert(s, h);
  }

  private insert(s: string, h: number): number {
    const id = this.strs.length;
    this.strs.push(s);
    if (id >= this.hashes.length) {
      const grown = new Int32Array(this.hashes.length * 2);
      grown.set(this.hashes);
      this.hashes = grown;
    }
    this.hashes[id] = h;
    if ((id + 1) * 4 > this.slots.length) this.rehash(this.slots.length * 2);
    else this.place(id, h);
    return id;
  }

  private place(id: number, h: number): void {
    const mask = this.slots.length - 2;
    let at = (h << 1) & mask;
    while (this.slots[at + 1] !== 0) at = (at + 2) & mask;
    this.slots[at] = h;
    this.slots[at + 1] = id + 1;
  }

  private rehash(size: number): void {
    this.slots = new Int32Array(size);
    for (let id = 0; id < this.strs.length; id++) this.place(id, this.hashes[id]);
  }
}

/** The hash `asciiId` expects: FNV-1a of the lower-cased units of text[start, end). */
export function asciiHash(text: string, start: number, end: number): number {
  let h = FNV_OFFSET;
  for (let k = start; k < end; k++) {
    let c = text.charCodeAt(k);
    if (c >= 65 && c <= 90) c += 32;
    h = Math.imul(h ^ c, FNV_PRIME);
  }
  return h;
}

export const HASH_OFFSET = FNV_OFFSET;
export const HASH_PRIME = FNV_PRIME;

/** One table for the whole process: segment() and pickPoints() share their ids. */
export const TOKENS = new TokenTable();
