// The whole-plan pass (segmentation, fields, score, missing fields, copy-paste) runs here, off the pane's
// thread: on a 300-page plan it takes seconds, and the pane must keep answering the author meanwhile.
import { PlanCache, planPass } from '../core/plan';
import type { Finding } from '../core';
import type { PlanRequest, PlanResponse } from './planPass';

const ctx = self as unknown as {
  onmessage: ((e: MessageEvent<PlanRequest>) => void) | null;
  postMessage: (m: PlanResponse) => void;
};

const SHOWN_SENTENCES = 5;
// Kept between the pane's checks: after an edit only the commitments that changed are read again.
const planCache = new PlanCache();

/** Copy-paste findings carry every shared sentence; the pane shows a few, and cloning megabytes blocks it. */
function slim(f: Finding): Finding {
  if (!f.data) return f;
  const data: Record<string, unknown> = { ...f.data };
  for (const [k, v] of Object.entries(data))
    if (Array.isArray(v) && v.length > SHOWN_SENTENCES) data[k] = v.slice(0, SHOWN_SENTENCES);
  return { ...f, data };
}

ctx.onmessage = (e) => {
  const { id, paragraphs, lang, messages } = e.data;
  try {
    // The commitments go as soon as they are read: the pane places its text findings while the plan checks run.
    const { findings } = planPass(paragraphs, { lang, messages, planCache }, (commitments) =>
      ctx.postMessage({ id, commitments }),
    );
    ctx.postMessage({ id, findings: findings.map(slim) });
  } catch (err) {
    ctx.postMessage({ id, error: err instanceof Error ? err.message : String(err) });
  }
};
