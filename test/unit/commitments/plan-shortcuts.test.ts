// The plan pass's shortcuts for speed (listed in the developers' notes) must say what the plain computation says.
import { datedFor } from '../../../src/core/template/period';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { analyze, explainCommitment } from '../../../src/core';
import { commitmentFinding } from '../../../src/core/checks/finding';
import { readCommitments } from '../../../src/core/commitments';
import { fingerprintOf } from '../../../src/core/commitments/hash';
import { milestoneDue } from '../../../src/core/commitments/fields';
import { FIGURE_CUED, PROSE_CUES } from '../../../src/core/commitments/lexicon';
import { checklistIn } from '../../../src/core/commitments/score';
import { score as scoreMessages, translator } from '../../../src/core/messages';
import { matchLabel, paragraphLabel } from '../../../src/core/commitments/labels';
import { sentenceAround } from '../../../src/core/commitments/sections';
import { dueDate, foldSameLength } from '../../../src/core/dates';
import { fromParagraphs, fromPlainText, type SourceText } from '../../../src/core/source';
import type { FieldName } from '../../../src/core/types';

const LINES = [
  'Coût : 40 k€',
  '## Jalons',
  '**Indicateur(s) :** nombre de jeux',
  'Échéance : T3 2019',
  'Le ministère publiera le registre.',
  'Lead agency: Treasury',
  '- Calendrier (début et fin) : 2018-2020',
  'CIBLE',
  '',
];

describe('plan pass shortcuts give the plain results', () => {
  it("a paragraph's label read once per source is matchLabel of its text, and follows a changed source", () => {
    const line = fc.oneof(fc.constantFrom(...LINES), fc.string({ maxLength: 20 }));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), fc.boolean(), (lines, plain) => {
        const source = plain
          ? fromPlainText(lines.join('\n'), { markdown: true })
          : fromParagraphs(lines.map((text) => ({ text })));
        source.paragraphs.forEach((p, i) => {
          expect(paragraphLabel(source, i)).toEqual(matchLabel(p.text));
          expect(paragraphLabel(source, i)).toEqual(matchLabel(p.text)); // asked twice: the kept one
        });
      }),
      { numRuns: 400 },
    );
    const source = fromParagraphs([{ text: 'Coût : 40 k€' }]);
    expect(paragraphLabel(source, 0)?.field).toBe('cost');
    source.text = 'Cible : 100 %';
    source.paragraphs[0].text = 'Cible : 100 %';
    expect(paragraphLabel(source, 0)?.field).toBe('target');
  });

  it('the sentence around an offset, scanned by character, is the one regular expressions find', () => {
    // What sentenceCommits matched before: the last stop before a space ahead of `at`, the next one after it.
    const plain = (text: string, at: number) => {
      const start = Math.max(0, ...[...text.slice(0, at).matchAll(/[.!?](?=\s)/g)].map((m) => m.index + 1));
      const next = /[.!?](?=\s|$)/.exec(text.slice(at));
      return { start, end: next ? at + next.index : text.length };
    };
    const piece = fc.oneof(
      fc.constantFrom('. ', '.', '?', '!\n', ';', ' ', '\u00a0', '\u2028', 'data.gouv.fr', '1.5 M€', 'Élan', 'x'),
      fc.string({ unit: 'binary', maxLength: 5 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.nat(), (xs, k) => {
        const text = xs.join('');
        const at = k % (text.length + 1);
        expect(sentenceAround(text, at)).toEqual(plain(text, at));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('a level explained from what judge read', () => {
  it('is the explanation read again from the text, for every commitment of every fixture draft', () => {
    const dir = join(__dirname, '../../fixtures/drafts');
    let seen = 0;
    for (const lang of ['fr', 'en'] as const)
      for (const file of readdirSync(dir)) {
        const a = analyze(fromPlainText(readFileSync(join(dir, file), 'utf8'), { markdown: true }));
        for (const c of a.commitments) {
          // A copy is not what judge read: its explanation comes from the text, the plain way.
          expect(explainCommitment(a, c, lang)).toEqual(explainCommitment(a, { ...c }, lang));
          seen++;
        }
      }
    expect(seen).toBeGreaterThan(10);
  });
});

// Real drafts: the fixture drafts and the plans the commitment tests read.
function drafts(): SourceText[] {
  const dirs = [join(__dirname, '../../fixtures/drafts'), join(__dirname, 'fixtures')];
  return dirs.flatMap((dir) =>
    readdirSync(dir).map((f) => fromPlainText(readFileSync(join(dir, f), 'utf8'), { markdown: f.endsWith('.md') })),
  );
}

const MILESTONE_LINES = [
  '# Engagement 1 : Publier le registre des aides',
  '## Jalons',
  '- Publication du décret – T3 2018',
  '- Ouverture du portail en mars 2019 ; publication des données en juin 2019',
  '- Lancement à partir de 2020',
  '| Livrable | Date |',
  '| Registre publié | 2019-06 |',
  '| Décret | de janvier à décembre 2021 |',
  'Le ministère publiera le jeu de données d’ici fin 2020.',
  'Le ministère publiera le décret en 2019, puis le guide.',
  'Milestones: launch of the portal by Q2 2022',
  '- Guide publié (depuis 2017)',
];

describe("a milestone's due date, kept from the reading of its line", () => {
  it('is dueDate of its text, for every milestone of the drafts and of generated plans', () => {
    const line = fc.oneof(fc.constantFrom(...MILESTONE_LINES), fc.string({ maxLength: 30 }));
    const sources = [
      ...drafts(),
      ...fc
        .sample(fc.array(line, { minLength: 3, maxLength: 14 }), { numRuns: 300, seed: 7 })
        .map((ls) => fromPlainText(['# Engagement 1 : Ouvrir les données', ...ls].join('\n'), { markdown: true })),
    ];
    let seen = 0;
    for (const source of sources)
      for (const lang of ['fr', 'en'] as const)
        for (const c of readCommitments(source, { lang, earlierPlans: null }))
          for (const m of c.fields.milestones ?? []) {
            expect(milestoneDue(m)).toEqual(dueDate(m.text));
            seen++;
          }
    expect(seen).toBeGreaterThan(200);
  });

  it('is read again when the milestone grew since', () => {
    const [c] = readCommitments(fromPlainText('# Engagement 1 : Registre\n## Jalons\n- Publication du décret'), {
      lang: 'fr',
      earlierPlans: null,
    });
    const m = c.fields.milestones![0];
    expect(milestoneDue(m)).toBeUndefined();
    m.text += ' – T3 2018';
    expect(milestoneDue(m)?.iso).toBe('2018-Q3');
  });
});

describe("a plan finding's fingerprint, its title folded once per commitment", () => {
  it('is the fingerprint of the folded title, and follows a title written again', () => {
    const source = fromPlainText('# Engagement 1 : Ouvrir  les Données\nLe ministère publiera le registre.', {
      markdown: true,
    });
    const [c] = readCommitments(source, { lang: 'fr', earlierPlans: null });
    const plain = (rule: string, key: string) =>
      fingerprintOf(rule, key, foldSameLength(c.title).replace(/\s+/g, ' ').trim());
    const finding = (key: string) =>
      commitmentFinding(source, c, { ruleId: 'missing-field', severity: 'warning', message: 'x', key });
    for (const key of ['cost', 'lead', 'cost']) expect(finding(key).fingerprint).toBe(plain('missing-field', key));
    c.title = 'Engagement 1 : Publier le Registre';
    expect(finding('cost').fingerprint).toBe(plain('missing-field', 'cost'));
  });
});

describe("a checklist's texts, written once per language", () => {
  it("are the catalogue's, for every item of every draft's commitments, in both languages", () => {
    let seen = 0;
    for (const source of drafts())
      for (const lang of ['fr', 'en'] as const) {
        const t = translator(scoreMessages, lang);
        const other = lang === 'fr' ? 'en' : 'fr';
        const u = translator(scoreMessages, other);
        for (const c of readCommitments(source, { lang, earlierPlans: null })) {
          for (const item of c.checklist) {
            expect(item.label).toBe(t(`items.${item.id}.label`));
            expect(item.howToEarn).toBe(datedFor(t(`items.${item.id}.howToEarn`), undefined));
            seen++;
          }
          for (const item of checklistIn(c.checklist, other)) {
            expect(item.label).toBe(u(`items.${item.id}.label`));
            expect(item.howToEarn).toBe(datedFor(u(`items.${item.id}.howToEarn`), undefined));
          }
        }
      }
    expect(seen).toBeGreaterThan(100);
  });
});

describe('prose cues that end in a figure', () => {
  const cuesOf = (f: FieldName) => PROSE_CUES[f] ?? [];
  const WORDS = [
    "aujourd'hui",
    'actuellement',
    'a ce jour',
    'currently',
    'today',
    'baseline',
    'as of 2019',
    'en 2019,',
    'in 2020,',
    'cible',
    "objectif d'atteindre",
    'au moins',
    'tous les',
    '100 %',
    '12,5 %',
    'target',
    'reach',
    'at least',
    'all 12 ministries',
    '50',
    '2 000',
    '€',
    '1,2 M€',
    'EUR 5 millions',
    '$2 million',
    "3 millions d'euros",
    '300 k€',
    '3 ETP',
    '2 FTE',
    'postes',
    'agents',
    'le projet mobilisera',
    'budget',
    'person-days',
    // Other fields' cues, which need no figure: a field put in FIGURE_CUED by mistake fails here.
    'indicateur',
    'taux de',
    'number of',
    'pilote par',
    'led by',
    'societe civile',
    'in partnership with',
    'plateforme',
    'website',
    'rapport annuel',
    'to parliament',
    'citoyens',
    'users',
    '.',
    ',',
  ];

  it('cue no sentence without a digit, which the fields reader therefore does not try', () => {
    const piece = fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 6 }));
    let cued = 0;
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const folded = foldSameLength(pieces.join(' '));
        const bare = folded.replace(/\d/g, '');
        for (const f of FIGURE_CUED)
          for (const re of cuesOf(f)) {
            if (re.test(folded)) cued++;
            expect([f, bare, re.test(bare)]).toEqual([f, bare, false]);
          }
      }),
      { numRuns: 1000 },
    );
    expect(cued).toBeGreaterThan(100); // the same sentences with their figures are cued
  });
});
