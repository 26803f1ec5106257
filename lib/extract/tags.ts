/** Which elements break lines, which are whole paragraphs, which hold no reading text. */

/**
 * Blocks whose whole text is one paragraph, as ja-news/README.md defines them (h1-h6, p, li,
 * blockquote, dt, dd; a <p> inside an li or blockquote is not a block of its own), plus pre
 * for code and figcaption for captions.
 */
export const LEAF = new Set('H1 H2 H3 H4 H5 H6 P LI BLOCKQUOTE DT DD PRE FIGCAPTION'.split(' '));
/** Elements that break a line: text between them in a container forms a block of its own. */
export const BLOCK_LEVEL = new Set([
  ...LEAF,
  ...'ADDRESS ARTICLE ASIDE BODY CAPTION CENTER DETAILS DIALOG DIR DIV DL FIELDSET FIGURE FOOTER FORM HEADER HGROUP HR MAIN MENU NAV OL SECTION SUMMARY TABLE TBODY TD TFOOT TH THEAD TR UL'.split(
    ' ',
  ),
]);
export const SKIP = new Set(
  'SCRIPT STYLE NOSCRIPT TEMPLATE svg SVG BUTTON SELECT TEXTAREA IFRAME'.split(' '),
);
