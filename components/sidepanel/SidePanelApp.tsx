/**
 * The side panel as a reading companion (issue 5): the outline of the tab being read, following
 * it through tab switches and navigations, lighting up where the reader is, with role markers,
 * the history of saved outlines, and the outline of a selection from the context menu.
 * Extension APIs stay behind lib/glue.ts and the injected storage areas.
 */
import { useMemo, useState } from 'react';
import type { HistoryEntry, StorageArea } from '@/lib/storage';
import type { Outline } from '@/lib/types';
import { HistoryView } from '../history/HistoryView';
import { useLedeStorage } from '../options/useLedeStorage';
import { extensionSource } from '../extensionSource';
import { OutlineBody } from '../OutlineView';
import { useUi } from '../useUi';
import { fixtureSource, useOutline } from '../useOutline';
import { FollowControls } from './FollowControls';
import { useFollowedTab } from './useFollowedTab';
import { useRoleMarkers } from './useRoleMarkers';
import { useSelection } from './useSelection';
import { useWhereAmI } from './useWhereAmI';
import '../options/theme.css';

interface Props {
  /** `?tabId=N`: stay on that tab (tests, bench); null follows the active tab. */
  fixedTabId: number | null;
  area: StorageArea;
  /** Where the worker hands over selections (storage.session). */
  session: StorageArea | null;
}

type View = { kind: 'tab' } | { kind: 'history' } | { kind: 'saved'; outline: Outline; title: string };

export function SidePanelApp({ fixedTabId, area, session }: Props) {
  const ui = useUi(area);
  const { t, settings } = ui;
  const storage = useLedeStorage(area);
  const tab = useFollowedTab(fixedTabId);
  const tabId = tab?.tabId ?? null;
  const version = tab?.version ?? 0;
  const [view, setView] = useState<View>({ kind: 'tab' });
  const selection = useSelection(session);
  const [seenSelection, setSeenSelection] = useState(0);
  const shownSelection = selection && selection.at > seenSelection ? selection : null;
  // A selection handed over (the context menu) is what the reader asked for last: it takes the
  // place of the history list or a saved outline, which would otherwise hide it until "Back",
  // and "Back" marks it seen, so it was never shown at all.
  const [arrived, setArrived] = useState(selection);
  if (selection !== arrived) {
    setArrived(selection);
    if (selection && view.kind !== 'tab') setView({ kind: 'tab' });
  }

  // A new source for each page the tab shows, so the outline is made again; and for a new
  // length chosen in the options (the worker reads it when it outlines: the panel kept the old
  // one until the reader moved to another tab). Not for the settings' first read.
  const [length, setLength] = useState(settings?.length);
  const [lengthRound, setLengthRound] = useState(0);
  if (settings && settings.length !== length) {
    setLength(settings.length);
    if (length !== undefined) setLengthRound((n) => n + 1);
  }
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const live = useMemo(() => extensionSource(tabId), [tabId, version, lengthRound]);
  const source = useMemo(
    () =>
      view.kind === 'saved'
        ? fixtureSource(view.outline)
        : shownSelection
          ? fixtureSource(shownSelection.result)
          : live,
    [view, shownSelection, live],
  );
  const outline = useOutline(source);
  const ready = outline.state.status === 'ready' ? outline.state.outline : null;
  const onTab = view.kind === 'tab' && !shownSelection;
  const here = useWhereAmI(onTab ? tabId : null, version);
  useRoleMarkers(onTab ? tabId : null, onTab ? ready : null, settings?.roleMarkers ?? false, t);

  const back = () => {
    setView({ kind: 'tab' });
    if (selection) setSeenSelection(selection.at);
  };
  const tabs = (
    <span className="tabs" role="group">
      <button type="button" className="button" aria-pressed={view.kind !== 'history'} onClick={back}>
        {t.outline}
      </button>
      <button
        type="button"
        className="button"
        aria-pressed={view.kind === 'history'}
        onClick={() => setView({ kind: 'history' })}
      >
        {t.history}
      </button>
    </span>
  );
  const cannotRead =
    onTab && outline.state.status === 'error' && ['restricted', 'no-tab'].includes(outline.state.error.code);

  if (!settings && !ui.loadFailed) return null; // the language and theme first, no flash
  return (
    <>
      <FollowControls
        t={t}
        roleMarkers={settings?.roleMarkers ?? false}
        onRoleMarkers={(on) => void ui.save({ roleMarkers: on })}
      />
      {view.kind === 'history' ? (
        <div className="lede sidepanel" lang={t.lang}>
          <div className="toolbar">
            <span className="brand">{t.appName}</span>
            {tabs}
          </div>
          {storage && (
            <HistoryView
              history={storage.history}
              strings={t}
              onOpen={(e: HistoryEntry) => setView({ kind: 'saved', outline: e.outline, title: e.title })}
            />
          )}
        </div>
      ) : (
        <>
          {!onTab && (
            <p className="notice saved-notice" role="status">
              {view.kind === 'saved' ? t.savedOutline : t.selectedText}{' '}
              <button type="button" className="button" onClick={back}>
                {t.backToPage}
              </button>
            </p>
          )}
          <OutlineBody
            outline={outline}
            surface="sidepanel"
            t={t}
            copyFormat={settings?.copyFormat}
            here={onTab ? here : null}
            actions={tabs}
          />
          {/* Under the toolbar and the reason, not above the panel's name. */}
          {cannotRead && (
            <div className="cannot-read" data-state="cannot-read">
              <p>
                <strong>{t.cannotReadTab}</strong>
              </p>
              <p>{t.cannotReadTabHint}</p>
            </div>
          )}
        </>
      )}
    </>
  );
}
