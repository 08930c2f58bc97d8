// The findings are written in the messages' language (the reader's), the draft read with its own language's rules:
// a French draft reviewed with English messages says no French sentence of the catalogue, and its suggestions (text
// to paste into the draft), the words it quotes and where it stands are those of the French review; the reverse for
// an English draft and French messages.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  analyze,
  fields,
  findings as findingTexts,
  fromPlainText,
  score,
  type Analysis,
  type Lang,
} from '../../../src/core';

const FIXTURES = join(__dirname, '../../fixtures');
const read = (path: string) => readFileSync(join(FIXTURES, path), 'utf8');

type Tree = { readonly [key: string]: unknown };
function leaves(tree: Tree, out: string[] = []): string[] {
  for (const v of Object.values(tree)) {
    if (typeof v === 'string') out.push(v);
    else if (v && typeof v === 'object') leaves(v as Tree, out);
  }
  return out;
}

/**
 * The literal parts of a language's catalogue texts (findings, fields, the checklist and level reasons) that no
 * text of the other language holds: a message holding one is written in that language.
 */
function ownPhrases(lang: Lang): string[] {
  const other: Lang = lang === 'fr' ? 'en' : 'fr';
  const texts = (l: Lang) => [
    ...leaves(findingTexts[l] as Tree),
    ...leaves(fields[l] as Tree),
    ...leaves(score[l] as Tree),
  ];
  const theirs = texts(other).join('\n');
  const parts = texts(lang).flatMap((s) => s.split(/\{\{[^}]*\}\}|\|/));
  return [...new Set(parts.map((p) => p.trim()))].filter(
    // A part of a few letters (« à », « : ») tells no language.
    (p) => p.replace(/[^\p{L}]/gu, '').length >= 12 && !theirs.includes(p),
  );
}

/** Everything an analysis says to its reader: each finding's message and note, each commitment's checklist and reason. */
function said(a: Analysis): string[] {
  return [
    ...a.findings.flatMap((f) => [f.message, f.note ?? '']),
    ...a.commitments.flatMap((c) => [
      c.verifiableReason ?? '',
      ...(c.checklist ?? []).flatMap((i) => [i.label, i.howToEarn ?? '']),
    ]),
  ];
}

/** What an analysis says of the draft itself, whatever the reader's language: places, quoted words, suggestions. */
function ofTheDraft(a: Analysis) {
  return {
    language: a.language,
    findings: a.findings.map((f) => ({
      ruleId: f.ruleId,
      severity: f.severity,
      start: f.start,
      end: f.end,
      actual: f.actual,
      expected: f.expected,
      fingerprint: f.fingerprint,
      data: f.data,
    })),
    commitments: a.commitments.map((c) => ({ ...c, verifiableReason: undefined, checklist: undefined })),
  };
}

// A draft of each language that makes every kind of finding with a text of its own: vague verbs, times, quantities
// and hedges, jargon, a long sentence, a doubtful date, a milestone after the plan, a same-plan copy, missing fields.
const SYNTHETIC: Record<Lang, string> = {
  fr: [
    'Plan d’action national 2022-2024',
    '',
    'Engagement 1 : Ouvrir les données des marchés publics',
    '',
    'Nous allons renforcer la transparence de la commande publique à terme, dans la mesure du possible, avec plusieurs partenaires de l’open data, car les acheteurs publics, les entreprises candidates, les journalistes et les associations de citoyens demandent depuis longtemps à pouvoir consulter les données des marchés.',
    '',
    'Jalon : publication du registre le 31/06/2023, puis du bilan en mars 2026.',
    '',
    'Engagement 2 : Ouvrir les données des marchés publics',
    '',
    'Nous allons renforcer la transparence de la commande publique à terme, dans la mesure du possible, avec plusieurs partenaires de l’open data, car les acheteurs publics, les entreprises candidates, les journalistes et les associations de citoyens demandent depuis longtemps à pouvoir consulter les données des marchés.',
  ].join('\n'),
  en: [
    'National Action Plan 2022-2024',
    '',
    'Commitment 1: Open public procurement data',
    '',
    'We will strengthen the transparency of public procurement in due course, where possible, with several open data partners, because public buyers, bidding companies, journalists and citizens’ associations have long asked to be able to consult the data of the contracts they care about.',
    '',
    'Milestone: the register published on 31 June 2023, then the review in March 2026.',
    '',
    'Commitment 2: Open public procurement data',
    '',
    'We will strengthen the transparency of public procurement in due course, where possible, with several open data partners, because public buyers, bidding companies, journalists and citizens’ associations have long asked to be able to consult the data of the contracts they care about.',
  ].join('\n'),
};

const DRAFTS: [string, Lang, string][] = [
  ['plan-fr.md', 'fr', read('cli/plan-fr.md')],
  ['jalons-tableau.md', 'fr', read('drafts/jalons-tableau.md')],
  ['titres-numerotes.md', 'fr', read('drafts/titres-numerotes.md')],
  ['a French draft of every finding', 'fr', SYNTHETIC.fr],
  ['plan-en.md', 'en', read('cli/plan-en.md')],
  ['english-template.md', 'en', read('drafts/english-template.md')],
  ['an English draft of every finding', 'en', SYNTHETIC.en],
];

describe.each(DRAFTS)('%s (%s), reviewed with the other language’s messages', (_, lang, text) => {
  const other: Lang = lang === 'fr' ? 'en' : 'fr';
  const source = fromPlainText(text);
  const own = analyze(source, { earlierPlans: null });
  const reader = analyze(source, { earlierPlans: null, messages: other });

  it('is read with its own language’s rules: the same findings, places, quoted words and suggestions', () => {
    expect(own.language).toBe(lang);
    expect(ofTheDraft(reader)).toEqual(ofTheDraft(own));
  });

  it('says no sentence of its own language’s catalogue, and says each in the reader’s', () => {
    const phrases = ownPhrases(lang);
    const theirs = ownPhrases(other);
    expect(phrases.length).toBeGreaterThan(50);
    for (const s of said(reader)) {
      // What a message quotes (the author's words, an example to paste) stays in the draft's language.
      const unquoted = s.replace(/«[^»]*»|"[^"]*"|“[^”]*”/g, '');
      expect([s, phrases.filter((p) => unquoted.includes(p))]).toEqual([s, []]);
    }
    // Written again (not left as it was): each text of the own review that holds a phrase of its language's
    // catalogue is another text in the reader's review, which holds none of them.
    const ownSaid = said(own);
    const readerSaid = said(reader);
    expect(readerSaid).toHaveLength(ownSaid.length);
    const telling = ownSaid.flatMap((s, k) => (phrases.some((p) => s.includes(p)) ? [k] : []));
    expect(telling.length).toBeGreaterThan(0);
    for (const k of telling) expect(readerSaid[k]).not.toBe(ownSaid[k]);
    expect(readerSaid.some((s) => theirs.some((p) => s.includes(p)))).toBe(true);
  });

  it('is the same review as before when the messages’ language is the draft’s', () => {
    expect(analyze(source, { earlierPlans: null, messages: lang })).toEqual(own);
  });
});

test('the synthetic drafts make every kind of finding whose words the catalogue writes', () => {
  for (const lang of ['fr', 'en'] as const) {
    const a = analyze(fromPlainText(SYNTHETIC[lang]), { earlierPlans: null });
    const kinds = new Set(a.findings.map((f) => f.ruleId));
    for (const id of [
      'vague-term',
      'vague-time',
      'vague-quantity',
      'hedge',
      'jargon',
      'readability',
      'duplicate',
      'missing-field',
    ])
      expect([lang, id, kinds.has(id)]).toEqual([lang, id, true]);
    // A doubtful date and a milestone after the plan: the date words are the messages' (« 31 juin » / "June 31").
    expect(a.findings.filter((f) => f.ruleId === 'vague-time' && f.data?.date)).not.toHaveLength(0);
    expect(a.findings.filter((f) => f.ruleId === 'vague-time' && f.data?.afterPlan)).not.toHaveLength(0);
  }
});

test('a text in a language Jalon does not read is said in the messages’ language', () => {
  const spanish = fromPlainText(
    'El Gobierno publicará los datos de la contratación pública y fortalecerá la participación de la ciudadanía en todos los procesos de decisión, con las organizaciones de la sociedad civil.',
  );
  const fr = analyze(spanish, { lang: 'fr', earlierPlans: null });
  const en = analyze(spanish, { lang: 'fr', earlierPlans: null, messages: 'en' });
  const language = (a: Analysis) => a.findings.find((f) => f.ruleId === 'language');
  expect(language(fr)).toBeDefined();
  expect(language(en)?.message).not.toBe(language(fr)?.message);
  expect(
    ownPhrases('fr').filter((p) => language(en)!.message.includes(p) || (language(en)!.note ?? '').includes(p)),
  ).toEqual([]);
});
