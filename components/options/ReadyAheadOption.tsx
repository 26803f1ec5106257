/**
 * "Have the outline ready before I click" (issue 7, the first open; lib/ahead.ts). On needs both
 * the setting and the optional `<all_urls>` permission, asked for inside the click; the box
 * shows on only while both hold (the side panel's "Follow the tab I am reading" shares the
 * permission, and taking it back there turns this off too).
 */
import { useEffect, useId, useState } from 'react';
import type { UiStrings } from '../../lib/ui-strings';

/** Reading the pages the reader opens: the optional host permission (lib/glue.ts). */
export interface HostAccess {
  has(): Promise<boolean>;
  /** Must be called within the click: the browser asks only then. */
  request(): Promise<boolean>;
}

interface Props {
  t: UiStrings;
  on: boolean;
  access: HostAccess;
  onChange(on: boolean): Promise<unknown>;
}

export function ReadyAheadOption({ t, on, access, onChange }: Props) {
  const [granted, setGranted] = useState<boolean | null>(null);
  const [refused, setRefused] = useState(false);
  const id = useId();
  const hintId = useId();
  useEffect(() => {
    void access.has().then(setGranted);
  }, [access]);
  return (
    <fieldset>
      <legend>{t.readyAhead}</legend>
      <label className="check" htmlFor={id}>
        <input
          id={id}
          type="checkbox"
          checked={on && granted === true}
          disabled={granted === null}
          aria-describedby={hintId}
          onChange={(e) => {
            if (!e.currentTarget.checked) return void onChange(false);
            // No await before request(): the browser only asks within the click.
            void access.request().then(async (ok) => {
              setGranted(ok);
              setRefused(!ok);
              if (ok) await onChange(true);
            });
          }}
        />
        <span>{t.readyAheadOption}</span>
      </label>
      <p id={hintId} className="hint">
        {t.readyAheadHint}
      </p>
      {refused && <p className="hint">{t.readyAheadRefused}</p>}
    </fieldset>
  );
}
