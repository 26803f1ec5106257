/**
 * The side panel's companion bar: role markers on/off, following tabs (asks for the optional
 * host permission with its reason, inside the click), and the keyboard shortcut as the browser
 * has it (changeable in the browser's shortcut settings).
 */
import { useEffect, useId, useState } from 'react';
import {
  commandShortcut,
  dropFollowPermission,
  hasFollowPermission,
  openShortcutSettings,
  requestFollowPermission,
} from '@/lib/glue';
import type { UiStrings } from '@/lib/ui-strings';

interface Props {
  t: UiStrings;
  roleMarkers: boolean;
  onRoleMarkers(on: boolean): void;
}

export function FollowControls({ t, roleMarkers, onRoleMarkers }: Props) {
  const [follow, setFollow] = useState<boolean | null>(null);
  const [shortcut, setShortcut] = useState<string | null>(null);
  const reasonId = useId();
  // The reason shows over the outline while the reader points at or focuses "Follow" (style.css),
  // and covered the view switch under it: Escape hides it until they leave, as content shown on
  // hover or focus must allow (WCAG 1.4.13, found by tests/e2e/a11y.test.ts's keyboard walk).
  const [dismissed, setDismissed] = useState(false);
  useEffect(() => {
    void hasFollowPermission().then(setFollow);
    void commandShortcut('open-side-panel').then(setShortcut);
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && setDismissed(true);
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
  return (
    <div className="companion">
      <label title={t.roleMarkersHint}>
        <input
          type="checkbox"
          checked={roleMarkers}
          onChange={(e) => onRoleMarkers(e.currentTarget.checked)}
        />
        {t.roleMarkers}
      </label>
      <label className="follow" onMouseLeave={() => setDismissed(false)} onBlur={() => setDismissed(false)}>
        <input
          type="checkbox"
          checked={follow ?? false}
          disabled={follow === null}
          aria-describedby={reasonId}
          onChange={(e) => {
            // No await before request(): the browser only asks within the click.
            const ask = e.currentTarget.checked
              ? requestFollowPermission()
              : dropFollowPermission().then(() => false);
            void ask.then(() => hasFollowPermission()).then(setFollow);
          }}
        />
        {t.followTabs}
      </label>
      <span className="shortcut">
        {shortcut ? t.shortcut(shortcut) : t.shortcutUnset}{' '}
        <button type="button" className="button" onClick={openShortcutSettings}>
          {t.changeShortcut}
        </button>
      </span>
      <p className="reason" id={reasonId} hidden={dismissed}>
        {follow ? '' : t.followTabsReason}
      </p>
    </div>
  );
}
