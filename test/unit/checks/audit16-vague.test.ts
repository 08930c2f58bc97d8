// audit16, finding 11: a French commitment's only promise, « X poursuivront leurs efforts pour … dans les meilleurs
// délais » (future tense, the ministries as subject), is the commitment itself: its vague verb and its vague deadline
// are warnings, not context and "the goal's timing"; the plan's own span (« pendant la durée du plan », "over the
// course of the plan") is no deadline.
import { analyze, fromPlainText, type Finding } from '../../../src/core';
import type { Lang } from '../../../src/core/types';

const findingsOf = (lang: Lang, title: string, line: string, rule: string): Finding[] =>
  analyze(fromPlainText([`# ${title}`, '', line].join('\n\n'), { markdown: true }), {
    lang,
    earlierPlans: null,
  }).findings.filter((f) => f.ruleId === rule);

const fr = (line: string, rule: string) => findingsOf('fr', 'Engagement 1 : Accès aux publications', line, rule);
const en = (line: string, rule: string) => findingsOf('en', 'Commitment 1: Access to publications', line, rule);

const on = (findings: Finding[], words: string) => findings.find((f) => f.actual === words);

describe('a French future of a -vre or -ttre verb states the commitment', () => {
  const audit =
    'Les ministères à vocation scientifique poursuivront leurs efforts pour améliorer l’accès aux publications dans les meilleurs délais.';

  it('the vague verb is a warning, not context', () => {
    const f = on(fr(audit, 'vague-term'), 'poursuivront');
    expect(f?.severity).toBe('warning');
    expect(f?.data?.role).not.toBe('context');
  });

  it('the vague deadline after « leurs efforts pour » is the action’s: a warning', () => {
    expect(on(fr(audit, 'vague-time'), 'dans les meilleurs délais')?.severity).toBe('warning');
  });

  it('in the singular too', () => {
    const line = 'Le ministère poursuivra la modernisation du registre des lobbyistes.';
    expect(on(fr(line, 'vague-term'), 'poursuivra')?.severity).toBe('warning');
  });

  it('an English effort: its timing is the action’s', () => {
    const line = 'The department will continue its efforts to improve access to publications in a timely manner.';
    expect(on(en(line, 'vague-time'), 'in a timely manner')?.severity).toBe('warning');
  });
});

describe('the plan’s own span is no deadline', () => {
  it.each([
    ['Le ministère publiera les données au cours de la période du plan.', 'au cours de la période du plan'],
    ['Le ministère organisera des ateliers pendant la durée du plan.', 'pendant la durée du plan'],
  ])('%s', (line, words) => {
    expect(on(fr(line, 'vague-time'), words)?.severity).toBe('warning');
  });

  it.each([
    ['The department will publish the data during the life of the plan.', 'during the life of the plan'],
    ['The agency will hold workshops over the course of the plan.', 'over the course of the plan'],
  ])('%s', (line, words) => {
    expect(on(en(line, 'vague-time'), words)?.severity).toBe('warning');
  });
});
