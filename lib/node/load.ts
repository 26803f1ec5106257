/** Node-only: read a saved page (optionally .gz) or fetch a URL, decoded by its charset. */
import { readFileSync, statSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { decodeHtml, sniffCharset } from '../decode';
import { ledeError } from '../errors';
import { extractArticle } from '../extract';
import { asLivePage } from '../extract/reparse';
import { LIMITS } from '../guard/limits';
import type { Article, LedeError } from '../types';
import { parseDocument } from './parse';

export interface LoadedPage {
  html: string;
  url: string;
}

/**
 * Bytes of a page read at most, from a file, an unzipped .gz or a response: no charset takes
 * more than 4 bytes a character, so more bytes than this are more than LIMITS.maxHtmlChars
 * characters, which the CLI refuses anyway. Without it a gzip bomb, a file of a gigabyte or an
 * endless response was read whole into memory first.
 */
export const MAX_PAGE_BYTES = 4 * LIMITS.maxHtmlChars;
/** How long a URL may take to answer, body included: a server that never answers hung the CLI. */
export const FETCH_TIMEOUT_MS = 30_000;

/** A page refused before it is parsed, with the reader-facing reason the pipeline would give. */
export class PageError extends Error {
  constructor(readonly error: LedeError) {
    super(error.message);
  }
}

const tooLarge = () => new PageError(ledeError('too-large', false, `more than ${MAX_PAGE_BYTES} bytes`));

export async function loadPage(
  source: string,
  { timeoutMs = FETCH_TIMEOUT_MS }: { timeoutMs?: number } = {},
): Promise<LoadedPage> {
  if (/^https?:\/\//i.test(source)) return fetchPage(source, timeoutMs);
  if (statSync(source).size > MAX_PAGE_BYTES) throw tooLarge();
  const bytes = readPageBytes(source, MAX_PAGE_BYTES);
  refuseNonPage(source, bytes, null);
  return { html: decodeHtml(bytes), url: pathToFileURL(resolve(source)).href };
}

async function fetchPage(source: string, timeoutMs: number): Promise<LoadedPage> {
  let res: Response | undefined;
  try {
    res = await fetch(source, { signal: AbortSignal.timeout(timeoutMs) });
    if (!res.ok) throw new Error(`${source}: HTTP ${res.status}`);
    const type = res.headers.get('content-type');
    refuseType(source, type); // before the body is read; its bytes after
    const bytes = await readBody(res);
    refuseNonPage(source, bytes, type);
    return { html: decodeHtml(bytes, type), url: res.url || source };
  } catch (e) {
    if (!res?.bodyUsed) res?.body?.cancel().catch(() => {}); // the body is not wanted
    if (e instanceof PageError || !(e instanceof Error)) throw e;
    if (e.name === 'TimeoutError')
      throw new PageError(ledeError('timeout', false, `no answer in ${timeoutMs / 1000} s`));
    // fetch says only "fetch failed"; the reason (ECONNREFUSED, ENOTFOUND, …) is its cause.
    if (e.cause instanceof Error) throw new Error(`${source}: ${e.cause.message}`);
    throw e;
  }
}

/** The body, refused once past MAX_PAGE_BYTES: an endless response was buffered whole. */
async function readBody(res: Response): Promise<Uint8Array> {
  if (Number(res.headers.get('content-length')) > MAX_PAGE_BYTES) throw tooLarge();
  const reader = res.body?.getReader();
  try {
    const parts: Uint8Array[] = [];
    let size = 0;
    for (let r = await reader?.read(); r && !r.done; r = await reader!.read()) {
      size += r.value.length;
      if (size > MAX_PAGE_BYTES) throw tooLarge();
      parts.push(r.value);
    }
    return Buffer.concat(parts);
  } catch (e) {
    reader?.cancel().catch(() => {}); // the rest of the body is not wanted
    throw e;
  }
}

/**
 * A PDF or another binary file (an image, an archive) is refused by name: read as text, a PDF's
 * streams were outlined as an article (exit 0) and an image was "no readable text". Binary is a
 * NUL byte in the first 8 kB, as git and grep tell it, unless the text is UTF-16.
 */
function refuseNonPage(source: string, bytes: Uint8Array, type: string | null): void {
  if (new TextDecoder('latin1').decode(bytes.subarray(0, 5)) === '%PDF-')
    throw new PageError(ledeError('pdf'));
  const head = bytes.subarray(0, 8192);
  if (head.includes(0) && !sniffCharset(head, type).startsWith('utf-16'))
    throw new Error(`${source}: not a web page or a text file`);
}

/** A response's content type that is no page: a PDF, an image, a sound, a video, a font. */
function refuseType(source: string, type: string | null): void {
  const mime = type?.split(';')[0].trim().toLowerCase() ?? '';
  if (mime === 'application/pdf') throw new PageError(ledeError('pdf'));
  if (/^(?:image|audio|video|font)\//.test(mime))
    throw new Error(`${source}: not a web page or a text file (${mime})`);
}

export function readHtmlFile(path: string): string {
  return decodeHtml(readPageBytes(path));
}

/** A file's bytes, unzipped when it is .gz, with a clear reason when it does not unzip. */
function readPageBytes(path: string, maxBytes?: number): Uint8Array {
  const bytes: Uint8Array = readFileSync(path);
  if (!path.endsWith('.gz')) return bytes;
  try {
    return gunzipSync(bytes, maxBytes ? { maxOutputLength: maxBytes } : {});
  } catch (e) {
    if ((e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge();
    // zlib's own words ("incorrect header check") named neither the file nor gzip.
    throw new Error(`${path}: not a valid gzip file (${(e as Error).message})`);
  }
}

/** The page's canonical URL when it declares one (saved pages keep it), else the fallback. */
export function canonicalUrl(doc: Document, fallback: string): string {
  const href =
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  return href && /^https?:\/\//.test(href) ? href : fallback;
}

/**
 * The extension's extraction of a saved page: parsed, read as the live page's copy is read in the
 * offscreen document (lib/extract/reparse.ts: <noscript> as text), extracted.
 */
export function extractFromHtml(html: string, url: string): Article {
  const doc = asLivePage(parseDocument(html), url);
  return extractArticle(doc, { url });
}

/** Whether a saved file is plain text rather than HTML: by its name, or by having no tag at all. */
export function isPlainText(path: string, text: string): boolean {
  if (/\.(?:txt|text|md)$/i.test(path)) return true;
  return !/<[a-z!/][^>]*>/i.test(text.slice(0, 65536));
}
