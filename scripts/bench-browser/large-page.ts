/**
 * A very large real page for `npm run bench:browser` (issue 7: "in the page the work never
 * blocks the main thread for more than 50 ms at a time", on any length): the bodies of the
 * extraction benchmark's pages one after another in one document, up to `maxElements` elements,
 * kept within Lede's bounds (lib/guard/limits.ts) so it is copied rather than refused.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readHtmlFile } from '../../lib/node/load';
import { SHARED } from '../../tests/e2e/harness';

export function largePage(maxElements = 20_000): { html: string; elements: number } {
  const dir = join(SHARED, 'data/extraction-benchmark/html');
  const bodies: string[] = [];
  let elements = 0;
  for (const f of readdirSync(dir).sort()) {
    const html = readHtmlFile(join(dir, f));
    const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1];
    if (!body) continue;
    const tags = body.match(/<[a-z]/gi)?.length ?? 0;
    if (elements + tags > maxElements) break;
    elements += tags;
    bodies.push(`<section>${body}</section>`);
  }
  const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Many articles</title></head><body>${bodies.join('\n')}</body></html>`;
  return { html, elements };
}
