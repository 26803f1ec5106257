/**
 * The offscreen document (Chrome): Readability on the page the content script captured, parsed
 * by the browser's own parser, off the reader's page (issues 6 and 7). It lives as long as the
 * browser session, so its code is compiled and warm after the first article; the worker opens
 * it on demand (lib/glue.ts extractOffThePage) and sends the HTML on its own port, which only
 * this document accepts (lib/protocol.ts PORTS). Thin wiring: the work is lib/guard/extract.ts.
 */
import { onPort, self } from '@/lib/glue';
import { extractCapturedHtml } from '@/lib/guard/extract';
import {
  fromOwnPage,
  PORTS,
  portSchemas,
  servePort,
  type ExtractPortReply,
  type ExtractPortRequest,
} from '@/lib/protocol';

const me = self();
const parser = new DOMParser();
const parse = (html: string) => parser.parseFromString(html, 'text/html');

onPort<ExtractPortRequest, ExtractPortReply>(PORTS.extract, (port) =>
  servePort(
    port,
    portSchemas.extract,
    // Only the worker (an extension context by its URL): a content script can open a port of
    // this name too (runtime.connect reaches every extension page), and is refused.
    (sender) => fromOwnPage(sender, me),
    ({ html, url }) => extractCapturedHtml(html, { url }, parse),
    (id, result): ExtractPortReply => ({ id, result }),
  ),
);
