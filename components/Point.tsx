import type { CopyFormat } from '@/lib/format/copy';
import type { CopyScope } from '@/lib/format/scope';
import type { Outline, Paragraph, Point as PointData } from '@/lib/types';
import type { UiStrings } from '@/lib/ui-strings';
import { CopyButton } from './CopyButton';

interface Props {
  outline: Outline;
  point: PointData;
  label: string;
  /** What its copy button copies: the gist, or this point of its section (issue 4). */
  copy: CopyScope;
  t: UiStrings;
  copyFormat: CopyFormat;
  /** The reader is at this point in the page (side panel, "where am I"). */
  here?: boolean;
  hereLabel?: string;
  onShow(paragraph: Paragraph): void;
}

/**
 * One key point. Its text is the link to its source: a click scrolls the page there; the
 * href is a text fragment to the sentence, so opening it in a new tab also lands on it.
 * Page text is rendered as text (React escapes it), never as HTML. Its copy button follows it.
 */
export function Point({
  outline,
  point,
  label,
  copy,
  t,
  copyFormat,
  here = false,
  hereLabel,
  onShow,
}: Props) {
  const source = outline.paragraphs.find((p) => p.id === point.paragraphIds[0]);
  return (
    <li className={here ? 'point here' : 'point'}>
      <a
        href={point.link}
        title={here && hereLabel ? `${label} (${hereLabel})` : label}
        data-paragraph={source?.id}
        aria-current={here ? 'location' : undefined}
        onClick={(e) => {
          if (!source || e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey) return;
          e.preventDefault();
          onShow(source);
        }}
      >
        {point.text}
      </a>
      <CopyButton outline={outline} t={t} format={copyFormat} scope={copy} />
    </li>
  );
}
