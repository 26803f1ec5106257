/**
 * lib/extract/reparse.ts: a page captured as HTML and parsed again reads as the live page's
 * clone did (issues 6 and 7). The e2e test (tests/e2e/offscreen.test.ts) checks the indices in
 * real Chromium; these check each rule on its own.
 */
import { describe, expect, it } from 'vitest';
import { asLivePage, withoutParseHazards } from '../../lib/extract/reparse';
import { readHtmlFile } from '../../lib/node/load';
import { parseDocument } from '../../lib/node/parse';

const URL_A = 'https://news.example.org/2025/story.html';
const tags = (doc: Document) => Array.from(doc.querySelectorAll('*'), (e) => e.tagName.toLowerCase());

describe('asLivePage', () => {
  it('holds <noscript> as text, as a page with scripting does', () => {
    const doc = asLivePage(
      parseDocument(
        '<html><head></head><body><noscript><img src="a.jpg"><p>Enable JS</p></noscript><p>Story.</p></body></html>',
      ),
      URL_A,
    );
    const ns = doc.querySelector('noscript')!;
    expect(ns.children.length).toBe(0);
    expect(ns.textContent).toContain('<img src="a.jpg">');
    expect(tags(doc).slice(0, 5)).toEqual(['html', 'head', 'body', 'noscript', 'p']);
  });

  it('gives the page its address as base URL after <body>, leaving every element before at its index', () => {
    const html =
      '<html><head><title>t</title></head><body><article><p><a href="/next">Next</a></p></article></body></html>';
    const before = tags(parseDocument(html));
    const doc = asLivePage(parseDocument(html), URL_A);
    expect(tags(doc).slice(0, before.length)).toEqual(before);
    const base = doc.querySelector('base');
    expect(base?.getAttribute('href')).toBe(URL_A);
    expect(base?.parentElement?.tagName.toLowerCase()).toBe('html');
  });

  it("makes the page's own relative base absolute, and adds none for an address that is not a page's", () => {
    const doc = asLivePage(
      parseDocument('<html><head><base href="/news/"></head><body><p>x</p></body></html>'),
      URL_A,
    );
    expect(doc.querySelectorAll('base').length).toBe(1);
    expect(doc.querySelector('base')?.getAttribute('href')).toBe('https://news.example.org/news/');
    const text = asLivePage(parseDocument('<html><head></head><body><p>x</p></body></html>'), 'about:blank');
    expect(text.querySelector('base')).toBeNull();
  });
});

describe('withoutParseHazards', () => {
  it('drops on… attributes from start tags, and nothing else', () => {
    const html =
      '<body onload="init()"><a href="/x" onclick=\'go("a")\' title="be online=yes">Turn on=off</a>' +
      '<img src=a.jpg onerror=fix() alt="a > b"><p>x onclick="y" &lt;b onclick=z&gt;</p></body>';
    expect(withoutParseHazards(html)).toBe(
      '<body><a href="/x" title="be online=yes">Turn on=off</a>' +
        '<img src=a.jpg alt="a > b"><p>x onclick="y" &lt;b onclick=z&gt;</p></body>',
    );
  });

  it('drops media from <source> only, and nothing else', () => {
    const html =
      '<picture><SOURCE MEDIA="(max-width: 767px)" srcset="a.jpg 120w"><source type="image/webp" srcset="b.webp">' +
      '<img src=c.jpg alt="media=(x)"></picture><link rel=stylesheet media=print href=p.css>' +
      '<style media="screen">p{}</style><p>media="x" &lt;source media=y&gt;</p>';
    expect(withoutParseHazards(html)).toBe(
      '<picture><SOURCE srcset="a.jpg 120w"><source type="image/webp" srcset="b.webp">' +
        '<img src=c.jpg alt="media=(x)"></picture><link rel=stylesheet media=print href=p.css>' +
        '<style media="screen">p{}</style><p>media="x" &lt;source media=y&gt;</p>',
    );
  });

  it('renames <video> and <audio>, keeping their places, and nothing else', () => {
    const html =
      '<VIDEO autoplay><source src=a.mp4></VIDEO><audio src=b.mp3></audio ><videos>x</videos>' +
      '<p>&lt;video&gt; <a title="&lt;audio&gt;">y</a></p>';
    expect(withoutParseHazards(html)).toBe(
      '<lede-VIDEO autoplay><source src=a.mp4></lede-VIDEO><lede-audio src=b.mp3></lede-audio ><videos>x</videos>' +
        '<p>&lt;video&gt; <a title="&lt;audio&gt;">y</a></p>',
    );
  });

  it('leaves a real page its text and its elements', () => {
    // 15 inline handlers (onclick, onload …) around an ITmedia article; 14 <source media> at WIRED
    for (const page of ['03-itmedia-apple-event-p2', '04-wired-helvetica-now']) {
      const html = readHtmlFile(`../shared/data/ja-news/pages/${page}.html`);
      expect(withoutParseHazards(html).length).toBeLessThan(html.length);
      const a = parseDocument(html);
      const b = parseDocument(withoutParseHazards(html));
      expect(tags(b)).toEqual(tags(a));
      expect(b.body.textContent).toBe(a.body.textContent);
    }
  });
});
