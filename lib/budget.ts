/**
 * Size budgets of the built extension (issue 7: "a size budget is deterministic"), as pure
 * functions over file names and byte counts, so scripts/size.ts only reads and gzips files.
 *   content script ≤ 60 kB gzipped; popup and side panel JavaScript ≤ 150 kB gzipped each
 *   (everything their page loads: the entry chunk and the chunks it imports); Chrome zip ≤ 500 kB.
 * A kB is 1,000 bytes.
 */

export interface Budget {
  /** What the reader waits for: `content script`, `popup JS`, `side panel JS`, `Chrome zip`. */
  name: string;
  maxBytes: number;
  /** Gzipped sizes for scripts; the zip is measured as it is. */
  gzip: boolean;
}

export const BUDGETS = {
  content: { name: 'content script', maxBytes: 60_000, gzip: true },
  popup: { name: 'popup JS', maxBytes: 150_000, gzip: true },
  sidepanel: { name: 'side panel JS', maxBytes: 150_000, gzip: true },
  zip: { name: 'Chrome zip', maxBytes: 500_000, gzip: false },
} satisfies Record<string, Budget>;

export interface Measured {
  budget: Budget;
  /** The files counted, relative to the build folder (or the zip's name). */
  files: string[];
  bytes: number;
}

export const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

/** One line per budget: name, size, budget, files. */
export function describe(m: Measured): string {
  const over = m.bytes > m.budget.maxBytes;
  return `${over ? 'OVER' : 'ok  '} ${m.budget.name}: ${kB(m.bytes)}${m.budget.gzip ? ' gz' : ''} (budget ${kB(m.budget.maxBytes)}) ${m.files.join(' + ')}`;
}

/** A message naming the files and their size for every budget exceeded; empty when all fit. */
export function overBudget(measured: Measured[]): string[] {
  return measured
    .filter((m) => m.bytes > m.budget.maxBytes)
    .map(
      (m) =>
        `${m.budget.name} is ${kB(m.bytes)}${m.budget.gzip ? ' gzipped' : ''}, over its ${kB(m.budget.maxBytes)} budget: ${m.files.join(' + ')}`,
    );
}

/** Scripts an extension page loads at once: module scripts and modulepreload links. */
export function pageScripts(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) out.push(m[1]);
  for (const m of html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g)) out.push(m[1]);
  return [...new Set(out.map((s) => s.replace(/^\//, '')))];
}

/**
 * The scripts `entries` load, their imports followed (`from"./x.js"`, `import"./x.js"`), and
 * dynamic ones too (``import(`./x.js`)``): the popup loads its React app that way on every
 * opening (issue 7, entrypoints/popup/main.tsx), so it counts. `read` gives a file's text by
 * its path in the build folder.
 */
export function importClosure(entries: string[], read: (path: string) => string): string[] {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    seen.add(path);
    const dir = path.includes('/') ? path.slice(0, path.lastIndexOf('/') + 1) : '';
    for (const m of read(path).matchAll(/(?:\bfrom|\bimport)\s*\(?\s*["'`](\.{1,2}\/[^"'`]+)["'`]/g))
      queue.push(resolvePath(dir, m[1]));
  }
  return [...seen];
}

function resolvePath(dir: string, rel: string): string {
  const parts = (dir + rel).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}
