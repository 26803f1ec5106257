/**
 * Issue 7: the page's bounds measured the browser's cheap way (checkLiveDocument) give the
 * answers of the walk (checkDocument) on each bound and on a page inside them.
 */
import { describe, expect, it } from 'vitest';
import { checkDocument, checkLiveDocument } from '../../lib/guard/dom';
import { LIMITS } from '../../lib/guard/limits';
import { parseDocument } from '../../lib/node/parse';

const page = (body: string) =>
  parseDocument(`<!doctype html><html lang="en"><head><title>T</title></head><body>${body}</body></html>`);
const small = { ...LIMITS, maxElements: 50, maxDepth: 20, maxDocumentChars: 100 };

describe('checkLiveDocument', () => {
  it.each([
    ['a page inside the bounds', page('<p>hello</p><script>' + 'x'.repeat(500) + '</script>')],
    ['too many elements', page('<span></span>'.repeat(60))],
    ['nested too deep', page('<div>'.repeat(25) + 'deep' + '</div>'.repeat(25))],
    ['nested exactly to the bound', page('<div>'.repeat(17) + 'deep' + '</div>'.repeat(17))],
    ['too much text', page(`<p>${'a'.repeat(120)}</p>`)],
    [
      'text only in scripts and styles',
      page(`<style>${'a'.repeat(120)}</style><script>${'b'.repeat(120)}</script>`),
    ],
  ])('answers as the walk does: %s', (_name, doc) => {
    expect(checkLiveDocument(doc, small)).toEqual(checkDocument(doc, small));
  });

  it('finds a nesting past the real bound, beyond the short first selector', () => {
    const doc = page('<div>'.repeat(LIMITS.maxDepth + 5) + '</div>'.repeat(LIMITS.maxDepth + 5));
    expect(checkLiveDocument(doc)?.message).toMatch(/nested/);
  });
});
