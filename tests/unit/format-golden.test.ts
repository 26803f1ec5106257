/**
 * Issue 4: golden outputs of every format and copy scope on real pages, Japanese and English.
 * Each page's outline is stored as input.json, so this pins the formats alone; regenerate with
 * `npx tsx scripts/golden-format.ts` and review the diff.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Outline } from '../../lib/types';
import { GOLDEN_DIR, goldenFiles } from '../../scripts/golden-format';

const pages = readdirSync(GOLDEN_DIR);

it('covers Japanese and English pages', () => {
  expect(pages.some((p) => p.startsWith('ja-'))).toBe(true);
  expect(pages.some((p) => p.startsWith('en-'))).toBe(true);
});

describe.each(pages)('%s', (page) => {
  const dir = join(GOLDEN_DIR, page);
  const outline = JSON.parse(readFileSync(join(dir, 'input.json'), 'utf8')) as Outline;
  const files = goldenFiles(outline);
  const stored = readdirSync(dir).filter((f) => f !== 'input.json');

  it('has exactly the files the formats write', () =>
    expect(stored.sort()).toEqual(Object.keys(files).sort()));

  it.each(Object.keys(files))('%s', (name) => {
    expect(files[name]).toBe(readFileSync(join(dir, name), 'utf8'));
  });
});
