// Jalon's own words pass its own jargon check: the examples it prints under a missing field (the advice banks and the
// template's), the real commitments they are modelled on, and the suggestions after a vague term or a jargon word.
// Also the template's help and questions and the checklist's hints, printed beside them.
// A facilitator who reads « 2 ETP » or « au format OCDS » in Jalon's example, then « Le sigle « HT » n'est pas développé
// à sa première occurrence » about the draft, strikes the report (words audit, point 1).
import { analyze, fromPlainText, LEXICON_DATA, type Lang } from '../../../src/core';
import { BANKS } from '../../../src/core/checks/missing-field/advice';
import { fields } from '../../../src/core/messages/fields';
import { score } from '../../../src/core/messages/score';
import { CURRENCIES, inCurrency } from '../../../src/core/template/currency';
import { datedFor } from '../../../src/core/template/period';

interface Said {
  lang: Lang;
  where: string;
  text: string;
}

/** Every sentence of Jalon's own that a report or the pane may print as an example or a suggestion. */
function ownSentences(): Said[] {
  const out: Said[] = [];
  for (const lang of ['fr', 'en'] as const) {
    const say = (where: string, text: string) => {
      for (const line of datedFor(text, undefined).split('\n')) out.push({ lang, where, text: line });
    };
    for (const s of BANKS[lang].subjects) {
      say(`${s.id} source`, s.source);
      for (const [field, source] of Object.entries(s.sources ?? {})) say(`${s.id} ${field} source`, source);
      for (const [field, example] of Object.entries(s.examples)) {
        say(`${s.id} ${field}`, example);
        // In each currency a plan may count in, and in none (« 120 000 (dans la monnaie du plan) »).
        for (const currency of [...CURRENCIES, undefined])
          say(`${s.id} ${field} (${currency ?? 'no currency'})`, inCurrency(example, currency, lang));
      }
    }
    for (const [field, meta] of Object.entries(fields[lang]))
      if (typeof meta === 'object' && meta !== null)
        // The example, and the help and question printed beside it (« Un montant … (ETP) » was one, audit13).
        for (const key of ['example', 'help', 'helpIn', 'question'] as const)
          if (key in meta && typeof (meta as Record<string, unknown>)[key] === 'string')
            say(`template ${field} ${key}`, (meta as Record<string, string>)[key]);
    // The checklist's hints (« Pour gagner ce point : … »).
    for (const [id, item] of Object.entries(score[lang].items)) say(`checklist ${id}`, item.howToEarn);
    const lexicon = LEXICON_DATA[lang];
    for (const e of lexicon.vagueTerm.defaultExpected) say('vague-term default suggestion', e);
    for (const t of lexicon.vagueTerm.terms) for (const e of t.expected ?? []) say(`vague-term ${t.lemma}`, e);
    for (const data of [lexicon.vagueTime, lexicon.vagueQuantity, lexicon.hedge, lexicon.jargon])
      for (const t of data.terms) {
        for (const e of t.expected ?? []) say(t.term, e);
        if (t.explanation) say(`${t.term} explanation`, t.explanation);
      }
  }
  return out;
}

/** An acronym: one word with two capitals or more (« MEI », « ONG », « DGFiP »), as the check finds or knows them. */
const ACRONYM = /^(?=(?:\S*\p{Lu}){2})\S+$/u;

/** What Jalon's jargon check says of a sentence read alone: the words it would have the author explain. */
function unexplained({ lang, text }: Said): string[] {
  return analyze(fromPlainText(text), { lang, earlierPlans: null })
    .findings.filter((f) => f.ruleId === 'jargon' && ACRONYM.test(f.actual))
    .map((f) => f.actual);
}

test('Jalon’s own examples and suggestions use no jargon or acronym it would ask an author to explain', () => {
  const said = ownSentences();
  expect(said.length).toBeGreaterThan(500);
  const flagged = said
    .map((s) => ({ ...s, words: unexplained(s) }))
    .filter((s) => s.words.length > 0)
    .map((s) => `${s.lang} ${s.where}: ${s.words.join(', ')} in « ${s.text} »`);
  expect([...new Set(flagged)]).toEqual([]);
});

test('Jalon’s own amounts and staff are written out: no « k€ », « M€ », « ETP » or "FTE"', () => {
  // The jargon check lets an author's « 2 ETP » pass (a cost line's usual words); Jalon's own examples say them plainly.
  const SHORT = /\d ?[kM]€|[€$£]\d[\d,.]*k\b|\bETP\b|\bFTE\b/;
  const said = ownSentences().filter((s) => SHORT.test(s.text));
  expect([...new Set(said.map((s) => `${s.lang} ${s.where}: « ${s.text} »`))]).toEqual([]);
});
