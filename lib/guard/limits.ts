/**
 * Input bounds (issue 8: "no hang; a clear 'too large' result"). Every page is untrusted, so
 * the pipeline measures before it works and refuses what it cannot finish in a blink. The
 * bounds sit far above real pages: across the 749 pages of ../shared/data the largest HTML
 * is 1.09 M characters, the most elements 3.5 k and the deepest nesting 51.
 */
export const LIMITS: Readonly<
  Record<
    'maxHtmlChars' | 'maxElements' | 'maxDepth' | 'maxDocumentChars' | 'maxArticleChars' | 'maxParagraphs',
    number
  >
> = {
  /** HTML text handed to a parser (CLI, tests, fuzzer). A 50 MB page is refused unparsed. */
  maxHtmlChars: 10_000_000,
  /**
   * Elements in the document: Readability walks them several times, and up to four times
   * over when a first pass finds little text. With linkedom (Node) 20 k elements cost 2-5 s
   * (fuzz cases `many-elements`, `thousands-of-headings`); a browser's DOM is several times
   * faster. Real news pages stay under 4 k (the largest in ../shared/data: 3.5 k).
   */
  maxElements: 30_000,
  /**
   * Nesting depth. Blink's HTML parser stops nesting at 512 and flattens deeper markup, so
   * only scripts or a non-browser parser (linkedom) go deeper; recursive DOM code (cloneNode,
   * serialisers) then risks the stack (fuzz case `deep-nesting`).
   */
  maxDepth: 512,
  /**
   * Characters of visible text (not scripts or styles) in the document, before extraction:
   * twice the article bound, for menus, comments and related links around the article.
   */
  maxDocumentChars: 2_000_000,
  /**
   * Characters of article text after extraction: about 160 k English words or 30 hours of
   * Japanese reading. Segmenting 1 M characters takes about 2 s in Node (fuzz case
   * `enormous-paragraph`); issue 7's 100,000-word article is 660 k characters.
   */
  maxArticleChars: 1_000_000,
  /** Paragraphs of article text after extraction (thousands-of-headings and list-bomb pages). */
  maxParagraphs: 50_000,
};

export type Limits = typeof LIMITS;
