// The plan's period as a reader finds it (audit14 #17): the title's years; else a period stated near the top (a line
// « 2022-2024 », the plan's date « December 2022 » under a title without years); else the span of the commitments' own
// dated milestones; never a year of context. The examples dated with it follow.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, fromPlainText, readCommitments, type Finding } from '../../../src/core';
import { planPeriod as corePeriod } from '../../../src/core/commitments/period';
import { planPeriod } from '../../../src/core/template/plan-period';

const US_SAMPLE = readFileSync(join(__dirname, '../../fixtures/publish/us-plan-sample.md'), 'utf8');
const period = (text: string) => {
  const source = fromPlainText(text, { markdown: true });
  const p = planPeriod(source.text, readCommitments(source, { lang: 'en', earlierPlans: null }));
  return p && [p.start, p.end];
};

describe('the plan’s period near the top', () => {
  it('is the plan’s date under a title without years, for the plan’s usual two years', () => {
    // The U.S. plans open on their date (« December 2022 »), then links and an introduction.
    expect(period(US_SAMPLE)).toEqual([2022, 2024]);
    expect(corePeriod(fromPlainText(US_SAMPLE, { markdown: true }))).toMatchObject({ start: 2022, end: 2024 });
    expect(period('<!-- Source: a page (commit 1a2b) -->\n\nDecember 2022\n\n## Introduction\n\nText.')).toEqual([
      2022, 2024,
    ]);
    expect(period('# Fifth U.S. Open Government National Action Plan, 2022\n\n## Introduction\n\nText.')).toEqual([
      2022, 2024,
    ]);
  });

  it('runs to the commitments’ last milestone when they go further than two years', () => {
    const text =
      'Décembre 2022\n\n## Engagement 1 : Ouvrir les données\n\nJalons :\n\n- Publier le guide – mars 2023\n- Ouvrir le portail – juin 2026\n';
    const source = fromPlainText(text, { markdown: true });
    expect(planPeriod(source.text, readCommitments(source, { lang: 'fr', earlierPlans: null }))).toMatchObject({
      start: 2022,
      end: 2026,
    });
  });

  it('is a range on a line of the top: alone, or with the plan’s name', () => {
    expect(period('# Draft commitments\n\n2023-2025\n\n## Commitment 1: Open data\n\nText.')).toEqual([2023, 2025]);
    expect(period('# Projet\n\nPlan d’action national 2021-2023\n\n## Engagement 1 : Données\n\nTexte.')).toEqual([
      2021, 2023,
    ]);
  });

  it('is never a year of context: a sentence of the introduction, a law, a web address', () => {
    const context =
      '# Draft commitments\n\nIn 2019, the previous action plan 2016-2018 was assessed.\n\nSee [the report](https://example.org/2017/05/report).\n\n## Commitment 1: Open data\n\nThe 1993 law on public records applies.\n\nMilestones:\n\n- Publish the register – March 2024\n- Open the portal – June 2025\n';
    // The milestones' own span, not 2016-2018, 2019, 2017 nor 1993.
    expect(period(context)).toEqual([2024, 2025]);
  });

  it('dates the examples of the U.S. sample within 2022-2024, not in the years they were written for', () => {
    const a = analyze(fromPlainText(US_SAMPLE, { markdown: true }), { lang: 'en', earlierPlans: null });
    const missing = (field: string) =>
      a.findings.find((f: Finding) => f.ruleId === 'missing-field' && f.data?.field === field);
    expect(missing('calendar')?.expected[0]).toBe('From January 2022 to December 2024.');
    expect(missing('baseline')?.expected[0]).toMatch(/^In 2021, /);
  });
});

describe('a title of two words', () => {
  // Issue 13: « Plan 2025-2027 » was passed over as a title for having under three words, and the next line that
  // named a plan with years, the previous one's, was read as the title instead.
  const below =
    'Le précédent plan 2021-2023 a été évalué en 2024 par le mécanisme indépendant et ses conclusions sont en ligne';
  const draft = (title: string) =>
    `# ${title}\n\n${below}\n\n## Engagement 1 : Ouvrir les données\n\nNous publierons les données des marchés publics.\n`;

  it('is the plan’s name and its years: « Plan 2025-2027 », « PAN 2025–2027 », "NAP 2025-2027"', () => {
    for (const title of ['Plan 2025-2027', 'PAN 2025–2027', 'NAP 2025-2027', '2025-2027 Plan']) {
      expect(period(draft(title))).toEqual([2025, 2027]);
      expect(corePeriod(fromPlainText(draft(title), { markdown: true }))).toMatchObject({ start: 2025, end: 2027 });
      expect(planPeriod(draft(title))?.title).toContain(title);
    }
  });

  it('dates the examples in the plan’s years, not in the previous plan’s', () => {
    const a = analyze(fromPlainText(draft('Plan 2025-2027'), { markdown: true }), { lang: 'fr', earlierPlans: null });
    const calendar = a.findings.find((f: Finding) => f.ruleId === 'missing-field' && f.data?.field === 'calendar');
    expect(calendar?.expected[0]).toBe('De janvier 2025 à décembre 2027.');
  });

  it('is not a file’s name (one word) nor a commitment’s numbered heading with its own years', () => {
    // The file's name is passed over; the title below it is read.
    const named = '# fr-canada-pan-2022-2024\n\n# Plan d’action national du Canada 2022-2024\n\nTexte.';
    expect(planPeriod(named)?.title).toBe('# Plan d’action national du Canada 2022-2024');
    // A commitment pasted alone: its years are its own, not the plan's.
    for (const heading of ['3. Plan vélo 2026-2028', '1.2 Plan de mobilité 2026-2028', 'Engagement 3 : Plan 2026-2028'])
      expect(corePeriod(fromPlainText(`${heading}\n\nPorteur : DGITM.\n`))).toBeUndefined();
  });
});
