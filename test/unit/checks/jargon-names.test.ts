// Names are not jargon to explain: the plan's title names the programme (« … pour un gouvernement ouvert »), and a
// repository path or web address (« open-data/ckanext-canada ») names a place (audit11, finding 23).
import { analyze } from '../../../src/core/analyze';
import { fromPlainText } from '../../../src/core/source';
import type { Lang } from '../../../src/core/types';

const jargon = (text: string, lang: Lang = 'fr') =>
  analyze(fromPlainText(text, { markdown: true }), { lang })
    .findings.filter((f) => f.ruleId === 'jargon')
    .map((f) => [text.slice(0, f.start).split('\n').length, f.actual]);

describe('jargon: names are not explained', () => {
  it('skips the plan’s title, and explains the term at its first use in the body', () => {
    const plan = [
      '# Plan d’action national du Canada pour un gouvernement ouvert 2022-2024',
      '',
      '## Engagement 1 : Données climatiques',
      '',
      'Le gouvernement ouvert associe les citoyens aux décisions.',
    ].join('\n');
    expect(jargon(plan)).toEqual([[5, 'gouvernement ouvert']]);
  });

  it('finds the title after a converted document’s file name', () => {
    const plan = [
      '# fr-canada-pan-2022-2024',
      '',
      '# Plan d’action national du Canada pour un gouvernement ouvert 2022-2024',
    ];
    expect(jargon([...plan, '', '## Engagement 1 : Climat', '', 'Texte.'].join('\n'))).toEqual([]);
  });

  it('reads the English title the same way', () => {
    const plan = [
      '# Open Government National Action Plan 2022-2024',
      '',
      '## Commitment 1: Climate data',
      '',
      'We publish budgets.',
    ].join('\n');
    expect(jargon(plan, 'en')).toEqual([]);
  });

  it('still explains jargon in a first line that is a sentence or a commitment', () => {
    expect(jargon('Le plan du gouvernement ouvert sera publié.')).toEqual([[1, 'gouvernement ouvert']]);
    // A commitment's heading is no title of the plan, but has no room for an explanation: the body's first use is
    // explained (audit14, finding 14).
    expect(jargon('## Engagement 1 : Plan pour un gouvernement ouvert\n\nTexte.')).toEqual([]);
    expect(jargon('## Engagement 1 : Plan pour un gouvernement ouvert\n\nLe gouvernement ouvert sera promu.')).toEqual([
      [3, 'gouvernement ouvert'],
    ]);
  });

  it('skips a repository path, not the same words in prose', () => {
    const note = 'Texte officiel (source : open-data/ckanext-canada, ckanext/canada/tables/nap5.yaml).';
    expect(jargon(`${note}\n\nLes communes publieront leurs budgets en open data.`)).toEqual([[3, 'open data']]);
  });

  it('a domain name (GOV.UK) and "HM" in a British body’s name are not acronyms to spell out (audit12, finding 14)', () => {
    const plan = [
      '## Commitment 1: Open contracting',
      '',
      'HM Treasury publishes every contract on GOV.UK each month; the KPI is the share published.',
    ].join('\n');
    expect(jargon(plan, 'en')).toEqual([[3, 'KPI']]);
  });
});
