// What the acronym reading takes for explained or for no acronym at all (words audit, point 1): a name followed by
// its acronyms in both languages, a commitment's code, the franc CFA's name. A list of acronyms is still a list.
import { analyze } from '../../../src/core/analyze';
import { fromPlainText } from '../../../src/core/source';
import type { Lang } from '../../../src/core/types';

const jargon = (text: string, lang: Lang = 'fr') =>
  analyze(fromPlainText(text), { lang, earlierPlans: null })
    .findings.filter((f) => f.ruleId === 'jargon')
    .map((f) => f.actual);

describe('acronyms: explained beside a name, or no acronym', () => {
  it('takes a name’s acronyms in both languages, in parentheses after it, as explained, not a list of them', () => {
    expect(jargon('Le Partenariat pour un gouvernement ouvert (PGO, en anglais OGP) publiera le bilan.')).toEqual([]);
    expect(jargon('Le Mécanisme d’évaluation indépendant (MEI ou IRM) publiera son rapport.')).toEqual([]);
    expect(jargon('The Independent Reporting Mechanism (IRM, in French MEI) will review it.', 'en')).toEqual([]);
    // Not acronyms listed in parentheses, nor one standing alone.
    expect(jargon('Les directions (DINUM et SGG) publieront le bilan.')).toEqual(['DINUM', 'SGG']);
    expect(jargon('Le bilan (voir ACM, en annexe) sera publié.')).toEqual(['ACM']);
    expect(jargon('Le bilan du PGO sera publié.')).toEqual(['PGO']);
    expect(jargon('Prioriser le code source ouvert (BAC/SCT).')).toEqual(['BAC', 'SCT']);
  });

  it('reads a commitment’s code as a reference, not an acronym', () => {
    expect(jargon('D’après l’engagement US0143, jalon US0143.2, des États-Unis.')).toEqual([]);
    expect(jargon('Modelled on commitment UK0098, milestone 2, of the United Kingdom.', 'en')).toEqual([]);
    // An acronym with a digit in it is still one.
    expect(jargon('Les données du programme PC2S seront publiées.')).toEqual(['PC2S']);
  });

  it('reads the franc CFA as a currency’s name', () => {
    expect(jargon('Le registre coûtera 200 000 francs CFA par an.')).toEqual([]);
    expect(jargon('The register will cost 200,000 CFA francs a year.', 'en')).toEqual([]);
  });
});
