/**
 * Issue 7: the live bounds check taken in slices (checkLiveDocumentInSlices, used by the page
 * capture) answers as checkLiveDocument does, and lets the page run while it reads many text nodes.
 */
import { describe, expect, it } from 'vitest';
import { checkLiveDocument, checkLiveDocumentInSlices } from '../../lib/guard/dom';
import { LIMITS } from '../../lib/guard/limits';
import { parseDocument } from '../../lib/node/parse';

const page = (body: string) =>
  parseDocument(`<!doctype html><html lang="en"><head><title>T</title></head><body>${body}</body></html>`);
const small = { ...LIMITS, maxElements: 5000, maxDepth: 20, maxDocumentChars: 3000 };

describe('checkLiveDocumentInSlices', () => {
  it.each([
    ['a page inside the bounds', page('<p>hello</p>'.repeat(100))],
    ['too many elements', page('<span></span>'.repeat(5100))],
    ['nested too deep', page('<div>'.repeat(25) + 'deep' + '</div>'.repeat(25))],
    ['too much text over many nodes', page('<p>hello world</p>'.repeat(1000))],
  ])('answers as checkLiveDocument does: %s', async (name, doc) => {
    let pauses = 0;
    const sliced = await checkLiveDocumentInSlices(
      doc,
      { sliceMs: 0, now: () => 0, pause: async () => void pauses++ },
      small,
    );
    expect(sliced).toEqual(checkLiveDocument(doc, small));
    // Each step ends a slice of 0 ms: the element count, the depth, then every 256 text nodes.
    if (name === 'too much text over many nodes') expect(pauses).toBeGreaterThan(3);
  });
});
