/**
 * Photo captions and credits. Readability keeps <figure> text and caption paragraphs; the
 * ScrapingHub ground truth and ja-news labels (README rule 5: captions are `other`) leave them out.
 * A short text that places people in the picture ("(left)", "second from right") or ends with an
 * agency's credit ("(AP Photo/Alan Diaz, File)", "… Timothy Weeks AP") is a caption wherever it
 * stands (extraction-benchmark 513745, a1fca1: captions outside any <figure>).
 */
import { wordCount } from './boilerplate';

const CREDIT =
  /^(image|photo|picture|video|foto|illustration)s?( copyright| caption| credit)?\s*[:|]|^(image|photo) \d+ of\b|\((photo|image|picture|credit|foto|illustration)s?\b[^)]*\)$|\b(credit|photo|image|foto)s?\s*:\s*\S|(^|[|/,;:(—–-]\s*|\bvia\s)(getty images?|getty|ap photo|associated press|reuters|afp|shutterstock|istock(photo)?|ap( file)?|epa|bloomberg)( file)?\s*\)?\.?$|\(ap\)$|^[([]?(image|photo)s?:?\s*©|courtesy of\b|^©|\((left|right|center|centre|top|bottom|front|pictured|foreground)\)|\b(second|third|far) from (left|right)\b|\((ap|afp|epa|reuters|getty images)( photo)?\/[^)]*\)\.?$|\s(ap|afp|epa)$/i;

/** Short text that reads as a photo credit or a caption label. */
export function isCaptionText(text: string): boolean {
  return wordCount(text) <= 60 && CREDIT.test(text);
}

/** Inside a <figure> or <figcaption> (the element in the extraction's clone). */
export function inFigure(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) {
    const t = e.tagName.toUpperCase();
    if (t === 'FIGURE' || t === 'FIGCAPTION') return true;
  }
  return false;
}
