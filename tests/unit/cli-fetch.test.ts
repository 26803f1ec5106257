/**
 * The `outline` CLI given a URL, against servers on 127.0.0.1 started here (never the network):
 * HTTP errors, redirects, content that is not a page, a charset named only in the HTTP header,
 * a response too large to read and a server that never answers.
 */
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadPage } from '../../lib/node/load';

const ROOT = join(import.meta.dirname, '../..');

function outline(...args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((done) => {
    const p = spawn(process.execPath, ['--import', 'tsx', 'scripts/outline.ts', ...args], {
      cwd: ROOT,
      timeout: 45_000,
    });
    let out = '';
    let err = '';
    p.stdout.setEncoding('utf8').on('data', (d) => (out += d));
    p.stderr.setEncoding('utf8').on('data', (d) => (err += d));
    p.on('close', (code) => done({ code, out, err }));
  });
}

/** A Japanese article's title and paragraphs in Shift_JIS (Node encodes no Shift_JIS itself). */
const TITLE_SJIS = '938c8b9e937382aa905682bd82c88e7188e782c48e7889878df482f094ad955c';
const PARAGRAPHS_SJIS = [
  '938c8b9e937382cd313593fa81418e7188e782c490a291d182f091ce8fdb82c682b582bd905682bd82c88e7889878df482f094ad955c82b582bd81428f8a93be90a78cc082f090dd82af82b881418e7182c782e088ea906c82a082bd82e88c8e8a7a35303030897e82f08e788b8b82b782e98142',
  '937382c982e682e982c6814191ce8fdb82cd96f1313930969c906c82c98fe382e98ca98d9e82dd82c581419788944e9378975c8e5a82c996f13132303089ad897e82f08c768fe382b782e995fb906a82be8142926d8e9682cd8b4c8ed289ef8ca982c58f7182d782bd8142',
  '937382cd9788944e318c8e82a982e7905c90bf82cc8ef382af957482af82f08e6e82df82e9975c92e882c581418d9182c982e093af976c82cc90a7937882cc93b193fc82f08b8182df82c482a282ad82c682b582c482a282e98142',
];
const TITLE = '東京都が新たな子育て支援策を発表';
/** The page in Shift_JIS with no <meta charset>: only the HTTP header names its charset. */
const SJIS_PAGE = Buffer.concat([
  Buffer.from('<html><head><title>'),
  Buffer.from(TITLE_SJIS, 'hex'),
  Buffer.from('</title></head><body><article><h1>'),
  Buffer.from(TITLE_SJIS, 'hex'),
  Buffer.from('</h1>'),
  ...PARAGRAPHS_SJIS.flatMap((p) => [Buffer.from('<p>'), Buffer.from(p, 'hex'), Buffer.from('</p>')]),
  Buffer.from('</article></body></html>'),
]);

/** The same page in UTF-8. */
const UTF8_PAGE = new TextDecoder('shift_jis').decode(SJIS_PAGE);

let huge = { sent: 0 };
let server: Server;
let base = '';
/** A port nothing listens on: a server's, once closed. */
let closedPort = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? '/';
    if (path === '/404') return res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>');
    if (path === '/moved') return res.writeHead(302, { location: '/sjis' }).end();
    if (path === '/sjis')
      return res.writeHead(200, { 'content-type': 'text/html; charset=Shift_JIS' }).end(SJIS_PAGE);
    if (path === '/bom')
      // A static server's default charset over a UTF-8 file with a BOM: browsers read the BOM.
      return res
        .writeHead(200, { 'content-type': 'text/html; charset=iso-8859-1' })
        .end(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(UTF8_PAGE)]));
    if (path === '/unknown-label')
      // A label no decoder knows: browsers ignore it and read the page's <meta charset>.
      return res
        .writeHead(200, { 'content-type': 'text/html; charset=x-no-such-charset' })
        .end(Buffer.concat([Buffer.from('<meta charset="shift_jis">'), SJIS_PAGE]));
    if (path === '/pdf')
      return res
        .writeHead(200, { 'content-type': 'application/pdf' })
        .end(
          `%PDF-1.4\nstream\nBT (${'The government announced on Monday that it would act. '.repeat(20)}) Tj ET\n`,
        );
    if (path === '/png')
      return res
        .writeHead(200, { 'content-type': 'image/png' })
        .end(Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'));
    if (path === '/never') return; // answers nothing, ever
    if (path === '/huge') {
      // 200 MB of HTML, no Content-Length: the reader must stop, not buffer it all.
      res.writeHead(200, { 'content-type': 'text/html' });
      const chunk = Buffer.alloc(1 << 20, 'a');
      const more = () => {
        while (huge.sent < 200 << 20) {
          huge.sent += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', more);
        }
        res.end();
      };
      res.on('close', () => res.destroy());
      return more();
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const closed = createServer();
  await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
  closedPort = (closed.address() as AddressInfo).port;
  await new Promise((r) => closed.close(r));
});

afterAll(() => {
  server.closeAllConnections();
  server.close();
});

const noStackTrace = (err: string) => expect(err).not.toMatch(/\n\s+at |Unhandled/);

describe('outline CLI: URLs (127.0.0.1 only)', () => {
  test('an HTTP 404 is its status and exit 1', async () => {
    const r = await outline(`${base}/404`);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toBe(`outline: ${base}/404: HTTP 404\n`);
  });

  test('a redirect is followed, and the page keeps the address it landed on', async () => {
    const r = await outline('--format', 'json', `${base}/moved`);
    expect(r.code).toBe(0);
    const o = JSON.parse(r.out);
    expect(o.url).toBe(`${base}/sjis`);
  });

  test('a charset named only in the Content-Type header decodes the page (Shift_JIS)', async () => {
    const r = await outline(`${base}/sjis`);
    expect(r.code).toBe(0);
    expect(r.out.split('\n')[0]).toBe(TITLE);
    expect(r.out).toContain('子育て世帯');
  });

  test.each(['bom', 'unknown-label'])(
    'a charset the browser would not take from the header is not taken (%s)',
    async (path) => {
      const r = await outline(`${base}/${path}`);
      expect(r.code).toBe(0);
      expect(r.out.split('\n')[0]).toBe(TITLE);
    },
  );

  test('application/pdf says it is a PDF, in text and in json', async () => {
    const r = await outline(`${base}/pdf`);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toContain('Lede cannot read PDF files yet.');
    const json = await outline('--format', 'json', `${base}/pdf`);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.out).error.code).toBe('pdf');
  });

  test('image/png says it is not a page', async () => {
    const r = await outline(`${base}/png`);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toContain(`${base}/png: not a web page or a text file (image/png)`);
  });

  test('a response past the size bound is cut off and refused as too large', async () => {
    huge = { sent: 0 };
    const r = await outline(`${base}/huge`);
    expect(r.code).toBe(1);
    expect(r.err).toContain('This page is too large to outline in one go.');
    noStackTrace(r.err);
    expect(huge.sent).toBeLessThan(200 << 20);
  });

  test('a refused connection names the address and the reason, not only "fetch failed"', async () => {
    const url = `http://127.0.0.1:${closedPort}/`;
    const r = await outline(url);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`outline: ${url}: `);
    expect(r.err).toContain('ECONNREFUSED');
  });

  test('a server that never answers times out with a typed error', async () => {
    const t0 = Date.now();
    await expect(loadPage(`${base}/never`, { timeoutMs: 300 })).rejects.toMatchObject({
      error: { code: 'timeout' },
    });
    expect(Date.now() - t0).toBeLessThan(5_000);
  }, 10_000);
});
