/**
 * What a copy button looks like (issue 4: "copy the whole outline, one section, or one point"),
 * shared by CopyButton.tsx and the popup's first paint (plainOutline.ts), which must draw the
 * same markup. The outline's button is in the toolbar and names its format; a section's is small
 * beside its name; a point's (and the gist's) is an icon in its bullet's place (style.css
 * .copy-point): a chip laid over the sentence hid its last words, and an icon after the last word
 * wrapped onto a line of its own under sentences that filled theirs.
 */
import type { CopyFormat } from '@/lib/format/copy';
import type { CopyScope } from '@/lib/format/scope';
import { copyFormatName, roleName } from '@/lib/i18n';
import type { Outline } from '@/lib/types';
import type { UiStrings } from '@/lib/ui-strings';

export interface CopyLook {
  className: string;
  /** The name a screen reader says, where the visible word alone would be ambiguous or absent. */
  label: string | undefined;
  /** The tooltip of a button that shows no word. */
  title: string | undefined;
  text: string;
  /**
   * The interface's language: a section's and the gist's buttons sit inside the article's
   * `lang`, and their interface words were read out in the article's voice.
   */
  lang: string;
}

export function copyLook(outline: Outline, scope: CopyScope, t: UiStrings, format: CopyFormat): CopyLook {
  switch (scope.kind) {
    case 'outline':
      return {
        className: 'button',
        label: undefined,
        title: undefined,
        text: t.copyIn(copyFormatName(format, t.lang)),
        lang: t.lang,
      };
    case 'section':
      return {
        className: 'copy-section',
        // The section named in the interface's language too: one label has one `lang`
        // ('Copy 背景' read in either voice garbled half of it).
        label: t.copySection(roleName(scope.role, t.lang)),
        title: undefined,
        text: t.copy,
        lang: t.lang,
      };
    case 'gist':
    case 'point':
      return { className: 'copy-point', label: t.copyPoint, title: t.copyPoint, text: '', lang: t.lang };
  }
}
