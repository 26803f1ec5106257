import { describe, expect, it } from 'vitest';
import { trimSentence } from '../../lib/points/trim';

// ja-news 05-iij-masscan-zmap: the footnote link "[5]" stayed in the shown point, and Markdown
// printed it as "リスト\[5]が".
describe('trimSentence: footnote marks', () => {
  it('drops a footnote mark glued to a word (05-iij)', () => {
    const s =
      'そのため Realtek の脆弱性を攻撃するツールのパッケージには日本の IP アドレスリスト[5]が含まれており、ZMap を利用してこのリストに対して 52869/tcp ポートをスキャンするように設定されています。';
    expect(trimSentence(s, 'ja')).toBe(s.replace('リスト[5]が', 'リストが'));
  });

  it('drops a full-width mark and an English one', () => {
    expect(trimSentence('同社は新しい方針を正式に発表した［２］。', 'ja')).toBe(
      '同社は新しい方針を正式に発表した。',
    );
    expect(trimSentence('The agency reported a sharp rise in scans from abroad last year.[3]', 'en')).toBe(
      'The agency reported a sharp rise in scans from abroad last year.',
    );
  });

  it('keeps brackets that are not footnote marks', () => {
    const list = '[1] The first item of the list is the one that matters most here.';
    expect(trimSentence(list, 'en')).toBe(list);
    const index = 'The function reads values[1][2] from the table before it returns.';
    expect(trimSentence(index, 'en')).toBe(index);
  });
});
