/**
 * Node-only: HTML text to a DOM Document with linkedom (about 9x faster than jsdom with the
 * same extraction scores, see ../shared/data/extraction-benchmark/README.md). Never imported
 * by the extension, which has a real DOM.
 */
import { parseHTML } from 'linkedom';

export function parseDocument(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}
