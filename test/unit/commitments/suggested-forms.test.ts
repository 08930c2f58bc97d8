// Jalon's own suggestions earn the field they are offered for (audit13, findings 1 and 2): each form the vague-term
// and vague-quantity data suggest after « → » is filled with values and written as an author would, in a sentence
// or a list under a commitment; the field must then be read. Taken from the data, so the two cannot drift apart.
import { en as vagueQuantityEn } from '../../../src/core/checks/vague-quantity/en';
import { fr as vagueQuantityFr } from '../../../src/core/checks/vague-quantity/fr';
import { en as vagueTermEn } from '../../../src/core/checks/vague-term/en';
import { fr as vagueTermFr } from '../../../src/core/checks/vague-term/fr';
import type { Commitment, FieldName, Lang } from '../../../src/core/types';
import { readMd } from './helpers';

interface Suggesting {
  defaultExpected?: readonly string[];
  terms: ReadonlyArray<{ expected?: readonly string[] }>;
}

function formsOf(...data: Suggesting[]): string[] {
  const forms = new Set<string>();
  for (const d of data) {
    for (const e of d.defaultExpected ?? []) forms.add(e);
    for (const t of d.terms) for (const e of t.expected ?? []) forms.add(e);
  }
  return [...forms];
}

const FORMS: Record<Lang, string[]> = {
  fr: formsOf(vagueTermFr as Suggesting, vagueQuantityFr as Suggesting),
  en: formsOf(vagueTermEn as Suggesting, vagueQuantityEn as Suggesting),
};

const WORDS = {
  fr: {
    plan: '# Plan d’action national 2018-2020',
    title: '## Engagement 1 : Données ouvertes',
    lead: 'Porteur : SCT.',
    milestones: 'Jalons :',
    date: 'juin 2020',
    by: 'd’ici juin 2020',
    measure: 'le nombre de jeux de données publiés',
    deliverable: 'le registre des représentants d’intérêts',
    act: 'publier le registre',
    forum: 'Conseil des ministres',
    to: 'projets citoyens',
  },
  en: {
    plan: '# National Action Plan 2018-2020',
    title: '## Commitment 1: Open data',
    lead: 'Lead: Treasury Board Secretariat.',
    milestones: 'Milestones:',
    date: 'June 2020',
    by: 'by June 2020',
    measure: 'the number of datasets published',
    deliverable: 'the lobbying register',
    act: 'publish the register',
    forum: 'the OECD',
    to: 'civic projects',
  },
};

const FROM_TO = /\bX (?:à|to) Y\b/;
const SHARE = /\b[XN] ?%/;
const DATED = /\[date\]/;
const TRAIN = /^(?:former|train) N\b/;

/** The form filled with values and made a sentence, with a date, naming what it counts or delivers. */
function sentence(form: string, lang: Lang): string {
  const w = WORDS[lang];
  // A form that replaces a quantity (« davantage » → « de X à Y ») keeps the author's verb.
  let s = (/^(?:de|from) /.test(form) ? `${lang === 'fr' ? 'porter' : 'raise'} ${form}` : form)
    .replace(/\bX (à|to) Y\b/, '40 $1 80')
    .replace(/\b[XN] ?%/, (m) => (m.includes(' ') ? '20 %' : '20%'))
    .replace(/\bN\b/, '300')
    .replace('…', w.act)
    .replace(/\[(?:instance|forum)\]/, w.forum);
  s = s.replace(/ à$/, ' aux').replace(/ for$/, ' for');
  if (/ (?:aux|for)$/.test(s)) s += ` ${w.to}`;
  if (DATED.test(s)) s = `${s.replace('[date]', w.date)} ${w.deliverable}`;
  else {
    // A measure after a change that names none (« porter de 40 à 80 », « augmenter de 20 % »).
    if (/\d(?: ?%)?$/.test(s)) s += ` ${w.measure}`;
    s += ` ${w.by}`;
  }
  return `${s[0].toUpperCase()}${s.slice(1)}.`;
}

/** The fields a form is offered for. */
function offeredFor(form: string): FieldName[] {
  if (FROM_TO.test(form)) return ['baseline', 'target'];
  if (SHARE.test(form)) return ['target'];
  if (DATED.test(form) || TRAIN.test(form)) return ['milestones'];
  return [];
}

const earned = (c: Commitment, f: FieldName) =>
  f === 'milestones'
    ? (c.fields.milestones ?? []).some((m) => m.date) && !c.missing.includes(f)
    : c.fields[f] !== undefined && !c.missing.includes(f);

/** The commitment written three ways: a sentence, a list under a one-line label, a list under « Jalons : ». */
function commitments(lines: string[], lang: Lang): Array<[string, Commitment]> {
  const w = WORDS[lang];
  const head = `${w.plan}\n\n${w.title}\n\n${w.lead}\n\n`;
  const list = lines.map((l) => `- ${l}`).join('\n');
  return [
    ['in prose', readMd(`${head}${lines.join(' ')}\n`, lang)[0]],
    ['as a list', readMd(`${head}${list}\n`, lang)[0]],
    ['under a milestones label', readMd(`${head}${w.milestones}\n\n${list}\n`, lang)[0]],
  ];
}

describe.each(['fr', 'en'] as const)('Jalon’s suggested forms earn their field (%s)', (lang) => {
  const cases = FORMS[lang].filter((f) => offeredFor(f).length > 0);

  it.each(cases)('« %s »', (form) => {
    // The data suggest forms of every kind (a change from one figure to another, a share, a date).
    for (const kind of [FROM_TO, SHARE, DATED]) expect(cases.some((f) => kind.test(f))).toBe(true);
    const text = sentence(form, lang);
    // Two lines, so that a milestones list is a list; the second earns nothing the form is offered for.
    const other =
      lang === 'fr' ? 'Vérifier chaque trimestre la qualité des données.' : 'Check data quality each quarter.';
    for (const [how, c] of commitments([text, other], lang))
      for (const f of offeredFor(form))
        expect({ text, how, field: f, earned: earned(c, f) }).toEqual({ text, how, field: f, earned: true });
  });
});
