// The pane's plan worker protocol (src/taskpane/planPass.ts): two answers per request, the commitments first, and
// the inline pass when the worker fails, before or after its first answer, with the same result.
import type { Commitment, Finding, Lang, ParagraphInput } from '../../src/core';
import type { PlanRequest, PlanResponse } from '../../src/taskpane/planPass';

jest.setTimeout(60_000);

type Mode = 'answers' | 'error after commitments' | 'cannot load';
let mode: Mode = 'answers';
const events: string[] = [];
const requests: PlanRequest[] = [];

/** What the worker's script does, in this thread: the core's plan pass, its two answers a task apart. */
class FakeWorker {
  onmessage: ((e: MessageEvent<PlanResponse>) => void) | null = null;
  onerror: (() => void) | null = null;
  postMessage(request: PlanRequest): void {
    requests.push(request);
    const send = (m: PlanResponse) => setTimeout(() => this.onmessage?.({ data: m } as MessageEvent<PlanResponse>), 1);
    if (mode === 'cannot load') {
      setTimeout(() => this.onerror?.(), 1);
      return;
    }
    void import('../../src/core/plan').then(({ planPass }) => {
      const { findings } = planPass(request.paragraphs, { lang: request.lang }, (commitments) =>
        send({ id: request.id, commitments }),
      );
      if (mode === 'error after commitments') send({ id: request.id, error: 'out of memory' });
      else send({ id: request.id, findings });
    });
  }
}

jest.mock('../../src/taskpane/planWorkerFactory', () => ({ createPlanWorker: () => new FakeWorker() }));

const PARAGRAPHS: ParagraphInput[] = [
  'Engagement 1 : Ouvrir les données des marchés publics',
  'Nous allons renforcer la transparence des marchés à terme.',
  'Jalon : la DINUM publiera 40 jeux de données avant le 31 mars 2026.',
  'Engagement 2 : Un registre des lobbyistes',
  'Le ministère favorisera la participation de la société civile.',
].map((text, i) => ({
  text,
  style: i % 3 === 0 ? 'Heading 2' : 'Normal',
  headingLevel: i % 3 === 0 ? 2 : 0,
  inTable: false,
  tags: [],
}));

async function expected(): Promise<{ commitments: Commitment[]; findings: Finding[] }> {
  const { planPass } = await import('../../src/core/plan');
  return planPass(PARAGRAPHS, { lang: 'fr' });
}

async function runIn(m: Mode) {
  mode = m;
  events.length = 0;
  let pass!: typeof import('../../src/taskpane/planPass').workerPlanPass;
  jest.isolateModules(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    pass = require('../../src/taskpane/planPass').workerPlanPass;
  });
  (globalThis as { Worker?: unknown }).Worker = FakeWorker;
  const run = pass(PARAGRAPHS, 'fr' as Lang);
  void run.commitments.then(() => events.push('commitments'));
  void run.findings.then(() => events.push('findings'));
  return { commitments: await run.commitments, findings: await run.findings };
}

afterEach(() => {
  delete (globalThis as { Worker?: unknown }).Worker;
});

test('a worker answers with the commitments first, then the plan checks’ findings: the core’s plan pass', async () => {
  const got = await runIn('answers');
  expect(events).toEqual(['commitments', 'findings']);
  const want = await expected();
  expect(got.commitments).toEqual(want.commitments);
  expect(got.findings.map((f) => [f.ruleId, f.start, f.message])).toEqual(
    want.findings.map((f) => [f.ruleId, f.start, f.message]),
  );
  expect(got.findings.length).toBeGreaterThan(0);
});

test('a worker that fails after its commitments: the findings come from the inline pass, the same', async () => {
  const got = await runIn('error after commitments');
  const want = await expected();
  expect(got.commitments).toEqual(want.commitments);
  expect(got.findings.map((f) => f.fingerprint)).toEqual(want.findings.map((f) => f.fingerprint));
});

test('a worker that cannot load: both answers from the inline pass', async () => {
  const got = await runIn('cannot load');
  const want = await expected();
  expect(got.commitments).toEqual(want.commitments);
  expect(got.findings.map((f) => f.fingerprint)).toEqual(want.findings.map((f) => f.fingerprint));
});

test('the worker gets what the core reads of a paragraph: a table cell’s place and a list item’s level too', async () => {
  requests.length = 0;
  mode = 'answers';
  let pass!: typeof import('../../src/taskpane/planPass').workerPlanPass;
  jest.isolateModules(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    pass = require('../../src/taskpane/planPass').workerPlanPass;
  });
  (globalThis as { Worker?: unknown }).Worker = FakeWorker;
  const host = [
    { ...PARAGRAPHS[0], id: 'p0', index: 0, listLevel: 0 },
    { ...PARAGRAPHS[1], id: 'p1', index: 1, inTable: true, cell: { table: 0, row: 1, column: 0 } },
  ];
  await pass(host, 'fr').findings;
  expect(requests[0].paragraphs).toEqual([
    { text: PARAGRAPHS[0].text, style: 'Heading 2', headingLevel: 2, inTable: false, tags: [], listLevel: 0 },
    {
      text: PARAGRAPHS[1].text,
      style: 'Normal',
      headingLevel: 0,
      inTable: true,
      tags: [],
      cell: { table: 0, row: 1, column: 0 },
    },
  ]);
});
