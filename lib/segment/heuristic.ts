/**
 * First segmentation (issue 2): heading cues where the article has headings, sentence cues
 * and position where it has none. Issue 3 replaces it behind the same `segment()` seam.
 */
import type { Article, Role, UnitRole } from '../types';
import { splitSentences } from '../text/sentences';
import { BOILERPLATE, HEADING_CUES, NON_SECTION_HEADING, SENTENCE_CUES } from './cues';
import type { Segmentation, SentenceUnit } from './types';

export function headingRole(heading: string | null, title: string): Role | null {
  if (!heading || heading === title || NON_SECTION_HEADING.test(heading)) return null;
  for (const [role, re] of HEADING_CUES) if (re.test(heading)) return role;
  return null;
}

function isBoilerplate(text: string, lang: string): boolean {
  if (BOILERPLATE.test(text)) return true;
  const minChars = lang === 'ja' ? 12 : 30;
  // A short fragment without a sentence end is a caption, credit or label.
  return text.length < minChars && !/[。.!?！？」”"]$/.test(text);
}

function sentenceRole(text: string, paragraphIndex: number): Role {
  for (const [role, re] of SENTENCE_CUES) if (re.test(text)) return role;
  return paragraphIndex < 3 ? 'result' : 'background';
}

export function segmentHeuristic(article: Article): Segmentation {
  const sentences: SentenceUnit[] = [];
  const paragraphs: UnitRole[] = article.paragraphs.map((p, i) => {
    const spans = splitSentences(p.text, article.lang);
    if (isBoilerplate(p.text, article.lang)) {
      for (const s of spans) sentences.push({ paragraph: i, text: s.text, start: s.start, role: 'other' });
      return 'other';
    }
    const fromHeading = headingRole(p.heading, article.title);
    const chars = new Map<UnitRole, number>();
    for (const s of spans) {
      const role = fromHeading ?? (i === 0 ? 'result' : sentenceRole(s.text, i));
      sentences.push({ paragraph: i, text: s.text, start: s.start, role });
      chars.set(role, (chars.get(role) ?? 0) + s.text.length);
    }
    return [...chars].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'other';
  });
  return { paragraphs, sentences };
}
