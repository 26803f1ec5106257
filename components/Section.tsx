import type { CopyFormat } from '@/lib/format/copy';
import { emptyView, pointScope, shownPoints } from '@/lib/format/shown';
import { roleName } from '@/lib/i18n';
import type { Outline, Paragraph, Point as PointData, Section as SectionData } from '@/lib/types';
import type { UiStrings } from '@/lib/ui-strings';
import { CopyButton } from './CopyButton';
import { Point } from './Point';

interface Props {
  outline: Outline;
  section: SectionData;
  t: UiStrings;
  copyFormat: CopyFormat;
  pointLabel: string;
  /** The section and point the reader is at (side panel). */
  here?: boolean;
  herePoint?: PointData | null;
  hereLabel?: string;
  onShow(paragraph: Paragraph): void;
}

/**
 * One of the four roles, named in the article's language, with its copy button; an empty one
 * says so (issue 2). Result does not repeat the gist (lib/format/shown.ts).
 */
export function Section({
  outline,
  section,
  t,
  copyFormat,
  pointLabel,
  here,
  herePoint,
  hereLabel,
  onShow,
}: Props) {
  const id = `section-${section.role}`;
  const points = shownPoints(outline, section);
  return (
    <section
      className={here ? 'section here' : 'section'}
      data-role={section.role}
      aria-labelledby={id}
      lang={outline.lang}
    >
      <h2 id={id}>{roleName(section.role, outline.lang)}</h2>
      {section.points.length > 0 && (
        <CopyButton
          outline={outline}
          t={t}
          format={copyFormat}
          scope={{ kind: 'section', role: section.role }}
        />
      )}
      {points.length ? (
        <ul>
          {points.map((p, i) => (
            <Point
              key={i}
              outline={outline}
              point={p}
              label={pointLabel}
              copy={pointScope(section, p)}
              t={t}
              copyFormat={copyFormat}
              here={p === herePoint}
              hereLabel={hereLabel}
              onShow={onShow}
            />
          ))}
        </ul>
      ) : (
        <EmptyNote outline={outline} section={section} t={t} onShow={onShow} />
      )}
    </section>
  );
}

/** What an empty section says, and where the page touches on its role (shown.ts emptyView). */
function EmptyNote({ outline, section, t, onShow }: Pick<Props, 'outline' | 'section' | 't' | 'onShow'>) {
  const { note, where } = emptyView(outline, section.role);
  return (
    <p className="not-covered">
      {note}
      {where && (
        <button
          type="button"
          className="show-where"
          lang={t.lang}
          data-paragraph={where.id}
          onClick={() => onShow(where)}
        >
          {t.showWhere}
        </button>
      )}
    </p>
  );
}
