import { useEffect, useState, type ReactNode } from 'react';
import type { CopyFormat } from '@/lib/format/copy';
import type { Paragraph } from '@/lib/types';
import { stringsFor, type UiStrings } from '@/lib/ui-strings';
import { CopyButton } from './CopyButton';
import { ErrorMessage } from './ErrorMessage';
import { Header } from './Header';
import { markOnce } from './marks';
import { Point } from './Point';
import { positionOf } from './position';
import { Section } from './Section';
import { useOutline, type OutlineSource, type OutlineState, type UseOutline } from './useOutline';

interface Props extends Omit<BodyProps, 'outline'> {
  source: OutlineSource;
}

/** The outline of a source (useOutline), rendered. */
export function OutlineView({ source, ...rest }: Props) {
  return <OutlineBody outline={useOutline(source)} {...rest} />;
}

interface BodyProps {
  /** A useOutline() state, for a page that also acts on it (the side panel's role markers). */
  outline: UseOutline;
  /** The popup offers the side panel; the side panel offers a reload. */
  surface: 'popup' | 'sidepanel';
  /** The interface's words (lib/ui-strings.ts); section names follow the article instead. */
  t?: UiStrings;
  copyFormat?: CopyFormat;
  /** The paragraph the reader is at in the page ("where am I", side panel). */
  here?: string | null;
  /** More toolbar buttons (the side panel's view switch), after the name. */
  actions?: ReactNode;
}

/** The whole outline UI, the same in the popup and the side panel. */
export function OutlineBody({
  outline,
  surface,
  t = stringsFor('auto', navigator.language),
  copyFormat = 'markdown',
  here = null,
  actions,
}: BodyProps) {
  const { state, outlineAnyway, reload, show, openSidePanel } = outline;
  // A notice is about the outline it was asked from: once another is shown (the side panel
  // followed another tab, a reload), "no longer on the page" would speak of the wrong page.
  const [noticeFor, setNotice] = useState<{ state: OutlineState; text: string } | null>(null);
  const notice = noticeFor?.state === state ? noticeFor.text : null;
  useEffect(() => {
    // Once per page, when the first outline or reason is on screen (components/marks.ts).
    if (state.status !== 'loading') markOnce('lede:outline-ready');
  }, [state.status]);
  const onShow = (p: Paragraph) => {
    setNotice(null);
    const asked = state;
    void show(p).then(
      (err) =>
        err &&
        setNotice({
          state: asked,
          text: err.code === 'page-changed' ? t.notOnPage : (t.errors[err.code] ?? err.message),
        }),
    );
  };
  const position = state.status === 'ready' ? positionOf(state.outline, here) : null;

  return (
    <div className={`lede ${surface}`} lang={t.lang} aria-busy={state.status === 'loading'}>
      <div className="toolbar">
        <span className="brand">{t.appName}</span>
        {/* The side panel's view switch first, where the History view has it too (SidePanelApp). */}
        {actions}
        <span className="actions">
          {state.status === 'ready' && <CopyButton outline={state.outline} t={t} format={copyFormat} />}
          {surface === 'popup' && openSidePanel && state.status === 'ready' && (
            <button type="button" className="button" onClick={openSidePanel}>
              {t.sidePanel}
            </button>
          )}
          {surface === 'sidepanel' && (
            <button type="button" className="button" onClick={reload}>
              {t.reload}
            </button>
          )}
        </span>
      </div>

      {state.status === 'loading' && (
        <p className="loading" role="status">
          {t.outlining}
        </p>
      )}
      {state.status === 'error' && <ErrorMessage error={state.error} t={t} onForce={outlineAnyway} />}
      {state.status === 'ready' && (
        <main>
          <Header outline={state.outline} t={t} />
          {state.outline.gist && (
            <ul className="gist" lang={state.outline.lang}>
              <Point
                outline={state.outline}
                point={state.outline.gist}
                label={t.showInPage}
                copy={{ kind: 'gist' }}
                t={t}
                copyFormat={copyFormat}
                here={position?.point === state.outline.gist}
                hereLabel={t.youAreHere}
                onShow={onShow}
              />
            </ul>
          )}
          {notice && (
            <p className="notice" role="status">
              {notice}
            </p>
          )}
          {state.outline.sections.map((sec) => (
            <Section
              key={sec.role}
              outline={state.outline}
              section={sec}
              t={t}
              copyFormat={copyFormat}
              pointLabel={t.showInPage}
              here={position?.role === sec.role}
              herePoint={position?.point}
              hereLabel={t.youAreHere}
              onShow={onShow}
            />
          ))}
        </main>
      )}
    </div>
  );
}
