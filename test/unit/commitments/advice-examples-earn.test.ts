// The examples Jalon gives when a field is missing (the advice bank) earn that field when the author writes them as
// they stand, in a sentence under the commitment: the question and its example can never disagree. (« En 2024, 40 %
// … » was read as no baseline: the year's comma ended the cue's words.)
import { en } from '../../../src/core/checks/missing-field/advice/en';
import { fr } from '../../../src/core/checks/missing-field/advice/fr';
import type { Lang } from '../../../src/core/types';
import { readMd } from './helpers';

// Targets and milestones too (issue 13): the bank writes them as values with a date and no cue word (« Les 200 jeux
// … revus, d'ici juin 2026 », "All contracts above $40,000 published … by the end of 2026", "Standard issued – March
// 2025 – national archives"), which a facilitator reads as a target and a milestone, and so does the prose reading.
const FIELDS = ['baseline', 'target', 'milestones'] as const;
/** A baseline with a figure besides its year: the question asks for one « chiffrée et datée ». */
const FIGURED = /\d/;
/**
 * Examples that do not earn their field, and why; no general cue would be right for them. A report « chaque mois de
 * mai, à partir de 2026 » is a frequency from a year: no value to reach, no deadline (its English twin earns the
 * target through "every", as « tous les » does in French).
 */
const NOT_EARNED = new Set(['fr justice target']);
const HEAD = {
  fr: '# Plan d’action national 2025-2026\n\n## Engagement 1 : Données ouvertes\n\n',
  en: '# National Action Plan 2025-2026\n\n## Commitment 1: Open data\n\n',
};

const cases = (lang: Lang, bank: typeof fr) =>
  bank.subjects.flatMap((s) =>
    FIELDS.filter(
      (f) => s.examples[f] && (f !== 'baseline' || FIGURED.test(s.examples[f].replace(/\{\{[^}]*\}\}/g, ''))),
    ).map((f) => [lang, s.id, f, s.examples[f]!] as const),
  );

describe('the advice bank’s examples earn their field', () => {
  it.each([...cases('fr', fr), ...cases('en', en)])('%s %s %s: %s', (lang, subject, field, example) => {
    // The bank's dates are relative to the plan's period: {{start-1|2024}} is 2024 in a 2025-2026 plan.
    const text = example.replace(/\{\{[^|}]*\|(\d{4})\}\}/g, '$1');
    const c = readMd(`${HEAD[lang]}${text}\n`, lang)[0];
    if (NOT_EARNED.has(`${lang} ${subject} ${field}`)) expect(c.missing).toContain(field);
    else expect(c.missing).not.toContain(field);
  });
});
