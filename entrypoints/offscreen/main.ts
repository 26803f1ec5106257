/**
 * The offscreen document (Chrome): Readability on the page the content script captured, parsed
 * by the browser's own parser, off the reader's page (issues 6 and 7). It lives as long as the
 * browser session, so its code is compiled and warm after the first article; the worker opens
 * it on demand (lib/glue.ts extractOffThePage). Thin wiring: the work is lib/guard/extract.ts.
 */
import { self } from '@/lib/glue';
import { extractCapturedHtml } from '@/lib/guard/extract';
import { fromOwnPage, guarded, onMessage, schemas } from '@/lib/protocol';

const me = self();
const parser = new DOMParser();
const parse = (html: string) => parser.parseFromString(html, 'text/html');

onMessage(
  'extractHtml',
  // Only the worker (an extension page by its URL), never a content script or a web page.
  guarded(
    schemas.extractHtml,
    (s) => fromOwnPage(s, me),
    ({ html, url }) => extractCapturedHtml(html, { url }, parse),
  ),
);
