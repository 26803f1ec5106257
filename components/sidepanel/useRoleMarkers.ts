/**
 * Role markers in the page (issue 5): drawn while the setting is on and the outline is shown,
 * removed (an empty list) when it is turned off or the panel moves to another outline.
 */
import { useEffect } from 'react';
import { roleName } from '@/lib/i18n';
import { sendMessage } from '@/lib/protocol';
import { ROLES, type Outline } from '@/lib/types';
import type { UiStrings } from '@/lib/ui-strings';

export function useRoleMarkers(tabId: number | null, outline: Outline | null, on: boolean, t: UiStrings) {
  useEffect(() => {
    if (tabId === null || !outline || !on) return;
    const items = outline.paragraphs.map((p) => ({
      ref: { paragraphId: p.id, domIndex: p.domIndex, text: p.text },
      role: p.role,
      label: (ROLES as readonly string[]).includes(p.role)
        ? roleName(p.role as (typeof ROLES)[number], t.lang)
        : '—',
    }));
    void sendMessage('roleMarkers', { tabId, items }).catch(() => undefined);
    return () => void sendMessage('roleMarkers', { tabId, items: [] }).catch(() => undefined);
  }, [tabId, outline, on, t.lang]);
}
