/**
 * A page that writes its metadata in `value` instead of `content` still names its site: the
 * saved CNET Japan, WIRED.jp and Impress pages of ja-news (02, 04, 06, 23) write
 * `<meta value="CNET Japan" name="og:site_name">`, and their headers named no site nor date.
 */
import { describe, expect, it } from 'vitest';
import { extractFromHtml, readHtmlFile } from '../../lib/node/load';

const BODY = `<body><article><h1>セキュリティとAI進化の両立なるか？--Appleニュース一気読み</h1>
<p>Appleは日本でも、プライバシーをテーマにしたコマーシャルを放映し始めた。iPhoneのプライバシー性能の高さを、街中で身近に起きうるプライバシーを守りたい場面を映し出しながら訴求する。</p>
<p>Appleは3月25日に開催したサービスに関する発表会でも、それぞれのサービスごとに必ず「プライバシーとセキュリティ」と書かれたスライドを掲出し、Appleはユーザーの視聴データを収集しないと繰り返しアピールしてきた。</p>
<p>ユーザーデータをフル活用して賢くなる他のアシスタントに対して、Appleは匿名化などを行うと同時に、ユーザーデータを極力デバイス、すなわちiPhoneから出さずに扱う方法に取り組んできた。</p>
</article></body>`;

const page = (head: string) =>
  `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>セキュリティとAI進化の両立なるか？--Appleニュース一気読み - CNET Japan</title>${head}</head>${BODY}</html>`;

/** The page above with these metas in its head, extracted as the saved file `name` would be. */
const extractWith = (head: string, name: string) => extractFromHtml(page(head), `file:///${name}`);

describe('metadata in a value attribute', () => {
  it('names the site of 06-cnet', () => {
    const a = extractWith(
      '<meta value="CNET Japan" name="og:site_name"><meta value="https://japan.cnet.com/article/35135610/" name="og:url">',
      '06-cnet-apple-weekly.html',
    );
    expect(a.siteName).toBe('CNET Japan');
  });

  it('does not take a publisher named in value for the byline (02-ktai-watch)', () => {
    const a = extractWith(
      '<meta name="author" value="株式会社インプレス"><meta value="ケータイ Watch" name="og:site_name">',
      '02-ktai-watch-denpa-riyoryo.html',
    );
    expect(a.siteName).toBe('ケータイ Watch');
    expect(a.byline).not.toBe('株式会社インプレス');
  });

  it('dates the saved 06-cnet page from its value-written article:published_time', () => {
    const path = '../shared/data/ja-news/pages/06-cnet-apple-weekly.html';
    const a = extractFromHtml(readHtmlFile(path), `file:///${path}`);
    expect(a.publishedTime).toBe('2019-04-13T09:00:00+09:00');
    expect(a.siteName).toBe('CNET Japan');
  });

  it('leaves content alone where the page gives both', () => {
    const a = extractWith('<meta property="og:site_name" content="CNET Japan" value="ignored">', 'x.html');
    expect(a.siteName).toBe('CNET Japan');
  });
});
