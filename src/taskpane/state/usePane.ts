// The pane's state, by job, and how the jobs call each other. Each hook owns one job and takes only what it
// needs; the views take typed props from these parts, never the whole.
import type { DocumentHost, Lang } from '../../core';
import { withoutIgnored } from '../ignores';
import { useHostCalls } from './hostCalls';
import { useNotices } from './notices';
import { useCheckRun } from './useCheckRun';
import { useCommitmentCard } from './useCommitmentCard';
import { useDefinitions } from './useDefinitions';
import { useHighlights } from './useHighlights';
import { useIgnores } from './useIgnores';
import { useSelection } from './useSelection';

export function usePane(host: DocumentHost, lang: Lang) {
  // Two calls go against the order of the hooks below: a stale paragraph asks for a re-check, and a finished
  // check moves the selection and the highlights. Both happen after a render, once every part exists.
  const notices = useNotices();
  const calls = useHostCalls(host, notices.notify, () => void checks.recheck());
  const highlights = useHighlights(calls);
  const checks = useCheckRun(calls, {
    // What earlier actions said (« Modèle d’engagement inséré au curseur. ») is not news once a new check starts.
    onUserCheck: () => {
      notices.clear();
      highlights.start();
    },
    afterCheck: async (result, previous, reason) => {
      selection.follow(previous, result);
      const findings = withoutIgnored(result.analysis.findings, ignores.latest());
      await highlights.sync(result, findings, reason === 'user' && !previous);
    },
    lang,
  });
  const ignores = useIgnores(calls, checks.run, async (next) => {
    const r = checks.latest();
    if (r) await highlights.sync(r, withoutIgnored(r.analysis.findings, next), false);
  });
  const selection = useSelection(calls, checks.latest, ignores.visible);
  const definitions = useDefinitions(calls, checks.latest, checks.recheck);
  const card = useCommitmentCard(calls, checks, lang, selection.selected?.commitment);

  return { notices, calls, highlights, checks, ignores, selection, definitions, card };
}
