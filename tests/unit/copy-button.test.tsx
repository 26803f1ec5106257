// @vitest-environment jsdom
/**
 * components/CopyButton.tsx when the clipboard says no (review): the reader is told, the copy
 * falls back to the copy command, and the buttons inside a section or the gist (which carry the
 * article's language) speak the interface's.
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { CopyButton } from '@/components/CopyButton';
import { OutlineView } from '@/components/OutlineView';
import { fixtureSource } from '@/components/useOutline';
import { copyPayload, OUTLINE_SCOPE } from '@/lib/format/copy';
import { uiStrings } from '@/lib/ui-strings';
import { seedOutline } from './seed-outline';

const seed = seedOutline();

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  // jsdom has no execCommand: each test that gives one takes it away again.
  delete (document as { execCommand?: unknown }).execCommand;
});

const setClipboard = (clipboard: object) =>
  Object.defineProperty(navigator, 'clipboard', { value: clipboard, configurable: true });

/** document.execCommand('copy') as a browser runs it: a copy event, then whether it copied. */
function copyCommand(result = true) {
  const data: Record<string, string> = {};
  const execCommand = vi.fn((command: string) => {
    if (command !== 'copy') return false;
    const e = new Event('copy', { bubbles: true, cancelable: true });
    Object.defineProperty(e, 'clipboardData', {
      value: { setData: (type: string, s: string) => (data[type] = s) },
    });
    document.activeElement!.dispatchEvent(e);
    return result;
  });
  Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true });
  return { execCommand, data };
}

describe('a copy the clipboard refuses', () => {
  test('rich text where ClipboardItem does not exist (Firefox before 127) tells the reader', async () => {
    // navigator.clipboard.write is there, ClipboardItem is not: `new ClipboardItem` threw out of
    // the click, and the button said nothing at all.
    setClipboard({ write: vi.fn(), writeText: vi.fn(() => Promise.resolve()) });
    vi.stubGlobal('ClipboardItem', undefined);
    render(<CopyButton outline={seed} t={uiStrings('en')} format="rich" />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy (Rich text)' }));
    await screen.findByText(/Could not copy/);
  });

  test('a rejected write ("Document is not focused") copies with the copy command, both parts', async () => {
    const notFocused = new DOMException('Document is not focused.', 'NotAllowedError');
    const write = vi.fn(() => Promise.reject(notFocused));
    setClipboard({ write, writeText: write });
    vi.stubGlobal(
      'ClipboardItem',
      class {
        constructor(readonly items: Record<string, Blob>) {}
      },
    );
    const { execCommand, data } = copyCommand();
    render(<CopyButton outline={seed} t={uiStrings('en')} format="rich" />);
    const button = screen.getByRole('button', { name: 'Copy (Rich text)' });
    button.focus();
    fireEvent.click(button);
    await screen.findByText(/Copied/);
    expect(write).toHaveBeenCalledTimes(1);
    expect(execCommand).toHaveBeenCalledWith('copy');
    const payload = copyPayload(seed, OUTLINE_SCOPE, 'rich');
    expect(data).toEqual({ 'text/html': payload['text/html'], 'text/plain': payload['text/plain'] });
    // Nothing of the fallback stays in the page.
    expect(document.body.textContent).not.toContain(payload['text/plain']);
  });

  test("when the copy command fails too, the reader is told, a point's icon too", async () => {
    setClipboard({ writeText: vi.fn(() => Promise.reject(new DOMException('no', 'NotAllowedError'))) });
    copyCommand(false);
    render(<CopyButton outline={seed} t={uiStrings('en')} format="markdown" scope={{ kind: 'gist' }} />);
    const button = screen.getByRole('button', { name: 'Copy this point' });
    fireEvent.click(button);
    await screen.findByText(/Could not copy/);
    // The point's icon is 16px wide and clips its text: a failure must not start like a word
    // ("Co…", in the colour of a success), but with its own mark, as "✓ Copied" does.
    expect(button.textContent!.startsWith('✕')).toBe(true);
  });
});

describe('copy buttons speak the interface language inside an article in another', () => {
  test('a Japanese article in an English interface', async () => {
    render(<OutlineView source={fixtureSource(seed)} surface="popup" t={uiStrings('en')} />);
    const section = await screen.findByRole('button', { name: 'Copy Background' });
    // Inside <section lang="ja">: the English words must not be read with a Japanese voice.
    expect(section.closest('[lang]')!.getAttribute('lang')).toBe('en');
    for (const point of screen.getAllByRole('button', { name: 'Copy this point' }))
      expect(point.closest('[lang]')!.getAttribute('lang')).toBe('en');
  });

  test('an English article in a Japanese interface', async () => {
    const en = { ...seed, lang: 'en' };
    render(<OutlineView source={fixtureSource(en)} surface="sidepanel" t={uiStrings('ja')} />);
    const section = await screen.findByRole('button', { name: '背景をコピー' });
    expect(section.closest('[lang]')!.getAttribute('lang')).toBe('ja');
    for (const point of screen.getAllByRole('button', { name: 'この要点をコピー' }))
      expect(point.closest('[lang]')!.getAttribute('lang')).toBe('ja');
  });
});
