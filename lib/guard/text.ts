/**
 * Page text made safe to copy: every format must emit valid UTF-8 and JSON whatever the
 * page held (issue 8: lone surrogates, control characters, right-to-left tricks).
 */
import type { Article, Paragraph, RubyReading } from '../types';

/** A surrogate half without its partner: cannot be encoded as UTF-8 (TextEncoder writes U+FFFD). */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/** C0 and C1 controls other than tab, line feed and carriage return, and DEL. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
/**
 * Bidi embeddings, overrides and isolates: one left open in a point would reorder the rest
 * of a copied outline, source links included ("Trojan Source"). The marks LRM/RLM stay.
 */
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/g;
/** Noncharacters U+FFFE and U+FFFF: valid UTF-16, but refused by some JSON and XML readers. */
const NONCHARACTER = /[\ufffe\uffff]/g;
const UNSAFE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\ud800-\udfff\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufffe\uffff]/;

export function safeText(s: string): string {
  if (!UNSAFE.test(s)) return s; // the common case: nothing to do, no copy
  return s
    .replace(LONE_SURROGATE, '\ufffd')
    .replace(CONTROL, '')
    .replace(BIDI_CONTROL, '')
    .replace(NONCHARACTER, '\ufffd');
}

const safeOrNull = (s: string | null) => (s === null ? null : safeText(s));

/*
 * Module-level, not made per call: V8 compiled the per-call closures again for every outline
 * (scripts/bench-browser/jit-trace.ts, eighth session: 30–53 compiles per 150 outlines).
 */
const unsafe = (s: string | null) => s !== null && UNSAFE.test(s);
const unsafeParagraph = (p: Paragraph) =>
  unsafe(p.text) || unsafe(p.heading) || (p.ruby?.some(([, r]) => unsafe(r)) ?? false);
const unsafeHeading = (h: Article['headings'][number]) => unsafe(h.text);

/**
 * A paragraph made safe. Its ruby readings hold offsets into its text: when making the text
 * safe took characters out, they are dropped (its links then use the shown text).
 */
function safeParagraph(p: Paragraph): Paragraph {
  const text = safeText(p.text);
  const { ruby, ...rest } = p;
  const kept =
    ruby && text.length === p.text.length ? ruby.map(([at, r]): RubyReading => [at, safeText(r)]) : null;
  return { ...rest, text, heading: safeOrNull(p.heading), ...(kept ? { ruby: kept } : {}) };
}

/** The article with every string made safe; the same object when nothing needed it. */
export function safeArticle(a: Article): Article {
  const dirty =
    [a.url, a.title, a.byline, a.siteName, a.publishedTime, a.lang].some(unsafe) ||
    a.paragraphs.some(unsafeParagraph) ||
    a.headings.some(unsafeHeading);
  if (!dirty) return a;
  return {
    ...a,
    url: safeText(a.url),
    title: safeText(a.title),
    byline: safeOrNull(a.byline),
    siteName: safeOrNull(a.siteName),
    publishedTime: safeOrNull(a.publishedTime),
    lang: safeText(a.lang),
    paragraphs: a.paragraphs.map(safeParagraph),
    headings: a.headings.map((h) => ({ ...h, text: safeText(h.text) })),
  };
}
