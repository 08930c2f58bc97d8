// The pane: its language and theme, the messages, the four views as tabs. The state lives in usePane's hooks
// (one per job); each view takes only the parts it reads.
import './fabricConfig';
import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { ThemeProvider } from '@fluentui/react/lib/Theme';
import type { TFunction } from 'i18next';
import type { Commitment, DocumentHost, Finding, Lang } from '../core';
import { translator } from './i18n';
import { withoutIgnored } from './ignores';
import { registerJalonIcons } from './icons';
import { paneStyles } from './styles';
import { darkTheme, lightTheme } from './theme';
import { usePane } from './state/usePane';
import { UiContext } from './components/ui';
import { Header } from './components/shell/Header';
import { Notices } from './components/shell/Notices';
import { Tabs, type Tab } from './components/shell/Tabs';
import { CheckView } from './components/check/CheckView';
import type { FindingActions } from './components/check/FindingDetail';

// The tabs after the first load on their first opening (their own chunks: the form's text fields, the review's
// checkboxes, the exports), so that the pane's first script holds only what the first paint and the check need.
const CommitmentView = lazy(() =>
  import('./components/commitment/CommitmentView').then((m) => ({ default: m.CommitmentView })),
);
const ReviewView = lazy(() => import('./components/review/ReviewView').then((m) => ({ default: m.ReviewView })));
const OverviewView = lazy(() =>
  import('./components/overview/OverviewView').then((m) => ({ default: m.OverviewView })),
);

registerJalonIcons();

export interface AppProps {
  host: DocumentHost;
  lang?: Lang;
  theme?: 'light' | 'dark';
}

export function App({ host, lang: initialLang = 'fr', theme = 'light' }: AppProps) {
  const [lang, setLang] = useState<Lang>(initialLang);
  useEffect(() => setLang(initialLang), [initialLang]);
  const fluentTheme = theme === 'dark' ? darkTheme : lightTheme;
  const ui = useMemo(() => ({ t: translator(lang), css: paneStyles(fluentTheme) }), [lang, fluentTheme]);
  const { notices, calls, highlights, checks, ignores, selection, definitions, card } = usePane(host, lang);
  const [tab, setTab] = useState<Tab>('check');
  // What the last action on the list did, for screen readers (the Check tab's live region), written when shown.
  const [said, setSaid] = useState<{ text: (t: TFunction) => string }>();
  const say = useCallback((text: (t: TFunction) => string) => setSaid({ text }), []);
  // What the last action said (« 1 remarque rétablie. Il reste 18 remarques. ») is stale once the author checks again.
  useEffect(() => {
    if (checks.checking) setSaid(undefined);
  }, [checks.checking]);
  /** Says how many findings an action hid (< 0: showed again) and how many are left. */
  const sayCount = (before: number) => {
    const r = checks.latest();
    const left = r ? withoutIgnored(r.analysis.findings, ignores.latest()).length : 0;
    say((t) => {
      const done =
        before > left
          ? t('check.saidIgnored', { count: before - left })
          : t('check.saidRestored', { count: left - before });
      return `${done} ${left ? t('check.saidLeft', { count: left }) : t('check.saidNoneLeft')}`;
    });
  };

  const openCommitment = useCallback(
    (e: Commitment) => {
      card.choose(e.index);
      setTab('commitment');
      void card.goTo(e);
    },
    [card],
  );

  const actions: FindingActions = {
    select: selection.select,
    // The ignored finding's details (and the button pressed) go away: the next finding still listed is
    // selected and its line takes the keyboard's focus, so the author keeps their place (with none after it, the
    // one before; with none left, the Check tab moves the focus to its message: useKeptFocus).
    ignore: async (f, level) => {
      const before = ignores.visible.length;
      const next = ignores.nextAfter(f, level);
      if (next) void selection.select(next, true);
      await ignores.ignore(f, level);
      sayCount(before);
    },
    ...definitions,
    answer: (f) => {
      const e = f.commitment === undefined ? undefined : checks.latest()?.analysis.commitments[f.commitment];
      if (e) openCommitment(e);
    },
  };
  // Undoing an ignore removes the button pressed: the finding shown again takes the focus (or, restoring all,
  // the one selected), found in the latest results by its fingerprint.
  const inLatest = (f: Finding | undefined) =>
    f && checks.latest()?.analysis.findings.find((x) => x.fingerprint === f.fingerprint && x.ruleId === f.ruleId);
  const ignoreUndo = {
    ...ignores,
    undo: async () => {
      const before = ignores.visible.length;
      const again = inLatest(ignores.lastIgnored());
      if (again) void selection.select(again, true);
      await ignores.undo();
      sayCount(before);
    },
    restore: async () => {
      const before = ignores.visible.length;
      const again = selection.selected ?? inLatest(ignores.lastIgnored());
      if (again) void selection.select(again, true);
      await ignores.restore();
      sayCount(before);
    },
  };
  const runCheck = useCallback(() => void checks.check('user'), [checks]);
  return (
    <UiContext.Provider value={ui}>
      <ThemeProvider theme={fluentTheme} className={ui.css.root} lang={lang} data-jalon-pane="" data-theme={theme}>
        <Header lang={lang} onLang={setLang} />
        <Notices messages={notices.messages} onDismiss={notices.dismiss} />
        <Tabs tab={tab} onTab={setTab}>
          {tab === 'check' && (
            <CheckView
              checks={checks}
              ignores={ignoreUndo}
              selection={selection}
              actions={actions}
              onClearHighlights={() => void highlights.clear()}
              said={said?.text(ui.t)}
              say={say}
            />
          )}
          {/* While a tab's chunk loads its panel stays empty (a few kilobytes from the add-in's own server). */}
          <Suspense fallback={null}>
            {tab === 'commitment' && (
              <CommitmentView
                card={card}
                checked={Boolean(checks.run)}
                onCheck={runCheck}
                findings={ignores.visible}
                onSelect={(f) => void selection.select(f)}
              />
            )}
            {tab === 'review' && (
              <ReviewView
                calls={calls}
                run={checks.run}
                findings={ignores.visible}
                onCheck={runCheck}
                recheck={checks.recheck}
              />
            )}
            {tab === 'overview' && (
              <OverviewView
                analysis={checks.run?.analysis}
                findings={ignores.visible}
                onOpen={openCommitment}
                onCheck={runCheck}
              />
            )}
          </Suspense>
        </Tabs>
      </ThemeProvider>
    </UiContext.Provider>
  );
}

export default App;
