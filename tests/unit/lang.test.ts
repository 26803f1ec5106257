/**
 * Which language an article is in (lib/extract/lang.ts): the script first, then the words of a
 * Latin-script text over the language its page declares, which is often its template's.
 */
import { describe, expect, it } from 'vitest';
import { benchArticle } from './bench-pages';
import { detectLang, latinLanguage } from '../../lib/extract/lang';

const page = benchArticle;

const ENGLISH =
  'The council voted on Tuesday to close the bridge for repairs, and the mayor said the work would take ' +
  'about six weeks. Drivers have been told to use the ring road, which was rebuilt last year. ' +
  'Residents who live near the bridge say they were not asked, but the council has promised that it will ' +
  'hold a meeting with them before the work starts.';
const GERMAN =
  'Der Stadtrat hat am Dienstag beschlossen, die Brücke für Reparaturen zu schließen, und der Bürgermeister ' +
  'sagte, die Arbeiten würden etwa sechs Wochen dauern. Autofahrer sollen die Ringstraße nutzen, die im ' +
  'letzten Jahr neu gebaut wurde. Anwohner, die nahe der Brücke wohnen, sagen, sie seien nicht gefragt ' +
  'worden, aber der Rat hat versprochen, dass er sich mit ihnen vor Beginn der Arbeiten trifft.';

describe('detectLang', () => {
  it('reads the article, not the template: pages declared English in German and Portuguese', () => {
    expect(page('57b4dafd').lang).toBe('de');
    expect(page('11ea381a').lang).toBe('pt');
  });

  it('keeps English pages English, the one made mostly of lists too (benchmark 5f03fc17)', () => {
    expect(page('5f03fc17').lang).toBe('en');
    expect(page('9cb8224b').lang).toBe('en');
  });

  it('names the language of the words, the declared one when the text is too short to say', () => {
    expect(detectLang(ENGLISH, 'en')).toBe('en');
    expect(detectLang(ENGLISH, null)).toBe('en');
    expect(detectLang(ENGLISH, 'ja')).toBe('en'); // a Japanese site's English article
    expect(detectLang(GERMAN, 'en-US')).toBe('de');
    expect(detectLang(GERMAN, 'de-AT')).toBe('de');
    expect(detectLang(GERMAN, null)).toBe('de');
    expect(detectLang('Die Brücke ist zu.', 'en')).toBe('en');
    expect(detectLang('Die Brücke ist zu.', null)).toBe('en');
    expect(latinLanguage(GERMAN.slice(0, 60))).toBeNull();
  });

  it('tells Japanese by its kana, and Chinese by han without kana', () => {
    expect(detectLang('米露首脳会談が開催されました。', 'en')).toBe('ja');
    expect(detectLang('美俄首脑会谈在阿拉斯加举行。', null)).toBe('zh');
  });
});
