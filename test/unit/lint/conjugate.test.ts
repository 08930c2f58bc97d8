import { compiledRulesFor } from '../../../src/core/lint';
import { conjugateEn, conjugateFr, nounForms } from '../../../src/core/checks/lexicon/conjugate';

const forms = (inf: string): Set<string> => new Set(conjugateFr(inf).map((f) => f.form));

describe('French conjugator', () => {
  test('irregular forms stemmers miss', () => {
    const promouvoir = forms('promouvoir');
    for (const f of [
      'promeut',
      'promeuvent',
      'promouvons',
      'promouvra',
      'promouvront',
      'promu',
      'promue',
      'promus',
      'promues',
      'promouvant',
      'promeuve',
    ])
      expect(promouvoir).toContain(f);
    const soutenir = forms('soutenir');
    for (const f of [
      'soutient',
      'soutiennent',
      'soutiendrons',
      'soutiendra',
      'soutenu',
      'soutenue',
      'soutenus',
      'soutenues',
      'soutenant',
      'soutienne',
    ])
      expect(soutenir).toContain(f);
    const poursuivre = forms('poursuivre');
    for (const f of [
      'poursuit',
      'poursuivent',
      'poursuivrons',
      'poursuivi',
      'poursuivie',
      'poursuivis',
      'poursuivies',
      'poursuivant',
    ])
      expect(poursuivre).toContain(f);
    const accroitre = forms('accroître');
    for (const f of ['accroît', 'accroit', 'accroissent', 'accroîtra', 'accru', 'accrue', 'accrus', 'accrues'])
      expect(accroitre).toContain(f);
    const mettre = forms('mettre');
    for (const f of ['met', 'mettons', 'mettront', 'mis', 'mise', 'mises']) expect(mettre).toContain(f);
  });

  test('first group alternations: ç, ge, y→i, é→è, -ier', () => {
    const renforcer = forms('renforcer');
    for (const f of ['renforçons', 'renforçait', 'renforçant', 'renforcent', 'renforcera', 'renforcé', 'renforcées'])
      expect(renforcer).toContain(f);
    expect(renforcer).not.toContain('renforcons');
    const encourager = forms('encourager');
    for (const f of ['encourageons', 'encourageait', 'encourageant', 'encouragé']) expect(encourager).toContain(f);
    const appuyer = forms('appuyer');
    for (const f of ['appuie', 'appuient', 'appuierons', 'appuyons', 'appuyé']) expect(appuyer).toContain(f);
    expect(appuyer).not.toContain('appuye');
    const ceder = forms('céder');
    for (const f of ['cède', 'cèdent', 'cédons', 'cédé']) expect(ceder).toContain(f);
    const simplifier = forms('simplifier');
    for (const f of ['simplifions', 'simplifiions', 'simplifiera', 'simplifiée']) expect(simplifier).toContain(f);
  });

  test('participles are marked as participles, in four genders and numbers', () => {
    const kinds = new Map(conjugateFr('améliorer').map((f) => [f.form, f.kind]));
    for (const f of ['amélioré', 'améliorée', 'améliorés', 'améliorées']) expect(kinds.get(f)).toBe('participle');
    expect(kinds.get('améliore')).toBe('verb');
  });

  test('second group and nouns', () => {
    expect(forms('garantir')).toContain('garantissons');
    expect(nounForms('renforcement', 'fr').map((f) => f.form)).toEqual(['renforcement', 'renforcements']);
    expect(nounForms('appui', 'fr').map((f) => f.form)).toEqual(['appui', 'appuis']);
  });
});

describe('English conjugator', () => {
  test('regular verbs and -ise/-ize', () => {
    const f = (b: string): string[] => conjugateEn(b).map((x) => x.form);
    expect(f('support')).toEqual(expect.arrayContaining(['support', 'supports', 'supported', 'supporting']));
    expect(f('promote')).toEqual(expect.arrayContaining(['promotes', 'promoted', 'promoting']));
    expect(f('simplify')).toEqual(expect.arrayContaining(['simplifies', 'simplified', 'simplifying']));
    expect(f('modernize')).toEqual(expect.arrayContaining(['modernises', 'modernised', 'modernising', 'modernizing']));
  });

  test('an irregular verb of the lexicon gets its own past and participle, once for every entry', () => {
    const forms = conjugateEn('take');
    expect(forms).toEqual(
      expect.arrayContaining([
        { form: 'took', kind: 'verb' },
        { form: 'taken', kind: 'participle' },
      ]),
    );
    expect(forms.map((x) => x.form)).not.toContain('taked');
  });
});

describe('the generated form table', () => {
  const vagueKeys = (lang: 'fr' | 'en'): Set<string> => {
    const rules = compiledRulesFor(lang);
    return new Set([...rules.index].filter(([, cs]) => cs.some((c) => c.term.rule === 'vague-term')).map(([k]) => k));
  };

  test('stays small and covers every lemma', () => {
    const fr = vagueKeys('fr');
    expect(fr.size).toBeGreaterThan(700);
    expect(fr.size).toBeLessThan(3000);
    for (const k of [
      'renforcer',
      'promeut',
      'soutiennent',
      'poursuivi',
      'accru',
      'appuierons',
      'mise',
      'efforcerons',
      'veillera',
      'contribuent',
    ])
      expect(fr).toContain(k);
  });

  test('no collision with related but innocent words (distractors)', () => {
    const fr = vagueKeys('fr');
    const distractors = [
      'renfort',
      'renforts',
      'promoteur',
      'promotionnel',
      'promulguer',
      'favori',
      'favorable',
      'favoritisme',
      'faveur',
      'developpeur',
      'developpeuse',
      'accompagnateur',
      'facile',
      'facilement',
      'facilitateur',
      'sensible',
      'sensibilite',
      'valeur',
      'valable',
      'encourageants',
      'soutenance',
      'soutenable',
      'soutenabilite',
      'optimal',
      'moderne',
      'modernes',
      'simple',
      'simplement',
      'mobile',
      'mobilite',
      'dynamique',
      'effort',
      'efforts',
      'contribuable',
      'contribution',
      'contributions',
      'veilleur',
      'misere',
    ];
    for (const w of distractors) expect([w, fr.has(w)]).toEqual([w, false]);
  });
});
