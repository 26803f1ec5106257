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

/** Past this many tokens the table starts again at the next document (news English: ~20,000 words). */
const LIMIT = 100_000;

export class TokenTable {
  private strs: string[] = [];
  private hashes = new Int32Array(1024);
  /** Open addressing: hash slot → id + 1 (0 free). */
  private slots = new Int32Array(4096);
  generation = 0;

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
    this.slots = new Int32Array(4096);
    this.generation++;
  }

  /**
   * The id of text[start, end) lower-cased, for ASCII text only (A–Z lower-cased by +32, other
   * characters as they are); `h` is `asciiHash(text, start, end)`, computed by the caller's scan.
   */
  asciiId(text: string, start: number, end: number, h: number, lower = true): number {
    const mask = this.slots.length - 1;
    const n = end - start;
    for (let at = h & mask; ; at = (at + 1) & mask) {
      const v = this.slots[at];
      if (v === 0) break;
      const id = v - 1;
      if (this.hashes[id] !== h) continue;
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
   * The id of the CJK bigram token of units c1 c2 (tokens.ts gives it as a number): interned as
   * the string "\0" c1 c2. No word token holds U+0000 (not a letter), so a bigram never shares an
   * id with a word, even one of the same two letters ("wi" of "でWi-Fi" is a bigram there).
   */
  bigramId(c1: number, c2: number): number {
    let h = Math.imul(FNV_OFFSET, FNV_PRIME); // FNV_OFFSET ^ 0, then the prime: the "\0"
    h = Math.imul(h ^ c1, FNV_PRIME);
    h = Math.imul(h ^ c2, FNV_PRIME);
    const mask = this.slots.length - 1;
    for (let at = h & mask; ; at = (at + 1) & mask) {
      const v = this.slots[at];
      if (v === 0) break;
      if (this.hashes[v - 1] !== h) continue;
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
    const mask = this.slots.length - 1;
    for (let at = h & mask; ; at = (at + 1) & mask) {
      const v = this.slots[at];
      if (v === 0) break;
      if (this.hashes[v - 1] === h && this.strs[v - 1] === s) return v - 1;
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
    if ((id + 1) * 2 > this.slots.length) this.rehash(this.slots.length * 2);
    else this.place(id, h);
    return id;
  }

  private place(id: number, h: number): void {
    const mask = this.slots.length - 1;
    let at = h & mask;
    while (this.slots[at] !== 0) at = (at + 1) & mask;
    this.slots[at] = id + 1;
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
