// The pane's plan worker (src/taskpane/plan.worker.ts) as a Node worker thread, for the two-core bench: the
// commitments first, then the plan checks' findings.
import { parentPort } from 'node:worker_threads';
import { planPass } from '../../src/core/analyze';
import type { Lang, ParagraphInput } from '../../src/core/types';

parentPort?.on('message', (m: { paragraphs: ParagraphInput[]; lang: Lang }) => {
  const { findings } = planPass(m.paragraphs, { lang: m.lang }, (commitments) =>
    parentPort?.postMessage({ commitments }),
  );
  parentPort?.postMessage({ findings });
});
