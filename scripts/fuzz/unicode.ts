/** Hostile text: every Unicode plane, right-to-left runs, invisible and broken characters. */
import type { Rng } from './rng';

/** Any code point from any of the 17 planes, assigned or not (surrogates excluded). */
export function anyCodePoint(r: Rng): string {
  const plane = r.int(0, 16);
  let cp = plane * 0x10000 + r.int(0, 0xffff);
  if (cp >= 0xd800 && cp <= 0xdfff) cp += 0x800;
  return String.fromCodePoint(cp);
}

export const ZERO_WIDTH = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u180e'];
export const CONTROLS = [
  ...Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)),
  '\u007f',
  '\u0085',
  '\u009b',
  '\u2028',
  '\u2029',
];
export const BIDI = [
  '\u202a',
  '\u202b',
  '\u202c',
  '\u202d',
  '\u202e',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u200e',
  '\u200f',
  '\u061c',
];
export const LONE_SURROGATES = ['\ud800', '\udbff', '\udc00', '\udfff', '\ud83d'];

const ARABIC = 'وقالت الحكومة إن المحادثات ستستأنف الأسبوع المقبل بعد توقف دام شهرين.';
const HEBREW = 'הממשלה הודיעה כי השיחות יתחדשו בשבוע הבא לאחר הפסקה של חודשיים.';

export function rtlSentence(r: Rng): string {
  const base = r.pick([ARABIC, HEBREW]);
  // An override left open, or an isolate around Latin text, as spoofing pages do.
  return r.chance(0.5) ? `\u202e${base} Reuters said.` : `${base} \u2067Reuters\u2069 ${base}`;
}

/** Inserts `count` characters from `alphabet` at random places in `text`. */
export function sprinkle(r: Rng, text: string, alphabet: readonly string[], count: number): string {
  const chars = Array.from(text);
  for (let i = 0; i < count; i++) chars.splice(r.int(0, chars.length), 0, r.pick(alphabet));
  return chars.join('');
}

export function randomText(r: Rng, length: number, char: (r: Rng) => string = anyCodePoint): string {
  let s = '';
  while (s.length < length) s += char(r);
  return s;
}
