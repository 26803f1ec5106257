/**
 * The `outline` CLI (README: the main job's second half) as a reader runs it: a usage mistake
 * gets the usage and exit 2, never a stack trace; a page without an outline gets its reason
 * and exit 1; JSON output is exactly one object.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const SEED = join(ROOT, 'tests/fixtures/seed/source.html');

function outline(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/outline.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('outline CLI', () => {
  test('--help prints the usage and exits 0', () => {
    const r = outline('--help');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^usage: npm run outline -- /);
    expect(r.out).toContain('--length brief|standard|detailed');
  });

  test.each([
    [['--formt', 'md', SEED], "Unknown option '--formt'"],
    [[], 'no page given'],
    [['--length', 'long', SEED], 'unknown length "long"'],
    [['--format', 'pdf', SEED], 'unknown format "pdf"'],
  ])('%j is a usage mistake: "%s", the usage, exit 2', (args, say) => {
    const r = outline(...args);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`outline: ${say}`);
    expect(r.err).toContain('usage:');
    expect(r.err).not.toMatch(/\n\s+at /); // no stack trace
  });

  test('a saved page prints its outline; --format json prints one object', () => {
    const text = outline(SEED);
    expect(text.code).toBe(0);
    expect(text.out.split('\n')[0]).toBe('アラスカ米露首脳会談、ウクライナ停戦に進展なし');
    const json = outline('--format', 'json', '--length', 'brief', SEED);
    expect(json.code).toBe(0);
    const o = JSON.parse(json.out);
    expect(o.sections.map((s: { role: string }) => s.role)).toEqual([
      'background',
      'result',
      'strategy',
      'outlook',
    ]);
    for (const s of o.sections) expect(s.points.length).toBeLessThanOrEqual(1);
  });

  test('a missing file gets its reason and exit 1', () => {
    const r = outline(join(ROOT, 'tests/fixtures/no-such-page.html'));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^outline: ENOENT/);
  });
});
