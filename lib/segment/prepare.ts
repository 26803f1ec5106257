/**
 * An article as the role model sees it: every sentence of every paragraph, boilerplate
 * paragraphs set aside (they are `other` and do not count for positions), and the content
 * sentences as a DocInput for the feature extractor. Training (scripts/train.ts) and
 * inference (index.ts) both go through here, so the features match exactly.
 */
import type { Article } from '../types';
import { splitSentences } from '../text/sentences';
import { isBoilerplate } from './boilerplate';
import type { DocInput, FeatureLang } from './features';
import { paragraphHeadings, type HeadingKind } from './headings';

export interface Unit {
  paragraph: number;
  text: string;
  start: number;
  boilerplate: boolean;
}

export interface Prepared {
  lang: FeatureLang;
  units: Unit[];
  doc: DocInput;
  /** For each sentence of `doc`, its index in `units`. */
  docUnits: number[];
  /** What each paragraph's heading says (headings.ts). */
  headings: HeadingKind[];
}

export interface SegmentOptions {
  /** The sentences of each paragraph, when the caller has its own split (NewsDiscourse evaluation). */
  sentences?: string[][];
}

export function featureLang(lang: string): FeatureLang {
  return lang === 'ja' ? 'ja' : 'en';
}

function spans(text: string, given: string[] | undefined, lang: string): { text: string; start: number }[] {
  if (!given) return splitSentences(text, lang);
  let cursor = 0;
  return given.map((s) => {
    const at = text.indexOf(s, cursor);
    const start = at < 0 ? cursor : at;
    cursor = start + s.length;
    return { text: s, start };
  });
}

export function prepare(article: Article, opts: SegmentOptions = {}): Prepared {
  const lang = featureLang(article.lang);
  const units: Unit[] = [];
  const docUnits: number[] = [];
  const sentences: DocInput['sentences'] = [];
  let content = 0;
  const headings = paragraphHeadings(article.paragraphs, article.title);
  article.paragraphs.forEach((p, i) => {
    const boilerplate = isBoilerplate(p, i, article, lang, headings[i]);
    const given = opts.sentences?.[i];
    const ss = spans(p.text, given, article.lang);
    ss.forEach((s, k) => {
      if (!boilerplate) {
        docUnits.push(units.length);
        // The paragraph holds the sentence at its offset (the split cuts it out; a given
        // sentence is found there or not): features/describe-en.ts reads it there, faster than
        // the slice. Only a given sentence needs the comparison (issue 7: 1% of segment()).
        const inside = !given || p.text.startsWith(s.text, s.start);
        sentences.push({
          text: s.text,
          paragraph: content,
          inParagraph: k,
          paragraphSize: ss.length,
          source: inside ? p.text : undefined,
          at: inside ? s.start : undefined,
        });
      }
      units.push({ paragraph: i, text: s.text, start: s.start, boilerplate });
    });
    if (!boilerplate) content++;
  });
  const year = Number(article.publishedTime?.match(/^(\d{4})/)?.[1]) || null;
  return { lang, units, docUnits, headings, doc: { lang, title: article.title, sentences, year } };
}
