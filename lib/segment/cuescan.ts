/**
 * One pass over a sentence for a whole list of cue patterns (issue 3's 5 ms budget: testing
 * ~35 Japanese cue regexes one by one on every sentence cost about a millisecond per
 * 100-paragraph article). Most cue patterns are alternations of plain words; those words go
 * into one trie, walked from every position of the sentence, so every word that occurs is
 * found: the scan gives exactly the answer of testing each pattern. (The trie replaced one
 * dictionary regex with a lookahead at every position: 25–30% less time per sentence on the
 * ja-news sentences.) Alternatives that are not plain words (anchors, digit classes, `.*`) stay
 * regexes, tested only for their own pattern.
 */

/** Literal expansions of a regex source, or null when it is not a finite set of words. */
function expand(src: string, limit = 64): string[] | null {
  let pos = 0;
  // alternation := sequence ('|' sequence)*
  function alternation(): string[] | null {
    const out: string[] = [];
    for (;;) {
      const seq = sequence();
      if (!seq) return null;
      out.push(...seq);
      if (out.length > limit) return null;
      if (src[pos] !== '|') return out;
      pos++;
    }
  }
  // sequence := (atom '?'?)*
  function sequence(): string[] | null {
    let acc = [''];
    while (pos < src.length && src[pos] !== '|' && src[pos] !== ')') {
      let atom: string[] | null;
      const c = src[pos];
      if (src.startsWith('(?:', pos)) {
        pos += 3;
        atom = alternation();
        if (!atom || src[pos] !== ')') return null;
        pos++;
      } else if (c === '[') {
        const end = src.indexOf(']', pos);
        const body = src.slice(pos + 1, end);
        if (end < 0 || /[\\^\-[\]]/.test(body)) return null;
        atom = [...body];
        pos = end + 1;
      } else if ('\\^$.*+(){}?'.includes(c)) return null;
      else {
        atom = [c];
        pos++;
      }
      if (src[pos] === '?') {
        atom = ['', ...atom];
        pos++;
      }
      if (src[pos] === '*' || src[pos] === '+' || src[pos] === '{') return null;
      acc = acc.flatMap((a) => atom!.map((b) => a + b));
      if (acc.length > limit) return null;
    }
    return acc;
  }
  const out = alternation();
  return out && pos === src.length && !out.includes('') ? out : null;
}

/** Top-level alternatives of a regex source (split at `|` outside groups and classes). */
export function topAlternatives(src: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(src.slice(start, i));
      start = i + 1;
    }
  }
  out.push(src.slice(start));
  return out;
}

export interface CueScanner {
  /** Which of the patterns (by index) occur in `text`. */
  scan(text: string, out: Uint8Array): Uint8Array;
  size: number;
}

export function compileScanner(patterns: RegExp[]): CueScanner {
  const wordIds = new Map<string, number[]>();
  const residual: { id: number; re: RegExp }[] = [];
  patterns.forEach((re, id) => {
    const rest: string[] = [];
    for (const alt of topAlternatives(re.source)) {
      const words = expand(alt);
      if (!words) rest.push(alt);
      else for (const w of words) wordIds.set(w, [...(wordIds.get(w) ?? []), id]);
    }
    if (rest.length) residual.push({ id, re: new RegExp(rest.join('|'), re.flags.replace(/[gy]/g, '')) });
  });
  // A trie of the words over UTF-16 units: walking it from every position of the text meets every
  // word that starts there, so every word that occurs is found.
  const next: Map<number, number>[] = [new Map()];
  const ends: (number[] | null)[] = [null];
  for (const [w, wids] of wordIds) {
    let node = 0;
    for (let k = 0; k < w.length; k++) {
      const c = w.charCodeAt(k);
      let child = next[node].get(c);
      if (child === undefined) {
        child = next.length;
        next[node].set(c, child);
        next.push(new Map());
        ends.push(null);
      }
      node = child;
    }
    ends[node] = wids;
  }
  // The root's children in a table by UTF-16 unit (child + 1, 0 none): most positions of a
  // sentence start no word, and a typed-array load says so faster than a Map lookup (issue 7).
  const root = new Int32Array(65536);
  for (const [c, child] of next[0]) root[c] = child + 1;
  return {
    size: patterns.length,
    scan(text, out) {
      out.fill(0);
      for (let i = 0; i < text.length; i++) {
        const first = root[text.charCodeAt(i)];
        if (first === 0) continue;
        let node: number | undefined = first - 1;
        for (let j = i + 1; node !== undefined; j++) {
          const hit = ends[node];
          if (hit) for (const id of hit) out[id] = 1;
          node = j < text.length ? next[node].get(text.charCodeAt(j)) : undefined;
        }
      }
      for (const r of residual) if (!out[r.id] && r.re.test(text)) out[r.id] = 1;
      return out;
    },
  };
}
