/**
 * A page's copy parsed as its parts arrive (issue 7: the first open). The worker used to join
 * the content script's parts, post the whole HTML to the offscreen document in one message and
 * have it parsed there in one go, all after the copy's last part: the message's (de)serialising
 * and the parse were on the path from the copy's end to the outline. Here the offscreen document
 * is handed each part as the worker receives it and feeds it to an open document's parser
 * (`document.open()` then `write(part)`: Chromium parses each write before it returns), so when
 * the last part lands only the rest of the parse and Readability are left.
 *
 * The document is the one `DOMParser` makes of the whole copy: both parse without scripting
 * (no browsing context), and the tokenizer carries any tag cut between parts over to the next
 * write (the 30 bench pages' copies serialise identically; tests/e2e/offscreen.test.ts compares
 * the Articles). `withoutParseHazards` and the tag count of `checkHtml` read tags, so they run
 * on text cut after a `>`: no tag they match spans the cut, and the pieces transform exactly as
 * the whole would.
 */
import { LIMITS, type Limits } from './limits';
import { countStartTags, htmlBounds } from './dom';
import { ledeError } from '../errors';
import { withoutParseHazards } from '../extract/reparse';
import type { LedeError } from '../types';

export interface CopyStream {
  /** The next part of the copy, in order. */
  write(part: string): void;
  /**
   * Ends the copy: the parsed document and the copy's HTML (hazards taken out) for a retry's
   * fresh parse, or the bound the copy passed (`too-large`), as `checkHtml` says of the whole.
   */
  finish(): { doc: Document; html: () => string } | { error: LedeError };
}

/** `open`: a fresh document whose parser is open for `write` (`document.open()`). */
export function copyStream(open: () => Document, limits: Limits = LIMITS): CopyStream {
  let doc: Document | null = open();
  let carry = '';
  let chars = 0;
  let tags = 0;
  const safe: string[] = [];
  /** Past a bound, parsing stops; `finish` then names the bound, as `checkHtml` would. */
  const over = () => htmlBounds(chars, tags, limits) !== null;
  const feed = (text: string) => {
    tags += countStartTags(text);
    if (over()) {
      doc = null;
      safe.length = 0;
      return;
    }
    const clean = withoutParseHazards(text);
    safe.push(clean);
    doc?.write(clean);
  };
  return {
    write(part) {
      chars += part.length;
      if (!doc || over()) {
        doc = null;
        return;
      }
      const text = carry + part;
      const cut = text.lastIndexOf('>') + 1;
      carry = text.slice(cut);
      if (cut) feed(text.slice(0, cut));
    },
    finish() {
      if (doc && carry) feed(carry);
      carry = '';
      const bound = htmlBounds(chars, tags, limits);
      if (bound || !doc) return { error: bound ?? ledeError('internal', false, 'the copy was not parsed') };
      const done = doc;
      doc = null;
      done.close();
      const parts = safe.splice(0);
      return { doc: done, html: () => parts.join('') };
    },
  };
}
