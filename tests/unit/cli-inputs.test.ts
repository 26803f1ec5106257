/**
 * The `outline` CLI on bad or odd local input: a clear message and a non-zero exit, never a stack
 * trace, never a garbage outline, never minutes of parsing; the outline on stdout, messages on stderr.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const SEED = join(ROOT, 'tests/fixtures/seed/source.html');
const DIR = mkdtempSync(join(tmpdir(), 'lede-cli-inputs-'));
afterAll(() => rmSync(DIR, { recursive: true, force: true }));

function outline(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/outline.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 45_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function file(name: string, bytes: string | Uint8Array): string {
  const path = join(DIR, name);
  writeFileSync(path, bytes);
  return path;
}

const SENTENCE = 'The government announced on Monday that the new policy would take effect next year.';

/** A small PDF whose uncompressed content stream reads as lines of English. */
const PDF = [
  '%PDF-1.4',
  '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
  '4 0 obj << /Length 999 >>',
  'stream',
  `BT /F1 12 Tf 72 720 Td ${Array.from({ length: 30 }, () => `(${SENTENCE}) Tj T*`).join(' ')} ET`,
  'endstream',
  'endobj',
  'trailer << /Root 1 0 R >>',
  '%%EOF',
].join('\n');

const noStackTrace = (err: string) => expect(err).not.toMatch(/\n\s+at |Unhandled/);

describe('outline CLI: odd input', () => {
  test('--format toString is an unknown format, not "[object Object]"', () => {
    const r = outline('--format', 'toString', SEED);
    expect(r.code).toBe(2);
    expect(r.err).toContain('outline: unknown format "toString"');
    expect(r.out).toBe('');
  });

  test('a PDF file says it is a PDF, not an outline of its streams', () => {
    const pdf = file('report.pdf', PDF);
    const r = outline(pdf);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toContain('Lede cannot read PDF files yet.');
    noStackTrace(r.err);
    const json = outline('--format', 'json', pdf);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.out).error.code).toBe('pdf');
  });

  test('a binary file (PNG) says it is not a page', () => {
    const png = new Uint8Array([
      0x89,
      0x50,
      0x4e,
      0x47,
      0x0d,
      0x0a,
      0x1a,
      0x0a,
      0,
      0,
      0,
      0x0d,
      0x49,
      0x48,
      0x44,
      0x52,
      0,
      0,
      0,
      1,
      ...new TextEncoder().encode(`\n${SENTENCE}\n${SENTENCE}\n`),
    ]);
    const r = outline(file('picture.png', png));
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/picture\.png: not a web page or a text file/);
    noStackTrace(r.err);
  });

  test('a .gz that is not gzip names the file and says so', () => {
    const path = file('page.html.gz', '<html><body><p>Hello</p></body></html>');
    const r = outline(path);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${path}: not a valid gzip file`);
    noStackTrace(r.err);
  });

  test('a .txt of one line is outlined as its body, not "no readable text"', () => {
    const r = outline(file('one line.txt', Array.from({ length: 6 }, () => SENTENCE).join(' ')));
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('The government announced on Monday');
  });

  test('a .txt with old Mac line ends (CR only) keeps its title and its lines', () => {
    const text = ['Policy news', SENTENCE, 'The minister said more would follow soon, officials added.'];
    const r = outline('--format', 'json', file('mac.txt', text.join('\r')));
    expect(r.code).toBe(0);
    const o = JSON.parse(r.out);
    expect(o.title).toBe('Policy news');
    expect(o.paragraphs.length).toBe(2);
  });

  test('an HTML file of 30 MB is refused as too large in seconds, as the extension refuses it', () => {
    const path = join(DIR, 'huge.html');
    writeFileSync(path, `<html><body>${'<p>Short one.</p>\n'.repeat(1_700_000)}</body></html>`);
    const t0 = Date.now();
    const r = outline(path);
    expect(Date.now() - t0).toBeLessThan(30_000);
    expect(r.code).toBe(1);
    expect(r.err).toContain(
      'This page is too large to outline in one go. (more than 10000000 characters of HTML)',
    );
    const json = outline('--format', 'json', path);
    expect(JSON.parse(json.out).error.code).toBe('too-large');
  });

  test('a file of gigabytes, or a .gz that unzips to them, is refused unread', () => {
    const sparse = join(DIR, 'enormous.html');
    writeFileSync(sparse, '');
    truncateSync(sparse, 3 * 1024 ** 3); // 3 GB of holes: readFileSync refused it with ERR_FS_FILE_TOO_LARGE
    const r = outline(sparse);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/too large to outline in one go/);
    noStackTrace(r.err);
    const bomb = file('bomb.html.gz', gzipSync(Buffer.alloc(60_000_000, 'a')));
    const b = outline(bomb);
    expect(b.code).toBe(1);
    expect(b.err).toMatch(/too large to outline in one go/);
  });

  test('a reader that closes the pipe early gets no stack trace', async () => {
    const p = spawn(process.execPath, ['--import', 'tsx', 'scripts/outline.ts', '--format', 'html', SEED], {
      cwd: ROOT,
    });
    p.stdout.destroy(); // as `| true` or `| head -c 1` does
    let err = '';
    p.stderr.setEncoding('utf8').on('data', (d) => (err += d));
    const code = await new Promise((done) => p.on('close', done));
    expect(err).toBe('');
    expect(code).toBe(0);
  });
});
