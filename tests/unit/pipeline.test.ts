/** The pipeline's bounds and typed errors (issue 8), on small hand-made inputs. */
import { describe, expect, it } from 'vitest';
import { ERROR_CODES, isLedeError, ledeError } from '../../lib/errors';
import { checkDocument, checkHtml, measureDocument } from '../../lib/guard/dom';
import { LIMITS } from '../../lib/guard/limits';
import { safeArticle, safeText } from '../../lib/guard/text';
import { parseDocument } from '../../lib/node/parse';
import { extractDocument } from '../../lib/guard/extract';
import { outlineArticle } from '../../lib/pipeline';
import type { Article } from '../../lib/types';

const SENTENCE = 'The city council approved the new budget on Tuesday after a long debate about schools. ';

function article(texts: string[], extra: Partial<Article> = {}): Article {
  return {
    url: 'https://example.com/a',
    title: 'Council approves budget',
    byline: null,
    siteName: null,
    lang: 'en',
    publishedTime: null,
    paragraphs: texts.map((text, i) => ({ id: `p${i}`, text, heading: null, tag: 'p', domIndex: -1 })),
    headings: [],
    readerable: true,
    ...extra,
  };
}

const page = (body: string) =>
  parseDocument(`<!doctype html><html lang="en"><head><title>T</title></head><body>${body}</body></html>`);

describe('document bounds', () => {
  it('measures elements, depth and visible text without recursion, past any depth', () => {
    const doc = page('<div>'.repeat(20_000) + 'deep' + '</div>'.repeat(20_000));
    const size = measureDocument(doc.documentElement, { ...LIMITS, maxDepth: Infinity });
    expect(size.depth).toBeGreaterThan(20_000);
    expect(size.chars).toBe(5); // the title "T" and "deep"
  });

  it('leaves script and style text out of the text count', () => {
    const doc = page(`<script>${'x'.repeat(1000)}</script><style>p{}</style><p>hello</p>`);
    expect(measureDocument(doc.documentElement).chars).toBe('T'.length + 'hello'.length);
  });

  it('refuses a page past each bound with too-large, naming the bound', () => {
    const deep = checkDocument(page('<div>'.repeat(LIMITS.maxDepth + 5)));
    expect(deep?.code).toBe('too-large');
    expect(deep?.message).toMatch(/nested/);
    const many = checkDocument(page('<span></span>'.repeat(LIMITS.maxElements + 1)));
    expect(many?.message).toMatch(/elements/);
    const text = checkDocument(page(`<p>${'a'.repeat(LIMITS.maxDocumentChars + 1)}</p>`));
    expect(text?.message).toMatch(/characters of text/);
    expect(checkHtml('x'.repeat(LIMITS.maxHtmlChars + 1))?.code).toBe('too-large');
    expect(checkDocument(page(`<p>${SENTENCE}</p>`))).toBeNull();
  });

  it('gives a typed error, not an exception, for a document without a body or root', () => {
    const empty = extractDocument(parseDocument(''), { url: 'https://example.com/' });
    expect(empty.ok).toBe(false);
    if (!empty.ok) expect(empty.error.code).toBe('empty');
    const deep = extractDocument(page('<div>'.repeat(LIMITS.maxDepth + 5) + `<p>${SENTENCE}</p>`), {
      url: 'https://example.com/',
    });
    expect(deep.ok).toBe(false);
    if (!deep.ok) expect(deep.error.code).toBe('too-large');
  });
});

describe('outlineArticle bounds and errors', () => {
  it('refuses an article past the character or paragraph bound', () => {
    const long = outlineArticle(article(['a'.repeat(LIMITS.maxArticleChars + 1)]));
    expect(!long.ok && long.error.code).toBe('too-large');
    const many = outlineArticle(article(Array.from({ length: LIMITS.maxParagraphs + 1 }, () => 'x')));
    expect(!many.ok && many.error.code).toBe('too-large');
  });

  it('calls an article of control characters only empty', () => {
    const r = outlineArticle(article(['\u0000\u0001\u202e']));
    expect(!r.ok && r.error.code).toBe('empty');
  });

  it('turns a malformed article into a typed internal error', () => {
    const r = outlineArticle({ ...article([SENTENCE]), paragraphs: [null] } as unknown as Article);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(isLedeError(r.error)).toBe(true);
      expect(r.error.code).toBe('internal');
    }
  });

  it('names the language of an article in another language, not its code', () => {
    const lang = (l: string) => {
      const r = outlineArticle({ ...article([SENTENCE]), lang: l });
      return r.ok ? null : r.error;
    };
    expect(lang('de')).toMatchObject({ code: 'unsupported-language', canForce: true });
    expect(lang('de')!.message).toMatch(/another language\. \(German\)$/);
    expect(lang('pt-BR')!.message).toMatch(/\(Brazilian Portuguese\)$/);
    // Not known: the message without a name ("und" is ICU's "root"; a made-up tag has none).
    expect(lang('und')!.message).toMatch(/another language\.$/);
    expect(lang('x-nonsense-tag!')!.message).toMatch(/another language\.$/);
  });

  it('keeps details from the page short and safe', () => {
    const e = ledeError('unsupported-language', true, '\ud800' + 'x'.repeat(10_000));
    expect(e.message.length).toBeLessThan(300);
    expect(e.message).not.toMatch(/[\ud800-\udfff]/);
    expect(isLedeError(e)).toBe(true);
    expect(isLedeError({ code: 'nope', message: '', canForce: false })).toBe(false);
    expect(ERROR_CODES).toContain('too-large');
  });
});

describe('safe text', () => {
  it('replaces lone surrogates and drops control and bidi characters, keeping pairs and marks', () => {
    expect(safeText('a\ud800b\udc00c')).toBe('a\ufffdb\ufffdc');
    expect(safeText('😀 ok')).toBe('😀 ok');
    expect(safeText('a\u0000b\u0007c\u009fd')).toBe('abcd');
    expect(safeText('x\u202ey\u2066z\u200f')).toBe('xyz\u200f');
    expect(safeText('tab\tand\nline')).toBe('tab\tand\nline');
  });

  it('returns the same article object when nothing needs it', () => {
    const a = article([SENTENCE]);
    expect(safeArticle(a)).toBe(a);
    const dirty = article([SENTENCE + '\ud83d'], { title: 'T\u0000' });
    const clean = safeArticle(dirty);
    expect(clean.title).toBe('T');
    expect(clean.paragraphs[0].text.endsWith('\ufffd')).toBe(true);
  });

  it('keeps ruby readings safe, and drops them when their offsets no longer hold', () => {
    const withRuby = (text: string, reading: string) => {
      const a = article([text]);
      return { ...a, paragraphs: [{ ...a.paragraphs[0], ruby: [[2, reading]] as [number, string][] }] };
    };
    expect(safeArticle(withRuby('漢字です', 'かんじ\u0000')).paragraphs[0].ruby).toEqual([[2, 'かんじ']]);
    expect(safeArticle(withRuby('漢字\ud800です', 'かんじ')).paragraphs[0].ruby).toEqual([[2, 'かんじ']]);
    const shifted = safeArticle(withRuby('\u202e漢字です', 'かんじ')).paragraphs[0];
    expect(shifted.text).toBe('漢字です');
    expect(shifted.ruby).toBeUndefined();
  });

  it('gives every format valid UTF-8 for a page full of broken characters', () => {
    const r = outlineArticle(
      article([`\ud800${SENTENCE}\u202e`, SENTENCE.replace('budget', 'bud\udfffget'), SENTENCE]),
      { force: true },
    );
    expect(r.ok).toBe(true);
    if (r.ok) expect(JSON.stringify(r.value)).not.toMatch(/\\ud[89ab]/i);
  });
});

describe('HTML bounds before parsing', () => {
  it('refuses HTML with far more start tags than the element bound, before parsing it', () => {
    const tags = '<span></span>'.repeat(2 * LIMITS.maxElements + 1);
    expect(checkHtml(tags)?.message).toMatch(/elements/);
    expect(checkHtml(`<p>${'a < b '.repeat(10 * LIMITS.maxElements)}</p>`)).toBeNull();
  });
});
