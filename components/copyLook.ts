/**
 * What a copy button looks like (issue 4: "copy the whole outline, one section, or one point"),
 * shared by CopyButton.tsx and the popup's first paint (plainOutline.ts), which must draw the
 * same markup. The outline's button is in the toolbar and names its format; a section's is small
 * beside its name. (A point has no button of its own yet: a chip over its sentence hid the
 * sentence's last words, and the bullet's gutter is too narrow for a word.)
 */
import type { CopyFormat } from '@/lib/format/copy';
import type { CopyScope } from '@/lib/format/scope';
import { copyFormatName, roleName } from '@/lib/i18n';
import type { Outline } from '@/lib/types';
import type { UiStrings } from '@/lib/ui-strings';

export interface CopyLook {
  className: string;
  /** The name a screen reader says, where the visible word alone would be ambiguous. */
  label: string | undefined;
  text: string;
}

/** The toolbar's button for the whole outline, or a section's. */
export type ButtonScope = Extract<CopyScope, { kind: 'outline' | 'section' }>;

export function copyLook(outline: Outline, scope: ButtonScope, t: UiStrings, format: CopyFormat): CopyLook {
  return scope.kind === 'outline'
    ? { className: 'button', label: undefined, text: t.copyIn(copyFormatName(format, t.lang)) }
    : { className: 'copy-section', label: t.copySection(roleName(scope.role, outline.lang)), text: t.copy };
}
