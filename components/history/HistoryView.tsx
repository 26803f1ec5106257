/**
 * Saved outlines (issue 5), for the side panel: search, open, delete one, clear all (asks
 * first), export all as Markdown or JSON. Page text (titles, sites) is rendered as React text,
 * never as markup (issue 8).
 */
import { useDeferredValue, useId, useRef, useState } from 'react';
import {
  exportFileName,
  historyToJson,
  historyToMarkdown,
  searchHistory,
  type HistoryEntry,
  type HistoryStore,
  type StorageResult,
} from '../../lib/storage';
import type { UiStrings } from '../../lib/ui-strings';
import { ConfirmAction } from '../options/ConfirmAction';
import { downloadText, type Download } from './download';
import { useHistory } from './useHistory';
import './history.css';

export interface HistoryViewProps {
  history: HistoryStore;
  strings: UiStrings;
  /** Show a saved outline (the side panel renders `entry.outline`). */
  onOpen(entry: HistoryEntry): void;
  /** Injected for tests; saves a file by default. */
  download?: Download;
  now?: () => number;
}

export function HistoryView({
  history,
  strings: t,
  onOpen,
  download = downloadText,
  now = Date.now,
}: HistoryViewProps) {
  const list = useHistory(history);
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const [status, setStatus] = useState('');
  const searchId = useId();
  const listRef = useRef<HTMLUListElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);

  if (!list) return <p role="status">{t.loading}</p>;
  if (list === 'failed') return <p role="alert">{t.readFailed}</p>;

  const { entries, skipped } = list;
  const shown = searchHistory(entries, deferredQuery);
  const report = (r: StorageResult<unknown>, done: string) =>
    setStatus(r.ok ? done : t.storageErrors[r.error.code]);

  async function remove(entry: HistoryEntry) {
    // Keep the keyboard where it was: on the next entry, else the previous, else the search box.
    const buttons = [...(listRef.current?.querySelectorAll<HTMLButtonElement>('button.open') ?? [])];
    const at = buttons.findIndex((b) => b.dataset.id === entry.id);
    const next = buttons[at + 1] ?? buttons[at - 1];
    report(await history.remove(entry.id), t.deleted);
    (next ?? searchRef.current)?.focus();
  }

  function exportAs(format: 'markdown' | 'json') {
    const at = now();
    const text = format === 'markdown' ? historyToMarkdown(entries, at) : historyToJson(entries, at);
    download(exportFileName(format, at), format === 'markdown' ? 'text/markdown' : 'application/json', text);
  }

  const empty = entries.length === 0;
  return (
    <section className="lede-history" aria-labelledby={`${searchId}-title`}>
      <h2 id={`${searchId}-title`}>{t.history}</h2>
      <div className="search">
        <label htmlFor={searchId}>{t.historySearch}</label>
        <input
          ref={searchRef}
          id={searchId}
          type="search"
          value={query}
          placeholder={t.historySearchPlaceholder}
          onChange={(e) => setQuery(e.currentTarget.value)}
        />
      </div>
      {skipped > 0 && <p className="notice">{t.historySkipped(skipped)}</p>}
      <p className="count">{t.historyCount(entries.length)}</p>

      {empty ? (
        <p className="empty">{t.historyEmpty}</p>
      ) : shown.length === 0 ? (
        <p className="empty">{t.historyNoMatch(deferredQuery)}</p>
      ) : (
        <ul ref={listRef}>
          {shown.map((e) => (
            <li key={e.id}>
              {/* The article's language on its own words only: on the whole item it made screen
                  readers speak the interface's "Delete" and date in the article's language. */}
              <button type="button" className="open" lang={e.lang} data-id={e.id} onClick={() => onOpen(e)}>
                {e.title || e.url}
              </button>
              <p className="meta">
                {e.site && <span lang={e.lang}>{e.site}</span>}
                <time dateTime={new Date(e.savedAt).toISOString()}>{t.formatDate(e.savedAt)}</time>
              </p>
              <button
                type="button"
                className="delete"
                aria-label={t.deleteItem(e.title || e.url)}
                onClick={() => remove(e)}
              >
                {t.delete}
              </button>
            </li>
          ))}
        </ul>
      )}

      <div className="actions">
        <button type="button" disabled={empty} onClick={() => exportAs('markdown')}>
          {t.exportMarkdown}
        </button>
        <button type="button" disabled={empty} onClick={() => exportAs('json')}>
          {t.exportJson}
        </button>
        <ConfirmAction
          label={t.clearAll}
          question={t.confirmClearAll(entries.length)}
          confirmLabel={t.confirmDelete}
          cancelLabel={t.cancel}
          disabled={empty && skipped === 0}
          onConfirm={async () => {
            const r = await history.clear();
            report(r, t.historyCleared);
            // "Clear all" is disabled once the list is empty: keep the keyboard on the search box.
            if (r.ok) searchRef.current?.focus();
          }}
        />
      </div>
      <p role="status" aria-live="polite" className="status">
        {status}
      </p>
    </section>
  );
}
