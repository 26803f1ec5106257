/** The seed article's outline (tests/fixtures/seed), made once for the component tests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractArticle } from '@/lib/extract';
import { parseDocument } from '@/lib/node/parse';
import { outlineArticle } from '@/lib/pipeline';
import type { Outline } from '@/lib/types';

let made: Outline | null = null;

export function seedOutline(): Outline {
  if (made) return made;
  const html = readFileSync(join(import.meta.dirname, '../fixtures/seed/source.html'), 'utf8');
  const r = outlineArticle(extractArticle(parseDocument(html), { url: 'https://example.org/seed.html' }));
  if (!r.ok) throw new Error(r.error.message);
  return (made = r.value);
}
