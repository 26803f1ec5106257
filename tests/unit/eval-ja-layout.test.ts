/**
 * `npm run eval -- --ja DIR --json` on a held-out layout that differs from the visible one
 * (issue 3): a page with no labels, a label with no page, a key that matches two blocks, an
 * empty page, a page in another charset. The command must finish, say what it skipped, and
 * end stdout with the JSON object.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const body = [
  '東京都は1日、新しい子育て支援策を発表した。保育所の定員を来年度までに1万人増やす。',
  '写真：共同',
  'これまで都内では待機児童が多く、保護者から対策を求める声が上がっていた。',
  '写真：共同',
  '都は今後、区市町村と協議を進め、来年春から順次実施する予定だ。',
];
const html = (title: string, paragraphs: string[], head = '<meta charset="utf-8">') =>
  `<!doctype html><html lang="ja"><head>${head}<title>${title}</title></head><body><article><h1>${title}</h1>` +
  `<p>${paragraphs[0]}</p><h2>これまでの経緯</h2>${paragraphs
    .slice(1)
    .map((p) => `<p>${p}</p>`)
    .join('')}</article></body></html>`;
const label = (key: string, role: string, i: number) => ({ i, key, tag: 'p', role });
const labelled = {
  title: '子育て支援策',
  sections: [
    {
      heading: '(lead: text before first heading)',
      heading_tag: null,
      role: 'result',
      acceptable_roles: ['result'],
      paragraphs: [label(body[0].slice(0, 20), 'result', 1)],
    },
    {
      heading: 'これまでの経緯',
      heading_tag: 'h2',
      role: 'background',
      acceptable_roles: ['background'],
      paragraphs: [
        label('写真：共同', 'other', 3),
        label(body[2].slice(0, 20), 'background', 4),
        label('写真：共同', 'other', 5),
        label(body[4].slice(0, 20), 'outlook', 6),
      ],
    },
  ],
};

const dir = mkdtempSync(join(tmpdir(), 'lede-eval-ja-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('eval --ja on a layout with gaps', () => {
  it('finishes, says what it skipped, and ends with the JSON object', () => {
    mkdirSync(join(dir, 'pages'));
    writeFileSync(join(dir, 'pages', 'good.html'), html('子育て支援策', body));
    writeFileSync(join(dir, 'pages', 'unlabelled.html'), html('別の記事', body));
    writeFileSync(join(dir, 'pages', 'empty.html'), '');
    // UTF-16 with a byte-order mark: another charset than the visible pages' UTF-8 and Shift_JIS.
    writeFileSync(
      join(dir, 'pages', 'utf16.html'),
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(html('子育て支援策', body, ''), 'utf16le')]),
    );
    writeFileSync(
      join(dir, 'labels.json'),
      JSON.stringify({
        _about: { note: 'notes are not pages' },
        'good.html': labelled,
        'utf16.html': labelled,
        'empty.html': labelled,
        'missing.html': labelled,
      }),
    );
    const stdout = execFileSync(
      join('node_modules', '.bin', 'tsx'),
      ['scripts/eval.ts', '--ja', dir, '--json'],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const lines = stdout.trimEnd().split('\n');
    const result = JSON.parse(lines.at(-1)!) as Record<string, unknown>;
    for (const k of ['macroF1Roles', 'accuracy', 'perClass', 'documents', 'units'])
      expect(result).toHaveProperty(k);
    expect(result.documents).toBe(2);
    expect(result.units).toBe(10);
    const text = lines.slice(0, -1).join('\n');
    expect(text).toMatch(/skipped.*missing\.html/);
    expect(text).toMatch(/skipped.*empty\.html/);
    expect(text).toMatch(/skipped.*unlabelled\.html/);
  });
});
