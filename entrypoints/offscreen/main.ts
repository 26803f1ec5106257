/**
 * The offscreen document (Chrome): Readability on the page the content script captured, parsed
 * by the browser's own parser, off the reader's page (issues 6 and 7). It lives as long as the
 * browser session, so its code is compiled and warm after the first article; the worker opens
 * it on demand (lib/glue.ts extractOffThePage) and sends the copy on its own port, which only
 * this document accepts (lib/protocol.ts PORTS), part by part as the copy reaches the worker.
 * Thin wiring: the work is lib/offscreen-port.ts.
 */
import { onPort, self } from '@/lib/glue';
import { serveExtractPort } from '@/lib/offscreen-port';
import { fromOwnPage, PORTS, type ExtractPortReply, type ExtractPortRequest } from '@/lib/protocol';

const me = self();
const parser = new DOMParser();

onPort<ExtractPortRequest, ExtractPortReply>(PORTS.extract, (port) =>
  serveExtractPort(
    port,
    // Only the worker (an extension context by its URL): a content script can open a port of
    // this name too (runtime.connect reaches every extension page), and is refused.
    (sender) => fromOwnPage(sender, me),
    {
      parse: (html) => parser.parseFromString(html, 'text/html'),
      open() {
        // No browsing context, so no scripting: it parses as DOMParser does (<noscript> too).
        const doc = document.implementation.createHTMLDocument('');
        doc.open();
        return doc;
      },
      now: () => performance.now(),
    },
  ),
);
