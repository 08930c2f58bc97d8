import { analyze } from '../../../src/core/analyze';
import { detectLanguage } from '../../../src/core/lint';
import { createAnalyzer } from '../../../src/core/lint/analyzer';
import { fromParagraphs, fromPlainText } from '../../../src/core/source';
import { findings, vague } from './helpers';

describe('English', () => {
  const en = { lang: 'en' as const };
  test('vague verbs and kin in every form', () => {
    expect(vague('We will strengthen oversight, promote reuse and foster innovation.', en)).toEqual([
      'strengthen',
      'promote',
      'foster',
    ]);
    expect(vague('The agency supports cities and enhanced its portal; improvements followed.', en)).toEqual([
      'supports',
      'enhanced',
      'improvements',
    ]);
    expect(vague('We will continue to raise awareness and work towards openness.', en)).toEqual([
      'continue',
      'raise awareness',
      'work towards',
    ]);
  });
  test('English exceptions', () => {
    expect(vague('Foster care placements and supporting documents are listed.', en)).toEqual([]);
    expect(vague('She got a promotion in 2019 and sent the forms in advance.', en)).toEqual([]);
  });
  test('vague time and quantity, with bounds not flagged', () => {
    expect(findings('Data will be published in due course.', en, 'vague-time').map((f) => f.actual)).toEqual([
      'in due course',
    ]);
    expect(
      findings('More than 20 datasets; several agencies; more data.', en, 'vague-quantity').map((f) => f.actual),
    ).toEqual(['several', 'more']);
  });
});

describe('vague-time and vague-quantity (French)', () => {
  test('time expressions without a date', () => {
    const t = 'Le registre sera ouvert à terme, puis à moyen terme, prochainement et dès que possible.';
    expect(findings(t, {}, 'vague-time').map((f) => f.actual)).toEqual([
      'à terme',
      'à moyen terme',
      'prochainement',
      'dès que possible',
    ]);
    expect(findings('Le contrat à terme échu. Mener à terme le projet.', {}, 'vague-time')).toEqual([]);
  });
  test('quantities without a figure; bounds and negations are not vague', () => {
    const t =
      'Davantage de données, plusieurs ministères, de nombreux usagers, significativement plus de transparence.';
    expect(findings(t, {}, 'vague-quantity').map((f) => f.actual)).toEqual([
      'Davantage',
      'plusieurs',
      'de nombreux',
      'significativement',
      'plus de',
    ]);
    expect(
      findings('Plus de 2 000 élus, plus de la moitié. Il n’y a plus de file d’attente.', {}, 'vague-quantity'),
    ).toEqual([]);
  });
});

describe('jargon', () => {
  test('flagged at first use only, with the plain-language explanation as suggestion', () => {
    const fs = findings('Le PGO soutient l’open source. Le PGO et l’open source encore.', {}, 'jargon');
    expect(fs.map((f) => f.actual)).toEqual(['PGO', 'open source']);
    expect(fs[1].expected[0]).toMatch(/^open source \(logiciel libre/);
    // An explanation that names the acronym is the suggestion itself, not a second pair of parentheses.
    expect(fs[0].expected).toEqual(['Partenariat pour un gouvernement ouvert (PGO)']);
    expect(fs[0].note).toContain('puis le sigle entre parenthèses : « Partenariat pour un gouvernement ouvert (PGO) »');
    expect(fs[1].note).toContain('par exemple : « open source (logiciel libre');
    expect(findings('La HATVP et l’OGP publient.', {}, 'jargon').map((f) => f.expected[0])).toEqual([
      'Haute Autorité pour la transparence de la vie publique (HATVP)',
      'Partenariat pour un gouvernement ouvert (PGO, en anglais OGP)',
    ]);
  });
  test('not flagged when explained in parentheses at first use or in a glossary', () => {
    expect(
      findings('Le hackathon (rencontre de deux jours) aura lieu. Un autre hackathon suivra.', {}, 'jargon'),
    ).toEqual([]);
    expect(
      findings('La Direction interministérielle du numérique (DINUM) publie. La DINUM suit.', {}, 'jargon'),
    ).toEqual([]);
    const doc = fromParagraphs([
      { text: 'Engagement 1', headingLevel: 1 },
      { text: 'La CADA et la redevabilité sont au cœur du plan.' },
      { text: 'Glossaire', headingLevel: 1 },
      { text: 'CADA : Commission d’accès aux documents administratifs.' },
      { text: 'Redevabilité : obligation de rendre compte.' },
    ]);
    expect(analyze(doc, { lang: 'fr' }).findings.filter((f) => f.ruleId === 'jargon')).toEqual([]);
  });
  test('a glossary heading is read from its paragraph, also when the paragraph comes from the cache', () => {
    const paragraphs = [
      { text: 'Engagement 1', headingLevel: 1 },
      { text: 'La CADA, la DILA et la CNIL publient.' },
      { text: '2. Sigles', headingLevel: 2 },
      { text: 'CADA : Commission d’accès aux documents administratifs.' },
      { text: 'Annexe', headingLevel: 2 },
      { text: `Glossaire${' '.repeat(300)}` }, // too long for a heading: what follows defines nothing
      { text: 'DILA : Direction de l’information légale et administrative.' },
    ];
    const analyzer = createAnalyzer({ lang: 'fr' });
    const jargonOf = (a: ReturnType<typeof analyzer.analyze>) =>
      a.findings.filter((f) => f.ruleId === 'jargon').map((f) => f.actual);
    expect(jargonOf(analyzer.analyze(paragraphs))).toEqual(['DILA', 'CNIL']);
    expect(jargonOf(analyzer.analyze(paragraphs))).toEqual(['DILA', 'CNIL']);
    expect(analyzer.cacheStats().hits).toBe(paragraphs.length);
  });
  test('acronyms not spelled out; runs of capitals are not acronyms', () => {
    expect(findings('Le SGDSN publie. Puis le SGDSN encore.', {}, 'jargon').map((f) => f.actual)).toEqual(['SGDSN']);
    expect(findings('AMÉLIORER L’ACCÈS AUX DONNÉES DE SANTÉ', {}, 'jargon')).toEqual([]);
    expect(findings('Chapitre IV, article XII.', {}, 'jargon')).toEqual([]);
  });
});

describe('readability', () => {
  test('long sentences as info, Kandel-Moles and LIX in the stats', () => {
    const long = `${Array.from({ length: 30 }, (_, i) => `mot${i}`).join(' ')}.`;
    const a = analyze(fromPlainText(`Phrase courte. ${long}`), { lang: 'fr' });
    const r = a.findings.filter((f) => f.ruleId === 'readability');
    expect(r).toHaveLength(1);
    expect(r[0].severity).toBe('info');
    expect(a.stats.sentences).toBe(2);
    expect(a.stats.longSentences).toBe(1);
    expect(a.stats.words).toBe(32);
    expect(typeof a.stats.kandelMoles).toBe('number');
    expect(a.stats.lix).toBeGreaterThan(0);
    expect(analyze(fromPlainText('A short one. Another.'), { lang: 'en' }).stats.kandelMoles).toBeUndefined();
  });

  test('each long sentence of a paragraph is found where it is, and none is carried to the next paragraph', () => {
    const long = (w: string, n = 30) => `${Array.from({ length: n }, (_, i) => `${w}${i}`).join(' ')}.`;
    const text = `${long('un')} Courte. ${long('deux')}\nPhrase courte.\n${long('trois', 40)} ${long('quatre')}\nFin.`;
    const a = analyze(fromPlainText(text), { lang: 'fr' });
    // Without commitments, one finding for the text, at its longest sentence, listing them all.
    const [r, ...rest] = a.findings.filter((f) => f.ruleId === 'readability');
    expect(rest).toEqual([]);
    expect(r.actual).toBe(long('trois', 40).slice(0, -1));
    expect(r.paragraph).toBe(2);
    expect(r.message).toBe('4 phrases longues, jusqu’à 40 mots : difficiles à lire pour le grand public.');
    const sentences = r.data?.sentences as { start: number; end: number; words: number }[];
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual(
      [long('un'), long('deux'), long('trois', 40), long('quatre')].map((s) => s.slice(0, -1)),
    );
    expect(sentences.map((s) => s.words)).toEqual([30, 30, 40, 30]);
    expect(a.stats.longSentences).toBe(4);
    expect(a.stats.sentences).toBe(7);
  });

  test('with readability off no syllables are counted, so no Kandel-Moles score; the vague terms are the same', () => {
    const text =
      'Nous allons renforcer et améliorer la participation. Le ministère favorisera l’ouverture des données.';
    const on = analyze(fromPlainText(text), { lang: 'fr' });
    const off = analyze(fromPlainText(text), { lang: 'fr', houseRules: { rules: { readability: 'off' } } });
    expect(off.stats.kandelMoles).toBeUndefined();
    expect(off.stats.words).toBe(on.stats.words);
    expect(off.findings.filter((f) => f.ruleId === 'vague-term')).toEqual(
      on.findings.filter((f) => f.ruleId === 'vague-term'),
    );
  });
});

describe('language detection', () => {
  test('stopword vote', () => {
    expect(detectLanguage('Le ministère publiera les données de la commande publique.')).toBe('fr');
    expect(detectLanguage('The department will publish the data of public procurement.')).toBe('en');
    expect(detectLanguage('')).toBe('fr');
  });
});
