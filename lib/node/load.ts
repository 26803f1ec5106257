/** Node-only: read a saved page (optionally .gz) or fetch a URL, decoded by its charset. */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { decodeHtml } from '../decode';
import { extractArticle } from '../extract';
import { asLivePage } from '../extract/reparse';
import type { Article } from '../types';
import { parseDocument } from './parse';

export interface LoadedPage {
  html: string;
  url: string;
}

export async function loadPage(source: string): Promise<LoadedPage> {
  if (/^https?:\/\//i.test(source)) {
    const res = await fetch(source);
    if (!res.ok) throw new Error(`${source}: HTTP ${res.status}`);
    const bytes = new Uint8Array(await res.arrayBuffer());
    return { html: decodeHtml(bytes, res.headers.get('content-type')), url: res.url || source };
  }
  return { html: readHtmlFile(source), url: pathToFileURL(resolve(source)).href };
}

export function readHtmlFile(path: string): string {
  let bytes: Uint8Array = readFileSync(path);
  if (path.endsWith('.gz')) bytes = gunzipSync(bytes);
  return decodeHtml(bytes);
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
