/**
 * Issue 8: permissions are the least that works. Reads the built manifests and fails on any
 * permission outside the allow-list that the README's "Permissions" table explains line by line.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './harness';

const ALLOWED = ['activeTab', 'scripting', 'storage', 'sidePanel', 'offscreen', 'contextMenus'];

function manifest(dir: string) {
  return JSON.parse(readFileSync(join(ROOT, '.output', dir, 'manifest.json'), 'utf8'));
}

describe.each(['chrome-mv3', 'firefox-mv2'])('%s manifest', (dir) => {
  const m = manifest(dir);

  it('asks only for allow-listed permissions, and no host access', () => {
    const perms: string[] = m.permissions ?? [];
    // Firefox's sidebar replaces Chrome's side panel, and its background page parses what
    // Chrome's offscreen document does: its manifest has neither permission.
    for (const p of perms) expect(ALLOWED, `unexpected permission ${p}`).toContain(p);
    expect(m.host_permissions ?? []).toEqual([]);
    // Issue 5 (following the reader across tabs) and issue 7 (outlines ready before the click)
    // ask for <all_urls> when turned on, so it is an optional permission, never granted at install.
    // (Manifest V2, Firefox: optional origins are `optional_permissions`.)
    const optional = dir === 'firefox-mv2' ? m.optional_permissions : m.optional_host_permissions;
    expect(optional).toEqual(['<all_urls>']);
    expect(perms).not.toContain('<all_urls>');
    expect(
      JSON.stringify({ ...m, optional_host_permissions: undefined, optional_permissions: undefined }),
    ).not.toContain('<all_urls>');
  });

  it('declares no content script that runs on every page (it is injected on the click)', () => {
    expect(m.content_scripts ?? []).toEqual([]);
  });

  it('keeps the default extension Content Security Policy (no remote code, no eval)', () => {
    const csp = m.content_security_policy;
    const text = typeof csp === 'string' ? csp : (csp?.extension_pages ?? '');
    expect(text).not.toMatch(/unsafe-eval|unsafe-inline|https?:/);
  });

  it('declares the side panel shortcut as a command, with a key and a localised description', () => {
    const cmd = m.commands?.['open-side-panel'];
    expect(cmd?.suggested_key?.default).toMatch(/^Alt\+Shift\+/);
    expect(cmd?.description).toBe('__MSG_commandOpenSidePanel__');
  });

  it('ships its words in English and Japanese (_locales, default en)', () => {
    expect(m.default_locale).toBe('en');
    for (const lang of ['en', 'ja']) {
      const messages = JSON.parse(
        readFileSync(join(ROOT, '.output', dir, '_locales', lang, 'messages.json'), 'utf8'),
      );
      for (const key of ['extName', 'extDescription', 'actionTitle', 'commandOpenSidePanel'])
        expect(messages[key]?.message, `${lang} ${key}`).toBeTruthy();
    }
  });
});

describe('README', () => {
  it('explains every allowed permission', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    // A table row per permission, however prettier pads the column.
    const row = (name: string) => new RegExp(`^\\|\\s*${name.replace(/[()]/g, '\\$&')}\\s*\\|`, 'm');
    for (const p of ALLOWED) expect(readme).toMatch(row(`\`${p}\``));
    expect(readme).toMatch(row('`<all_urls>` (optional)'));
  });
});
