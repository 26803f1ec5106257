/** lib/restricted.ts: which pages get a reason before any injection is tried (issue 2). */
import { describe, expect, test } from 'vitest';
import { pageBlocker } from '@/lib/restricted';

const code = (url: string | undefined, fileAccess = false) => pageBlocker(url, { fileAccess })?.code ?? null;

describe('pageBlocker', () => {
  test.each([
    'https://www.nytimes.com/2019/11/18/business/trump-trade-war-china.html',
    'http://127.0.0.1:8080/seed.html',
    'https://www3.nhk.or.jp/news/html/20230403/k10014027091000.html?utm=x#top',
    'https://chrome.google.com/search?q=webstore', // same host as the old store, other path
  ])('lets Lede try %s', (url) => expect(code(url)).toBeNull());

  test.each([
    'chrome://version',
    'chrome://extensions/',
    'chrome-extension://abcdefghijklmnopabcdefghijklmnop/popup.html',
    'edge://settings',
    'view-source:https://example.org/',
    'about:preferences',
    'moz-extension://0f1e/sidebar.html',
    'devtools://devtools/bundled/inspector.html',
    'data:text/html,<p>hi</p>',
    'https://chromewebstore.google.com/detail/abc',
    'https://chrome.google.com/webstore/detail/abc',
    'https://microsoftedge.microsoft.com/addons/detail/abc',
    'https://addons.mozilla.org/en-US/firefox/',
  ])('%s is restricted', (url) => expect(code(url)).toBe('restricted'));

  test.each(['about:blank', 'chrome://newtab/', 'about:newtab', 'edge://newtab/'])(
    '%s has no page to outline',
    (url) => expect(code(url)).toBe('no-tab'),
  );

  test.each([
    'https://example.org/report.pdf',
    'https://example.org/Report.PDF?download=1#page=2',
    'chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/index.html',
  ])('%s is a PDF', (url) => expect(code(url)).toBe('pdf'));

  test('file pages need the user to allow file access', () => {
    expect(code('file:///home/me/article.html', false)).toBe('restricted');
    expect(pageBlocker('file:///home/me/article.html', { fileAccess: false })?.message).toMatch(/file/i);
    expect(code('file:///home/me/article.html', true)).toBeNull();
  });

  test('an unknown URL (no permission to see it) is tried, and the injection decides', () => {
    expect(code(undefined)).toBeNull();
  });

  test('no blocked page offers "Outline anyway"', () => {
    for (const url of ['chrome://version', 'https://example.org/a.pdf', 'about:blank'])
      expect(pageBlocker(url, { fileAccess: false })?.canForce).toBe(false);
  });
});
