// Remarks a reviewer would strike on real French plans (audit15, finding 17): a survey's question read as a vague
// quantity, household acronyms asked to be spelled out, a threshold read as « rendre … plus », an accounting
// participle read as a vague verb.
import { analyze } from '../../../src/core/analyze';
import { fromPlainText } from '../../../src/core/source';

const found = (lines: string[]) =>
  analyze(
    fromPlainText(['# Plan 2025-2027', '', '## Engagement 1 : Marchés', '', ...lines].join('\n\n'), { markdown: true }),
    {
      lang: 'fr',
    },
  )
    .findings.filter((f) => ['vague-quantity', 'vague-term', 'jargon'].includes(f.ruleId))
    .map((f) => [f.ruleId, f.actual]);

describe('no remark a reviewer would strike', () => {
  it('on what a survey will measure', () => {
    expect(
      found([
        'Indicateur : une enquête menée auprès des utilisateurs pour vérifier s’ils comprennent mieux les effets cumulatifs et s’ils utilisent davantage la plateforme.',
      ]),
    ).toEqual([]);
    // A promise of more is still flagged.
    expect(found(['Nous associerons davantage les usagers à la conception des services.'])).toEqual([
      ['vague-quantity', 'davantage'],
    ]);
  });

  it('on household acronyms', () => {
    expect(
      found(['Les travaux de l’OCDE sur la confiance, de l’IA aux communautés LGBTQ2, seront publiés en 2026.']),
    ).toEqual([]);
  });

  it('on a threshold after « rendre », and on « consolidé » describing a table', () => {
    expect(
      found([
        'Le ministère publiera d’ici fin 2025 les données des marchés, et rendra cette publication obligatoire pour les collectivités de plus de 100 000 habitants par un décret pris avant le T3 2026.',
        'Le tableau de suivi sera publié chaque année avant le 30 juin. En 2024, aucun tableau consolidé n’était publié.',
      ]),
    ).toEqual([]);
    expect(found(['Rendre l’information sur les budgets plus facile à trouver.'])).toEqual([['vague-term', 'Rendre']]);
  });
});
