/**
 * The options page (issue 5): length, copy format, interface language, theme, role markers,
 * outlines ready before the click (issue 7), history limit, clear data. Every change is saved
 * at once; a failed save is announced and the control shows what is really stored (issue 8).
 */
import { useEffect, useId, useState } from 'react';
import {
  COPY_FORMATS,
  HISTORY_BYTE_CAP,
  HISTORY_LIMITS,
  LENGTHS,
  THEMES,
  UI_LANG_SETTINGS,
  type StorageArea,
} from '../../lib/storage';
import { resolveUiLang, uiStrings, type UiStrings } from '../../lib/ui-strings';
import { useHistory } from '../history/useHistory';
import { ChoiceGroup } from './ChoiceGroup';
import { ConfirmAction } from './ConfirmAction';
import { ReadyAheadOption, type HostAccess } from './ReadyAheadOption';
import { useDocumentTheme } from './theme';
import { useLedeStorage } from './useLedeStorage';
import { useSettings } from './useSettings';
import './theme.css';
import './options.css';

export interface OptionsAppProps {
  /** `browser.storage.local` in the extension; a memory area in tests. */
  area: StorageArea;
  /** `navigator.language`, used while the interface language is `auto`. */
  browserLang: string;
  /** The optional permission to read the pages the reader opens (lib/glue.ts). */
  hostAccess: HostAccess;
}

export function OptionsApp({ area, browserLang, hostAccess }: OptionsAppProps) {
  const storage = useLedeStorage(area);
  const { settings, unreadable, error, loadFailed, save, reset } = useSettings(area);
  const history = useHistory(storage?.history ?? null);
  const saved = history && history !== 'failed' ? history.entries.length : 0;
  // Outlines still stored that the list does not show: unreadable ones, and those a lowered
  // limit leaves out until the next outline trims them. "Delete history" removes them too.
  const unlisted = history && history !== 'failed' ? history.skipped + history.hidden : 0;
  // The line to show, read from the strings at render: a change of language (or a reset back to
  // the browser's) said "Saved." in the language the page was in before the click.
  const [status, setStatus] = useState<(t: UiStrings) => string>(() => () => '');
  const say = (line: (t: UiStrings) => string) => setStatus(() => line);
  const t = uiStrings(resolveUiLang(settings?.uiLang ?? 'auto', browserLang));
  useDocumentTheme(settings?.theme, t.lang);
  useEffect(() => {
    document.title = t.optionsTitle;
  }, [t]);
  const markersId = useId();
  const limitId = useId();
  const limitHintId = useId();

  if (!settings || !storage) return <p role="status">{t.loading}</p>;

  const change = async (patch: Parameters<typeof save>[0]) => {
    const r = await save(patch);
    say((t) => (r.ok ? t.saved : ''));
  };
  const problem = loadFailed
    ? t.readFailed
    : error
      ? t.storageErrors[error.code]
      : unreadable.length
        ? t.settingUnreadable
        : '';

  return (
    <main className="options">
      <h1>{t.optionsTitle}</h1>
      <p className="intro">{t.optionsIntro}</p>

      <ChoiceGroup
        legend={t.length}
        hint={t.lengthHint}
        value={settings.length}
        choices={LENGTHS}
        labels={t.lengths}
        onChange={(length) => change({ length })}
      />
      <ChoiceGroup
        legend={t.copyFormat}
        value={settings.copyFormat}
        choices={COPY_FORMATS}
        labels={t.copyFormats}
        onChange={(copyFormat) => change({ copyFormat })}
      />
      <ChoiceGroup
        legend={t.uiLang}
        hint={t.uiLangHint}
        value={settings.uiLang}
        choices={UI_LANG_SETTINGS}
        labels={t.uiLangs}
        onChange={(uiLang) => change({ uiLang })}
      />
      <ChoiceGroup
        legend={t.theme}
        value={settings.theme}
        choices={THEMES}
        labels={t.themes}
        onChange={(theme) => change({ theme })}
      />

      <fieldset>
        <legend>{t.roleMarkers}</legend>
        <label className="check" htmlFor={markersId}>
          <input
            id={markersId}
            type="checkbox"
            checked={settings.roleMarkers}
            onChange={(e) => change({ roleMarkers: e.currentTarget.checked })}
          />
          <span>{t.roleMarkersOption}</span>
        </label>
        <p className="hint">{t.roleMarkersHint}</p>
      </fieldset>

      <ReadyAheadOption
        t={t}
        on={settings.readyAhead}
        access={hostAccess}
        onChange={(readyAhead) => change({ readyAhead })}
      />

      <fieldset>
        <legend>{t.history}</legend>
        <label htmlFor={limitId}>{t.historyLimit}</label>
        <select
          id={limitId}
          aria-describedby={limitHintId}
          value={settings.historyLimit}
          onChange={(e) => change({ historyLimit: Number(e.currentTarget.value) })}
        >
          {/* A limit stored by another version that is not in the list still shows. */}
          {[...new Set([...HISTORY_LIMITS, settings.historyLimit])]
            .sort((a, b) => a - b)
            .map((n) => (
              <option key={n} value={n}>
                {t.historyLimitChoice(n)}
              </option>
            ))}
        </select>
        <p id={limitHintId} className="hint">
          {t.historyLimitHint(HISTORY_BYTE_CAP / 1024 / 1024)}
        </p>
        <p className="hint">{t.historyCount(saved)}</p>
      </fieldset>

      <fieldset>
        <legend>{t.clearData}</legend>
        <div className="actions">
          <ConfirmAction
            label={t.clearHistory}
            question={t.confirmClearAll(saved + unlisted)}
            disabled={saved + unlisted === 0}
            confirmLabel={t.confirmDelete}
            cancelLabel={t.cancel}
            onConfirm={async () => {
              const r = await storage.history.clear();
              say((t) => (r.ok ? t.historyCleared : t.storageErrors[r.error.code]));
            }}
          />
          <ConfirmAction
            label={t.resetSettings}
            question={t.confirmReset}
            confirmLabel={t.confirmResetAction}
            cancelLabel={t.cancel}
            onConfirm={async () => {
              const r = await reset();
              say((t) => (r.ok ? t.settingsReset : ''));
            }}
          />
        </div>
      </fieldset>

      <p role="status" aria-live="polite" className="status">
        {status(t)}
      </p>
      {problem && (
        <p role="alert" className="problem">
          {problem}
        </p>
      )}
    </main>
  );
}
