/** Text of a block as a reader sees it. */
import type { RubyReading } from '../types';
import { BLOCK_LEVEL } from './tags';

const HIDDEN = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
/**
 * A class that names the box of a tooltip or hover card ("footnote_tooltip", "tooltiptext",
 * "rollover-people-block"): text the page's stylesheet hides until a hover, written inside the
 * sentence it annotates. ja-news 05-iij (WordPress "footnotes" plugin) repeats each footnote so,
 * mid-sentence: read as text, "…アドレスリスト[5]このリストには…含まれている。が含まれており、…"
 * tore the sentence and the outline showed "が含まれており、ZMap を…" as a point; The Hill's card
 * for a politician's name (extraction-benchmark 156770d6) made the gist "South Dakota Gov.
 * Kristi NoemKristi Lynn NoemSouth Dakota governor doubles down on … MORE (R) is defending…".
 * Not the bare "tooltip" (the visible trigger in the common CSS pattern), nor a "has-tooltip"
 * or "rollover-people-link" trigger; and never a link or a superscript (the footnote mark "[5]").
 */
const HOVER_BOX =
  /^(?!(?:has|with|js)[-_])(?=[\w-]*(?:tooltip|popover|hovercard|rollover))[\w-]+?[-_]?(?:tooltip|text|content|body|inner|popup|block|card)$/i;
const HOVER_KEEP = new Set(['A', 'SUP']);

function isHoverBox(el: Element, tag: string): boolean {
  const cls = el.getAttribute('class');
  // A cheap look first: most elements have no such class.
  return (
    !!cls &&
    /ooltip|over/i.test(cls) &&
    !HOVER_KEEP.has(tag) &&
    cls.split(/\s+/).some((c) => HOVER_BOX.test(c))
  );
}

/** Where a ruby reading stood in the text while it was collapsed (a private-use character). */
const READING = '\ue000';

export interface BlockRead {
  text: string;
  /** The block's ruby readings (empty when it has none): see Paragraph.ruby. */
  ruby: RubyReading[];
}

/**
 * Whitespace-collapsed text of some nodes. Ruby readings (<rt>) are left out of the text, so
 * NHK NEWS WEB EASY gives 子ども, not 子こども (ja-news 20), and listed apart with where they
 * stood: the browser's find-in-page, which text-fragment links use, reads a ruby as its base
 * followed by its reading (lib/format/searchable.ts). <rp> is left out altogether: browsers
 * that show ruby do not show it. <br>, cells and other block elements count as a space, so
 * Yahoo! News blocks glued with <br> do not glue their words (ja-news 16, 17, 34) and table
 * cells stay apart.
 */
export function readBlock(nodes: Node[]): BlockRead {
  const parts: string[] = [];
  const readings: string[] = [];
  const visit = (node: Node): void => {
    if (node.nodeType === 3) {
      parts.push(node.nodeValue ?? '');
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node as Element).tagName.toUpperCase();
    if (tag === 'RP' || HIDDEN.has(tag) || isHoverBox(node as Element, tag)) return;
    if (tag === 'RT') {
      const reading = collapse(node.textContent ?? '');
      if (reading) {
        parts.push(READING);
        readings.push(reading);
      }
      return;
    }
    if (tag === 'BR') {
      parts.push(' ');
      return;
    }
    const spaced = BLOCK_LEVEL.has(tag);
    if (spaced) parts.push(' ');
    for (let c = node.firstChild; c; c = c.nextSibling) visit(c);
    if (spaced) parts.push(' ');
  };
  for (const n of nodes) visit(n);
  const joined = parts.join('');
  if (!readings.length) return { text: collapse(joined), ruby: [] };
  return placeReadings(collapse(joined), readings);
}

/** blockText(nodes) is readBlock(nodes).text. */
export function blockText(nodes: Node[]): string {
  return readBlock(nodes).text;
}

/**
 * The collapsed text with its reading marks taken out, and each reading's offset in it. A mark
 * between two spaces leaves one space, as collapsing the text without it would.
 */
function placeReadings(marked: string, readings: string[]): BlockRead {
  let text = '';
  const ruby: RubyReading[] = [];
  for (let i = 0; i < marked.length; i++) {
    const c = marked[i];
    if (c !== READING) {
      if (!(c === ' ' && (text === '' || text.endsWith(' ')))) text += c;
      continue;
    }
    ruby.push([text.length, readings[ruby.length]]);
  }
  const trimmed = text.trimEnd();
  return { text: trimmed, ruby: ruby.map(([at, r]) => [Math.min(at, trimmed.length), r]) };
}

/**
 * Characters a reader never sees in the text: the soft hyphen (U+00AD, a hyphenation hint
 * shown only at a line break), the word joiner (U+2060) and the zero-width no-break space
 * (U+FEFF). Left in, they sat inside the points and the gist the reader copies (The Japan
 * Times in extraction-benchmark a1fca19b: "handed over to US \u00adforces"; the German
 * 57b4dafd: "regis\u00adtriertem") and split words for search and the model's tokens. They go
 * before the text is read, so paragraphs, points and the page text links are made from agree.
 * A text-fragment link without them still lands: Chromium's and Firefox's find-in-page skip
 * soft hyphens and other default-ignorable characters in the page. lib/locate.ts reads the live
 * page through collapse() too, so it compares like with like.
 */
const INVISIBLE = /[\u00ad\u2060\ufeff]/g;

export function collapse(text: string): string {
  return text
    .replace(INVISIBLE, '')
    .replace(/[\s\u00a0\u200b\u3000]+/g, ' ')
    .trim();
}
