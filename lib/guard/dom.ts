/**
 * Size of a document before anything expensive runs on it: elements, nesting depth, text.
 * One iterative walk (no recursion, so a page nested 10,000 deep cannot overflow the stack)
 * that stops as soon as a bound is passed, so measuring a hostile page costs no more than
 * the bound itself.
 */
import { ledeError } from '../errors';
import type { LedeError } from '../types';
import { LIMITS, type Limits } from './limits';

/** Text no reader sees: a page's inline JSON or CSS can be megabytes and is dropped unread. */
const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
/** The same elements as a selector, for the live page's count (`checkLiveDocument`). */
const NOT_TEXT_SELECTOR = [...NOT_TEXT].join(', ').toLowerCase();

export interface DocumentSize {
  elements: number;
  depth: number;
  chars: number;
}

/** Walks `root` and its descendants in document order; stops once any bound is exceeded. */
export function measureDocument(root: Node, limits: Limits = LIMITS): DocumentSize {
  const size: DocumentSize = { elements: 0, depth: 0, chars: 0 };
  let depth = 1;
  let node: Node | null = root;
  // Whether the current node's parent is a script or style: known when the walk steps down or
  // up, instead of asking every text node for its parent's name.
  let inNotText = isNotText(root.parentNode);
  while (node) {
    if (node.nodeType === 1) {
      size.elements++;
      if (depth > size.depth) size.depth = depth;
    } else if (node.nodeType === 3 && !inNotText) size.chars += node.nodeValue?.length ?? 0;
    if (
      size.elements > limits.maxElements ||
      size.depth > limits.maxDepth ||
      size.chars > limits.maxDocumentChars
    )
      break;
    // Next node in document order: first child, else next sibling, else an ancestor's sibling.
    if (node.firstChild) {
      inNotText = isNotText(node);
      node = node.firstChild;
      depth++;
      continue;
    }
    let climbed = false;
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode; // null only when a parser left a node outside its tree (linkedom)
      depth--;
      climbed = true;
    }
    node = !node || node === root ? null : node.nextSibling;
    if (node && climbed) inNotText = isNotText(node.parentNode);
  }
  return size;
}

function isNotText(parent: Node | null): boolean {
  return !!parent && NOT_TEXT.has(parent.nodeName.toUpperCase());
}

/** A typed `too-large` error naming the bound a document passes, or null when it fits. */
export function checkDocument(doc: Document, limits: Limits = LIMITS): LedeError | null {
  const s = measureDocument(doc.documentElement, limits);
  if (s.elements > limits.maxElements)
    return ledeError('too-large', false, `more than ${limits.maxElements} elements`);
  if (s.depth > limits.maxDepth)
    return ledeError('too-large', false, `nested more than ${limits.maxDepth} deep`);
  if (s.chars > limits.maxDocumentChars)
    return ledeError('too-large', false, `more than ${limits.maxDocumentChars} characters of text`);
  return null;
}

/**
 * `checkDocument` for a browser's live page, with the same bounds and answers, without touching
 * every node from script (issue 7: the walk above cost 3-17 ms of a first extraction in
 * Chromium, mostly for creating a script wrapper for each node it visits). Elements are counted
 * by the DOM itself; depth is a selector of `maxDepth + 1` child steps, which matches an element
 * only that deep (asked only when a short one matches); text is summed over text nodes alone,
 * less the text held directly by NOT_TEXT elements, as the walk counts it. Not for linkedom (Node): its selector
 * engine is slower than the walk there.
 */
export function checkLiveDocument(doc: Document, limits: Limits = LIMITS): LedeError | null {
  const steps = liveChecks(doc, limits);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/**
 * `checkLiveDocument` with `pause` between slices of at most about `sliceMs` (issue 7: on a page
 * of 20 k elements the text walk alone held the reader's page for 190 ms in one go).
 */
export async function checkLiveDocumentInSlices(
  doc: Document,
  slicing: { sliceMs: number; now(): number; pause(): Promise<void> },
  limits: Limits = LIMITS,
): Promise<LedeError | null> {
  const steps = liveChecks(doc, limits);
  let sliceStart = slicing.now();
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value;
    if (slicing.now() - sliceStart < slicing.sliceMs) continue;
    await slicing.pause();
    sliceStart = slicing.now();
  }
}

/** Text nodes read between two looks at the clock. */
const TEXTS_PER_STEP = 256;

/** The live checks, yielding wherever a caller may let the page run. */
function* liveChecks(doc: Document, limits: Limits): Generator<void, LedeError | null> {
  const root = doc.documentElement;
  if (root.querySelectorAll('*').length + 1 > limits.maxElements)
    return ledeError('too-large', false, `more than ${limits.maxElements} elements`);
  yield;
  if (deeperThan(root, Math.min(SHALLOW, limits.maxDepth)) && deeperThan(root, limits.maxDepth))
    return ledeError('too-large', false, `nested more than ${limits.maxDepth} deep`);
  yield;
  // Text nodes alone, less the text held directly by NOT_TEXT elements, as the walk counts it.
  let chars = 0;
  let n = 0;
  const texts = doc.createNodeIterator(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let t = texts.nextNode(); t; t = texts.nextNode()) {
    chars += (t as Text).length;
    if (++n % TEXTS_PER_STEP === 0) yield;
  }
  for (const el of root.querySelectorAll(NOT_TEXT_SELECTOR))
    for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === 3) chars -= (c as Text).length;
  if (chars > limits.maxDocumentChars)
    return ledeError('too-large', false, `more than ${limits.maxDocumentChars} characters of text`);
  return null;
}

/**
 * Real pages nest at most ~50 deep (../shared/data: 51), and the browser parses a selector anew in
 * each page: a short selector first spares almost every page parsing one of `maxDepth` steps.
 */
const SHALLOW = 64;

/** Whether an element under `root` has more than `depth` elements above it, root counted as 1. */
function deeperThan(root: Element, depth: number): boolean {
  return root.querySelector(Array.from({ length: depth + 1 }, () => '*').join('>')) !== null;
}

/**
 * The same for HTML text before it is parsed (Node: CLI, benchmarks, fuzzer), where parsing
 * itself is the cost: linkedom takes seconds over 200 k tags (fuzz case `many-elements`).
 * Start tags are counted as a cheap stand-in for elements, with room for `<` in scripts.
 */
export function checkHtml(html: string, limits: Limits = LIMITS): LedeError | null {
  return htmlBounds(html.length, countStartTags(html, TAG_ROOM * limits.maxElements), limits);
}

/**
 * `checkHtml`'s answer from its two counts, for HTML read in parts (lib/guard/copy-stream.ts):
 * the length first, then the start tags.
 */
export function htmlBounds(chars: number, tags: number, limits: Limits = LIMITS): LedeError | null {
  if (chars > limits.maxHtmlChars)
    return ledeError('too-large', false, `more than ${limits.maxHtmlChars} characters of HTML`);
  if (tags > TAG_ROOM * limits.maxElements)
    return ledeError('too-large', false, `more than ${limits.maxElements} elements`);
  return null;
}

/**
 * `<` followed by an ASCII letter in `html`, counting stops past `stopAfter`. A `<` and its
 * letter are never split by a cut after a `>`, so parts cut there add up to the whole's count.
 */
export function countStartTags(html: string, stopAfter = Infinity): number {
  let tags = 0;
  for (let i = html.indexOf('<'); i >= 0; i = html.indexOf('<', i + 1)) {
    const c = html.charCodeAt(i + 1) | 0x20; // lower-cased ASCII letter after "<"
    if (c >= 0x61 && c <= 0x7a && ++tags > stopAfter) break;
  }
  return tags;
}

/** Start tags allowed per element of the bound: scripts and comments hold `<x` too. */
const TAG_ROOM = 2;
