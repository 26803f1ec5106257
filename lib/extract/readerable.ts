/**
 * Is this an article? Readability's isProbablyReaderable counts Latin-sized text; Japanese
 * packs a sentence into a third of the characters, so CJK characters weigh three (issue 6).
 */
import type { Block } from './blocks';

const CJK = /[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]/g;

export function weightedLength(text: string): number {
  const cjk = text.match(CJK)?.length ?? 0;
  return text.length + 2 * cjk;
}

export function looksLikeArticle(blocks: Block[]): boolean {
  const prose = blocks.filter((b) => !b.heading && b.tag !== 'li' && weightedLength(b.text) >= 140);
  const total = prose.reduce((n, b) => n + weightedLength(b.text), 0);
  return prose.length >= 2 && total >= 700;
}
