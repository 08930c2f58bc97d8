import './fabricConfig';
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { ThemeProvider } from '@fluentui/react/lib/Theme';
import type { Commitment, DocumentHost, Lang } from '../core';
import { translator } from './i18n';
import { registerJalonIcons } from './icons';
import { paneStyles } from './styles';
import { darkTheme, lightTheme } from './theme';
import { usePaneState, type MessageType } from './usePaneState';
import { CheckView } from './components/CheckView';
import { CommitmentView } from './components/CommitmentView';
import { ReviewView } from './components/ReviewView';
import { OverviewView } from './components/OverviewView';

registerJalonIcons();

export interface AppProps {
  host: DocumentHost;
  lang?: Lang;
  theme?: 'light' | 'dark';
}

type Tab = 'check' | 'commitment' | 'review' | 'overview';
const TABS: Tab[] = ['check', 'commitment', 'review', 'overview'];

const BAR: Record<MessageType, MessageBarType> = {
  info: MessageBarType.info,
  success: MessageBarType.success,
  warning: MessageBarType.warning,
  error: MessageBarType.error,
};

export function App({ host, lang: initialLang = 'fr', theme = 'light' }: AppProps) {
  const [lang, setLang] = useState<Lang>(initialLang);
  useEffect(() => setLang(initialLang), [initialLang]);
  const t = useMemo(() => translator(lang), [lang]);
  const fluentTheme = theme === 'dark' ? darkTheme : lightTheme;
  const css = useMemo(() => paneStyles(fluentTheme), [fluentTheme]);
  const j = usePaneState(host, t);
  const [tab, setTab] = useState<Tab>('check');
  const [current, setCurrent] = useState<number | undefined>();
  const tabRefs = useRef<Record<Tab, HTMLButtonElement | null>>({
    check: null,
    commitment: null,
    review: null,
    overview: null,
  });

  // The card follows the finding the author is looking at.
  const selected = j.visible.find((f) => `${f.ruleId}|${f.start}|${f.end}|${f.fingerprint}` === j.selectedKey);
  useEffect(() => {
    if (selected?.commitment !== undefined) setCurrent(selected.commitment);
  }, [selected?.commitment]);

  const openCommitment = useCallback(
    (e: Commitment) => {
      setCurrent(e.index);
      setTab('commitment');
      void j.goToCommitment(e);
    },
    [j],
  );

  const onTabKey = (ev: KeyboardEvent<HTMLButtonElement>) => {
    const i = TABS.indexOf(tab);
    let next: number | undefined;
    if (ev.key === 'ArrowRight') next = (i + 1) % TABS.length;
    else if (ev.key === 'ArrowLeft') next = (i - 1 + TABS.length) % TABS.length;
    else if (ev.key === 'Home') next = 0;
    else if (ev.key === 'End') next = TABS.length - 1;
    if (next === undefined) return;
    ev.preventDefault();
    setTab(TABS[next]);
    tabRefs.current[TABS[next]]?.focus();
  };

  return (
    <ThemeProvider theme={fluentTheme} className={css.root} lang={lang} data-jalon-pane="" data-theme={theme}>
      <header className={css.header}>
        <div>
          <h1 className={css.brand}>{t('app.title')}</h1>
          <p className={css.tagline}>{t('app.tagline')}</p>
        </div>
        <div role="group" aria-label={t('app.language')} className={css.segmented}>
          {(['fr', 'en'] as Lang[]).map((l) => (
            <button
              key={l}
              type="button"
              lang={l}
              aria-pressed={lang === l}
              className={`${css.segment} ${lang === l ? css.segmentOn : ''}`}
              onClick={() => setLang(l)}
              aria-label={l === 'fr' ? 'FR – Français' : 'EN – English'}
            >
              {l.toUpperCase()}
            </button>
          ))}
        </div>
      </header>
      <div aria-live="polite">
        {j.messages.map((m) => (
          <MessageBar
            key={m.id}
            messageBarType={BAR[m.type]}
            onDismiss={() => j.dismiss(m.id)}
            dismissButtonAriaLabel={t('errors.dismiss')}
            isMultiline
            styles={{ root: { marginBottom: 6 } }}
          >
            {m.text(t)}
          </MessageBar>
        ))}
      </div>
      <nav aria-label={t('app.navigation')}>
        <div role="tablist" className={css.tabs} aria-label={t('app.navigation')}>
          {TABS.map((k) => (
            <button
              key={k}
              ref={(el) => {
                tabRefs.current[k] = el;
              }}
              type="button"
              role="tab"
              id={`jalon-tab-${k}`}
              aria-selected={tab === k}
              aria-controls={`jalon-panel-${k}`}
              tabIndex={tab === k ? 0 : -1}
              className={`${css.tab} ${tab === k ? css.tabOn : ''}`}
              onClick={() => setTab(k)}
              onKeyDown={onTabKey}
            >
              {t(`tabs.${k}`)}
            </button>
          ))}
        </div>
      </nav>
      <div role="tabpanel" id={`jalon-panel-${tab}`} aria-labelledby={`jalon-tab-${tab}`}>
        {tab === 'check' && <CheckView j={j} t={t} css={css} />}
        {tab === 'commitment' && <CommitmentView j={j} t={t} css={css} current={current} setCurrent={setCurrent} />}
        {tab === 'review' && <ReviewView j={j} t={t} css={css} />}
        {tab === 'overview' && <OverviewView j={j} t={t} css={css} open={openCommitment} />}
      </div>
    </ThemeProvider>
  );
}

export default App;
