/** Language of an article: the page's declared language, checked against its script. */

const KANA = /[\u3040-\u30ff]/g;
const HAN = /[\u4e00-\u9fff]/g;
const LATIN = /[A-Za-z]/g;

/** Share of Japanese characters (kana + han) among letters in a sample of the text. */
export function detectLang(text: string, declared?: string | null): string {
  const sample = text.slice(0, 4000);
  const kana = sample.match(KANA)?.length ?? 0;
  const han = sample.match(HAN)?.length ?? 0;
  const latin = sample.match(LATIN)?.length ?? 0;
  const decl = (declared ?? '').toLowerCase().split(/[-_]/)[0] || '';
  // Kana are unique to Japanese; han alone could be Chinese.
  if (kana > 0 && (kana + han) * 2 > latin) return 'ja';
  if (han > latin && kana === 0) return decl && decl !== 'ja' ? decl : 'zh';
  if (decl) return decl;
  return latin > 0 ? 'en' : 'und';
}
