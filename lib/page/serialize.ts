/**
 * `documentElement.outerHTML`, a slice at a time (issue 7: "in the page the work never blocks
 * the main thread for more than 50 ms at a time"). One outerHTML of the largest benchmark page
 * (600 k characters, mostly inline scripts) held the reader's page for 61 ms in Chromium. Here
 * the document is copied in pieces in document order, and the caller's `pause` runs between
 * slices of at most `sliceMs`:
 * - a small subtree (at most `pieceElements` elements, no script or style) is one native
 *   `outerHTML`;
 * - a large element, or one holding a script or style, is opened: its start tag, then each
 *   child in turn, then its end tag (page 25's <head>, 50 elements, took 48 ms as one piece for
 *   its inline scripts);
 * - a script or style is its start tag, its text as is, and its end tag (one 400 k-character
 *   inline script is then a string read, not a serialisation).
 *
 * The pieces join to exactly what `outerHTML` gives: how this engine escapes text and attribute
 * values, and which parents keep their text raw (<noscript> does only where scripting is on),
 * is read off detached probe elements (`markupRules`) rather than assumed, and any element the
 * rules do not cover (another namespace, a prefix or a namespaced attribute, <template>) is
 * copied whole by the engine. tests/unit/page-serialize.test.ts compares the two on saved real
 * pages; tests/e2e/capture.test.ts does in Chromium.
 */

export interface SliceOptions {
  /** A slice ends once it has run this long (ms). */
  sliceMs: number;
  /** Subtrees with at most this many elements are copied in one native call. */
  pieceElements: number;
  now(): number;
  /** Lets the page run between slices (a macrotask: scheduler.yield or a message). */
  pause(): Promise<void>;
  /**
   * Asked after each pause: whether the page changed meanwhile, which ends the copy (its result
   * would be torn, and a page adding nodes as fast as they are copied would never let it end).
   */
  changed?(): boolean;
  /**
   * Raw-text elements (a <script>, a <style>) whose text the copy leaves out: their tags stay,
   * so every element keeps its place, and the copy then equals the outerHTML of the page with
   * those texts emptied. Unset: the copy is the page's outerHTML exactly.
   */
  leaveTextOut?(el: Element): boolean;
}

export const DEFAULT_SLICE: Pick<SliceOptions, 'sliceMs' | 'pieceElements'> = {
  // Well under 50 ms even on a loaded machine, where a slice of 8 ms (pieces of 256 elements)
  // was seen to run 12-40 ms; the page's own tasks run between slices.
  sliceMs: 4,
  pieceElements: 128,
};

const HTML_NS = 'http://www.w3.org/1999/xhtml';
/** Parents whose text the HTML serialiser writes unescaped (HTML spec, "serializing HTML fragments"). */
const RAW_CANDIDATES = ['style', 'script', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext', 'noscript'];
/** Characters any serialiser may escape in text or attribute values. */
const ESCAPABLE = ['&', '<', '>', '"', "'", '\u00a0'];
/** Elements written without children or end tag, whatever a script appended to them. */
const VOID = new Set(
  'area base basefont bgsound br col embed frame hr img input keygen link meta param source track wbr'.split(
    ' ',
  ),
);

export interface MarkupRules {
  text(s: string): string;
  attribute(s: string): string;
  /** Local names (HTML namespace) whose text children are written as they are. */
  raw: Set<string>;
}

/** How `doc`'s engine serialises, read off detached elements (nothing is inserted or run). */
export function markupRules(doc: Document): MarkupRules {
  const textMap = new Map<string, string>();
  const attrMap = new Map<string, string>();
  for (const c of ESCAPABLE) {
    const t = doc.createElement('div');
    t.textContent = c;
    if (t.innerHTML !== c) textMap.set(c, t.innerHTML);
    const a = doc.createElement('div');
    a.setAttribute('a', c);
    const value = /^<div a="(.*)"><\/div>$/s.exec(a.outerHTML)?.[1] ?? c;
    if (value !== c) attrMap.set(c, value);
  }
  const raw = new Set<string>();
  for (const name of RAW_CANDIDATES) {
    const el = doc.createElement(name);
    el.textContent = '&<';
    if (el.innerHTML === '&<') raw.add(name);
  }
  return { text: escaper(textMap), attribute: escaper(attrMap), raw };
}

function escaper(map: Map<string, string>): (s: string) => string {
  if (!map.size) return (s) => s;
  const re = new RegExp(`[${[...map.keys()].join('')}]`, 'g');
  return (s) => s.replace(re, (c) => map.get(c)!);
}

/**
 * The HTML of `root` (its outerHTML) in pieces, copied in slices with `pause` between them; null
 * when `changed` said the page changed during a pause. The pieces are not joined here: one
 * string of megabytes made on the page's thread is one more long task (and garbage) there.
 */
export async function outerHtmlPieces(
  root: Element,
  options: SliceOptions,
  rules: MarkupRules = markupRules(root.ownerDocument),
): Promise<string[] | null> {
  const out: string[] = [];
  let sliceStart = options.now();
  /** False when the copy must stop. */
  const maybePause = async () => {
    if (options.now() - sliceStart < options.sliceMs) return true;
    await options.pause();
    sliceStart = options.now();
    return !options.changed?.();
  };
  // An explicit stack (no recursion): [element, next child to copy]. Only large elements are
  // opened, so it stays as shallow as the page's large containers.
  const open = (el: Element): boolean => {
    if (!opensByRules(el)) return false;
    out.push(startTag(el, rules));
    return true;
  };
  if (!open(root)) return [root.outerHTML];
  const stack: { el: Element; child: ChildNode | null }[] = [{ el: root, child: root.firstChild }];
  while (stack.length) {
    const top = stack[stack.length - 1];
    const node = top.child;
    if (!node) {
      out.push(`</${top.el.localName}>`);
      stack.pop();
      continue;
    }
    top.child = node.nextSibling;
    if (node.nodeType === 1) {
      const el = node as Element;
      if (rules.raw.has(el.localName) && el.namespaceURI === HTML_NS && textOnly(el) && opensByRules(el)) {
        const text = options.leaveTextOut?.(el) ? '' : (el.textContent ?? '');
        out.push(startTag(el, rules), text, `</${el.localName}>`);
      } else if (el.firstElementChild && heavy(el, options.pieceElements) && open(el)) {
        stack.push({ el, child: el.firstChild });
      } else out.push(el.outerHTML);
    } else if (node.nodeType === 3) {
      const data = (node as Text).data;
      out.push(rules.raw.has(top.el.localName) ? data : rules.text(data));
    } else if (node.nodeType === 8) out.push(`<!--${(node as Comment).data}-->`);
    else if (node.nodeType === 7) {
      const pi = node as ProcessingInstruction;
      out.push(`<?${pi.target} ${pi.data}>`);
    }
    if (!(await maybePause())) return null;
  }
  return out;
}

/** Whether the element's tags can be written here exactly as the engine writes them. */
function opensByRules(el: Element): boolean {
  if (el.namespaceURI !== HTML_NS || el.prefix || el.localName === 'template' || VOID.has(el.localName))
    return false;
  for (const a of el.attributes) if (a.namespaceURI) return false;
  return true;
}

function startTag(el: Element, rules: MarkupRules): string {
  let tag = `<${el.localName}`;
  for (const a of el.attributes) tag += ` ${a.localName}="${rules.attribute(a.value)}"`;
  return `${tag}>`;
}

function textOnly(el: Element): boolean {
  for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType !== 3) return false;
  return true;
}

/** Text-heavy elements: inline scripts and styles can be hundreds of kB each. */
const HEAVY_INSIDE = RAW_CANDIDATES.join(',');

/**
 * Whether `el` is too costly to copy in one call: more than `n` elements, or a script or style
 * inside (both asked of the DOM itself, no node visited from script).
 */
function heavy(el: Element, n: number): boolean {
  return el.querySelectorAll('*').length > n || el.querySelector(HEAVY_INSIDE) !== null;
}
