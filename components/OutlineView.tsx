import { useState } from 'react';
import type { Paragraph } from '@/lib/types';
import { CopyButton } from './CopyButton';
import { ErrorMessage } from './ErrorMessage';
import { Header } from './Header';
import { Point } from './Point';
import { Section } from './Section';
import { strings } from './strings';
import { useOutline, type OutlineSource } from './useOutline';

interface Props {
  source: OutlineSource;
  /** The popup offers the side panel; the side panel offers a reload. */
  surface: 'popup' | 'sidepanel';
}

/** The whole outline UI, the same in the popup and the side panel. */
export function OutlineView({ source, surface }: Props) {
  const { state, outlineAnyway, reload, show, openSidePanel } = useOutline(source);
  const [notice, setNotice] = useState<string | null>(null);
  const lang = state.status === 'ready' ? state.outline.lang : navigator.language;
  const s = strings(lang);
  const onShow = (p: Paragraph) => {
    setNotice(null);
    void show(p).then((err) => err && setNotice(err.code === 'page-changed' ? s.notOnPage : err.message));
  };

  return (
    <div className={`lede ${surface}`} lang={lang} aria-busy={state.status === 'loading'}>
      <div className="toolbar">
        <span className="brand">Lede</span>
        <span className="actions">
          {state.status === 'ready' && <CopyButton outline={state.outline} s={s} />}
          {surface === 'popup' && openSidePanel && state.status === 'ready' && (
            <button type="button" className="button" onClick={openSidePanel}>
              {s.sidePanel}
            </button>
          )}
          {surface === 'sidepanel' && (
            <button type="button" className="button" onClick={reload}>
              {s.reload}
            </button>
          )}
        </span>
      </div>

      {state.status === 'loading' && (
        <p className="loading" role="status">
          {s.loading}
        </p>
      )}
      {state.status === 'error' && <ErrorMessage error={state.error} s={s} onForce={outlineAnyway} />}
      {state.status === 'ready' && (
        <main>
          <Header outline={state.outline} />
          {state.outline.gist && (
            <ul className="gist">
              <Point
                outline={state.outline}
                point={state.outline.gist}
                label={s.showInPage}
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
              pointLabel={s.showInPage}
              onShow={onShow}
            />
          ))}
        </main>
      )}
    </div>
  );
}
