/**
 * Mutations of real pages from ../shared/data (issue 8: "real pages cut at random points"):
 * truncation, broken and stray markup, duplicated and spliced fragments, injected junk.
 */
import type { Rng } from './rng';
import { CONTROLS, LONE_SURROGATES, ZERO_WIDTH, randomText } from './unicode';

export type Mutator = (r: Rng, html: string, other: string) => string;

const at = (r: Rng, s: string) => r.int(0, s.length);
const JUNK_MARKUP = [
  '<',
  '>',
  '</div>',
  '<div>',
  '<p>',
  '</p></p></p>',
  '<!--',
  '-->',
  '<![CDATA[',
  '<script>',
  '</body>',
  '<html>',
  '<table><tr><td>',
  '&',
  '&#',
  '&#xFFFFFFFF;',
  '&#0;',
  '&amp',
  '"',
  "'",
  '<a href="javascript:alert(1)">',
  '<template>',
  '<svg>',
  '<math>',
];

export const MUTATORS: Record<string, Mutator> = {
  /** The download stopped: the page cut at a random point. */
  cut: (r, html) => html.slice(0, at(r, html)),
  /** Cut in the middle of a UTF-16 pair too, leaving a lone surrogate. */
  'cut-pair': (r, html) => {
    const i = html.search(/[\ud800-\udbff]/);
    return i > 0 ? html.slice(0, i + 1) : html.slice(0, at(r, html)) + '\ud83d';
  },
  'drop-range': (r, html) => {
    const a = at(r, html);
    return html.slice(0, a) + html.slice(a + r.int(1, 5_000));
  },
  'junk-markup': (r, html) => {
    let s = html;
    for (let i = r.int(1, 50); i > 0; i--) {
      const p = at(r, s);
      s = s.slice(0, p) + r.pick(JUNK_MARKUP) + s.slice(p);
    }
    return s;
  },
  'junk-characters': (r, html) => {
    let s = html;
    for (let i = r.int(1, 200); i > 0; i--) {
      const p = at(r, s);
      s =
        s.slice(0, p) +
        r.pick([...CONTROLS, ...ZERO_WIDTH, ...LONE_SURROGATES, '\ufffd', '\uffff']) +
        s.slice(p);
    }
    return s;
  },
  /** Strip every closing tag: tag soup the parser must repair. */
  'no-closing-tags': (_r, html) => html.replace(/<\/[a-z0-9]+\s*>/gi, ''),
  /** Every tag name swapped for another: the structure Readability scores is gone. */
  'swap-tags': (r, html) => {
    const tags = ['div', 'p', 'span', 'li', 'h2', 'td', 'blockquote', 'pre', 'article', 'aside', 'nav'];
    const map = new Map<string, string>();
    return html.replace(/<(\/?)([a-z][a-z0-9]*)/gi, (_m, slash: string, tag: string) => {
      const t = tag.toLowerCase();
      if (!map.has(t)) map.set(t, r.chance(0.3) ? r.pick(tags) : t);
      return `<${slash}${map.get(t)}`;
    });
  },
  /** A slice of the page repeated many times (an infinite-scroll page saved late). */
  'repeat-slice': (r, html) => {
    const a = at(r, html);
    const slice = html.slice(a, a + r.int(100, 20_000));
    return html.slice(0, a) + slice.repeat(r.int(2, 200)) + html.slice(a);
  },
  /** Two real pages glued together, e.g. a Japanese page inside an English one. */
  splice: (r, html, other) => {
    const a = at(r, html);
    return html.slice(0, a) + other + html.slice(a);
  },
  'random-text-insert': (r, html) => {
    const p = at(r, html);
    return html.slice(0, p) + randomText(r, r.int(1, 10_000)) + html.slice(p);
  },
};
