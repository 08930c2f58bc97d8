// The four views as ARIA tabs: arrow keys, Home and End move between them.
import { useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useUi } from '../ui';

export type Tab = 'check' | 'commitment' | 'review' | 'overview';
export const TABS: Tab[] = ['check', 'commitment', 'review', 'overview'];

export function Tabs({ tab, onTab, children }: { tab: Tab; onTab: (tab: Tab) => void; children: ReactNode }) {
  const { t, css } = useUi();
  const buttons = useRef<Partial<Record<Tab, HTMLButtonElement | null>>>({});

  const onKey = (ev: KeyboardEvent<HTMLButtonElement>) => {
    const i = TABS.indexOf(tab);
    let next: number | undefined;
    if (ev.key === 'ArrowRight') next = (i + 1) % TABS.length;
    else if (ev.key === 'ArrowLeft') next = (i - 1 + TABS.length) % TABS.length;
    else if (ev.key === 'Home') next = 0;
    else if (ev.key === 'End') next = TABS.length - 1;
    if (next === undefined) return;
    ev.preventDefault();
    onTab(TABS[next]);
    buttons.current[TABS[next]]?.focus();
  };

  return (
    <>
      <nav aria-label={t('app.navigation')}>
        <div role="tablist" className={css.tabs} aria-label={t('app.navigation')}>
          {TABS.map((k) => (
            <button
              key={k}
              ref={(el) => {
                buttons.current[k] = el;
              }}
              type="button"
              role="tab"
              id={`jalon-tab-${k}`}
              aria-selected={tab === k}
              aria-controls={`jalon-panel-${k}`}
              tabIndex={tab === k ? 0 : -1}
              className={`${css.tab} ${tab === k ? css.tabOn : ''}`}
              onClick={() => onTab(k)}
              onKeyDown={onKey}
              // The short label shows; the tab's name is the whole one (it holds the short label's words).
              aria-label={t(`tabs.${k}`)}
              title={t(`tabs.${k}`)}
            >
              {t(`tabsShort.${k}`)}
            </button>
          ))}
        </div>
      </nav>
      <div role="tabpanel" id={`jalon-panel-${tab}`} aria-labelledby={`jalon-tab-${tab}`}>
        {children}
      </div>
    </>
  );
}
