// The pane's chunked, incremental check gives exactly what the core's analyze() gives on the same text
// (the command line's answer), and re-reads only the paragraphs that changed.
jest.mock('../../src/taskpane/planWorkerFactory', () => jest.requireActual('./noPlanWorker').noPlanWorker);

// The first check compiles the engine's rules under ts-jest: seconds on a busy machine. Time is not what these
// tests measure (npm run bench does), so they get room.
jest.setTimeout(60_000);

import {
  analyze,
  fromParagraphs,
  type Commitment,
  type DocParagraph,
  type Lang,
  type ParagraphInput,
} from '../../src/core';
import { Checker } from '../../src/taskpane/checker';
import { planRunOf, type PlanRun } from '../../src/taskpane/planPass';

const BODY = [
  'Nous allons renforcer la transparence et promouvoir l’open data à terme.',
  'La DINUM publiera 40 jeux de données avant le 31 mars 2026.',
  'Plusieurs ateliers seront organisés prochainement avec la société civile.',
  'Coût : 120 000 € sur deux ans.',
];

function plan(n: number): DocParagraph[] {
  const out: DocParagraph[] = [];
  for (let i = 0; i < n; i++) {
    const heading = i % 10 === 0;
    const text = heading ? `Engagement ${i / 10 + 1} : registre numéro ${i}` : `${BODY[i % BODY.length]} (${i})`;
    out.push({
      id: `p${i}`,
      index: i,
      text,
      style: heading ? 'Heading 2' : 'Normal',
      headingLevel: heading ? 2 : 0,
      inTable: false,
      tags: [],
    });
  }
  return out;
}

const strip = (fs: { ruleId: string; start: number; end: number; fingerprint: string; commitment?: number }[]) =>
  fs.map(({ ruleId, start, end, fingerprint, commitment }) => ({ ruleId, start, end, fingerprint, commitment }));

test('same findings and engagements as analyze(), with progress on a long document', async () => {
  const paragraphs = plan(2000);
  const progress: number[] = [];
  const checker = new Checker();
  const run = await checker.run(paragraphs, { lang: 'fr', onProgress: (p) => progress.push(p.done) });
  const reference = analyze(fromParagraphs(paragraphs), { lang: 'fr' });
  expect(strip(run.analysis.findings)).toEqual(strip(reference.findings));
  expect(run.analysis.commitments.map((e) => [e.title, e.score, e.level])).toEqual(
    reference.commitments.map((e) => [e.title, e.score, e.level]),
  );
  expect(run.reanalysed).toBe(new Set(paragraphs.map((p) => p.text)).size);
  expect(progress[progress.length - 1]).toBe(2000);
  expect([...progress].sort((a, b) => a - b)).toEqual(progress);
});

test('a re-check after one edit analyses one paragraph and agrees with analyze() again', async () => {
  const paragraphs = plan(300);
  const checker = new Checker();
  await checker.run(paragraphs, { lang: 'fr' });
  const edited = paragraphs.map((p) =>
    p.index === 42 ? { ...p, text: 'Il faut développer et soutenir la participation.' } : p,
  );
  const run = await checker.run(edited, { lang: 'fr' });
  expect(run.reanalysed).toBe(1);
  expect(strip(run.analysis.findings)).toEqual(strip(analyze(fromParagraphs(edited), { lang: 'fr' }).findings));
  expect(run.analysis.findings.some((f) => f.paragraph === 42 && f.ruleId === 'vague-term')).toBe(true);
});

test('a worker plan pass is started before the text rules and runs beside them; an inline one after them', async () => {
  const paragraphs = plan(200);
  const order: string[] = [];
  const { planPass } = await import('../../src/core/plan');
  const pass = (concurrent: boolean) => {
    const f = (ps: ParagraphInput[], lang: Lang) => {
      order.push('plan');
      return planRunOf(Promise.resolve(planPass(ps, { lang })));
    };
    return Object.assign(f, { concurrent });
  };
  const progress = () => order.push('text');
  await new Checker(pass(true)).run(paragraphs, { lang: 'fr', onProgress: progress });
  expect(order[0]).toBe('plan');
  order.length = 0;
  const run = await new Checker(pass(false)).run(paragraphs, { lang: 'fr', onProgress: progress });
  expect(order[order.length - 1]).toBe('plan');
  expect(order.filter((x) => x === 'plan')).toHaveLength(1);
  expect(strip(run.analysis.findings)).toEqual(strip(analyze(fromParagraphs(paragraphs), { lang: 'fr' }).findings));
});

test('the text findings are placed in the plan as soon as the commitments come, before the plan checks answer', async () => {
  const paragraphs = plan(120);
  const { planPass } = await import('../../src/core/plan');
  const assembly = await import('../../src/core/assembly');
  const place = jest.spyOn(assembly, 'placeTextFindings');
  let answer: (() => void) | undefined;
  let placedBeforeAnswer = false;
  const pass = Object.assign(
    (ps: ParagraphInput[], lang: Lang): PlanRun => {
      let early: Commitment[] = [];
      const result = planPass(ps, { lang }, (c) => (early = c));
      return {
        commitments: Promise.resolve(early),
        // The plan checks' findings wait for the test's word.
        findings: new Promise((resolve) => {
          answer = () => resolve(result.findings);
        }),
      };
    },
    { concurrent: true },
  );
  const run = new Checker(pass).run(paragraphs, { lang: 'fr' });
  // Until the plan pass is asked and the text is placed, or 10 s: a pane that waited for the plan checks first
  // would never place before the answer.
  const deadline = Date.now() + 10_000;
  while ((!answer || place.mock.calls.length === 0) && Date.now() < deadline)
    await new Promise((r) => setTimeout(r, 5));
  placedBeforeAnswer = place.mock.calls.length === 1;
  answer!();
  const { analysis } = await run;
  expect(placedBeforeAnswer).toBe(true);
  expect(strip(analysis.findings)).toEqual(strip(analyze(fromParagraphs(paragraphs), { lang: 'fr' }).findings));
  place.mockRestore();
});
