// « 1 point », not « 1 points » (audit16, finding 21): the pane's numbers of points and paragraphs agree with their
// noun in French and English, through the catalogue's plural keys.
import { render, screen } from '@testing-library/react';
import type { Analysis, Commitment } from '../../src/core';
import { OverviewView } from '../../src/taskpane/components/overview/OverviewView';
import { UiContext } from '../../src/taskpane/components/ui';
import { reviewMarkdown } from '../../src/taskpane/exports';
import { translator } from '../../src/taskpane/i18n';
import { paneStyles } from '../../src/taskpane/styles';
import { lightTheme } from '../../src/taskpane/theme';
import type { Lang } from '../../src/core';

function commitment(index: number, score: number): Commitment {
  return {
    index,
    title: `Commitment ${index + 1}`,
    start: 0,
    end: 10,
    firstParagraph: 0,
    lastParagraph: 1,
    fields: {},
    missing: [],
    score,
    maxScore: 21,
    level: 'none',
    checklist: [],
    findings: [],
  } as unknown as Commitment;
}

const plan = (...scores: number[]) =>
  ({ commitments: scores.map((s, i) => commitment(i, s)), findings: [], language: 'fr' }) as unknown as Analysis;

function overview(lang: Lang, analysis: Analysis) {
  return render(
    <UiContext.Provider value={{ t: translator(lang), css: paneStyles(lightTheme) }}>
      <OverviewView analysis={analysis} findings={[]} onOpen={() => {}} onCheck={() => {}} />
    </UiContext.Provider>,
  );
}

test.each([
  ['fr', [1, 0], 'Total du plan : 1 point sur 42 (2 %)'],
  ['fr', [0, 0], 'Total du plan : 0 point sur 42 (0 %)'],
  ['fr', [1, 1], 'Total du plan : 2 points sur 42 (5 %)'],
  ['en', [1, 0], 'Plan total: 1 of 42 points (2%)'],
  ['en', [2, 3], 'Plan total: 5 of 42 points (12%)'],
] as const)('the overview of a plan in %s scored %j says « %s »', (lang, scores, expected) => {
  overview(lang, plan(...scores));
  expect(screen.getByText(expected)).toBeTruthy();
});

test('the review report says « 1 point » of a commitment and of the plan', () => {
  const md = reviewMarkdown(plan(1, 0), [], translator('fr')).content;
  expect(md).toContain('Total du plan : 1 point sur 42 (2 %)');
  expect(md).toContain('Précision : aucune ; 1 point sur 21');
  expect(md).toContain('Précision : aucune ; 0 point sur 21');
  expect(reviewMarkdown(plan(1, 4), [], translator('en')).content).toContain('Specificity: none; 4 of 21 points');
});

test('the check’s progress: « 1 paragraphe sur 300 »', () => {
  const t = translator('fr');
  expect(t('check.progress', { count: 1, total: 300 })).toBe('1 paragraphe sur 300');
  expect(t('check.progress', { count: 120, total: 300 })).toBe('120 paragraphes sur 300');
  expect(translator('en')('check.progress', { count: 1, total: 300 })).toBe('1 of 300 paragraphs');
});
