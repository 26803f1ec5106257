/**
 * URL text fragments (#:~:text=) that lead a browser to the exact sentence (issue 4).
 * The directive's own syntax characters (- & , and %) must be percent-encoded in the text.
 */
const MAX_EXACT = 80;

function encodePart(s: string): string {
  return encodeURIComponent(s).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');
}

/** Words (or, for Japanese, characters) at the start and end of a long sentence. */
function edges(sentence: string): [string, string] {
  const cjk = /[\u3040-\u30ff\u4e00-\u9fff]/.test(sentence);
  if (cjk) return [sentence.slice(0, 20), sentence.slice(-20)];
  const words = sentence.split(/\s+/);
  return [words.slice(0, 5).join(' '), words.slice(-5).join(' ')];
}

export function textFragmentUrl(url: string, sentence: string): string {
  const base = url.split('#')[0];
  const text = sentence.trim();
  const directive =
    text.length <= MAX_EXACT
      ? encodePart(text)
      : edges(text).map(encodePart).join(',');
  return `${base}#:~:text=${directive}`;
}
