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

/**
 * A wire photo's caption closes on the day the picture was taken, weekday and all: "… passes a
 * Boeing Co. 787-10 passenger aircraft … in Dubai, United Arab Emirates, on Monday, Nov. 13,
 * 2017." (Bloomberg's caption over CNBC's Emirates story, extraction benchmark 374ac9a5; the
 * picture is two years older than the story). News prose names the weekday or the date, not both
 * after a comma at its very end: no sentence of NewsDiscourse's 13,441 closes so.
 */
const DATED_CAPTION =
  /, on (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, (?:19|20)\d{2}\.$/;

/** Short text that reads as a photo credit or a caption label. */
export function isCaptionText(text: string): boolean {
  return wordCount(text) <= 60 && CREDIT.test(text);
}

/** A wire photo's caption (DATED_CAPTION), which runs longer than a credit: up to 60 words. */
export function isDatedCaption(text: string): boolean {
  return wordCount(text) <= 60 && DATED_CAPTION.test(text);
}

/** Inside a <figure> or <figcaption> (the element in the extraction's clone). */
export function inFigure(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) {
    const t = e.tagName.toUpperCase();
    if (t === 'FIGURE' || t === 'FIGCAPTION') return true;
  }
  return false;
}
