// A milestone row « livrable – date – responsable » (the template's and Canada's layout) is due on the date of its
// date slot, whatever year the deliverable's words hold (audit11, finding 4).
import { readMd } from './helpers';

const milestones = (lines: string[], lang: 'fr' | 'en' = 'fr') =>
  readMd(
    ['## Engagement 1 : Climat', '', '**Jalons :**', '', ...lines.map((l) => `- ${l}`)].join('\n'),
    lang,
  )[0].fields.milestones?.map((m) => m.date);

describe('a milestone row’s date slot', () => {
  it('wins over a year inside the deliverable’s text', () => {
    expect(
      milestones([
        "Augmenter de 10 % le nombre de clients du CCSC d'ici 2023 par rapport au niveau de référence de 2021 – mars 2023 – EC",
        "Publier deux modules sectoriels sur Données climatiques d'ici 2023 – mars 2023 – EC",
        'pendant sa présidence en 2022, le Canada fera appel à des partenaires – décembre 2022 – AMC',
      ]),
    ).toEqual(['2023-03', '2023-03', '2022-12']);
  });

  it('reads a slot with words around its date, and the last of two deadlines', () => {
    expect(
      milestones([
        "Participer à la Coalition du PGO pour la justice en 2024 – D'ici le printemps 2022 – JUS",
        "Organiser les conférences annuelles de 2024 – D'ici février 2022 et février 2023 – PCH",
        'Publier le rapport 2030 – décembre 2023 [Réalisé]',
      ]),
    ).toEqual(['2022-Q2', '2023-02', '2023-12']);
  });

  it('reads a deadline alone in parentheses at the line’s end', () => {
    expect(
      milestones([
        'Des recommandations sont publiées sur le Budget des dépenses de 2020-2021 et des années à venir. (Février 2020)',
        'La description des plans de dépenses du Budget 2021 est améliorée. (Du février au mars 2019)',
      ]),
    ).toEqual(['2020-02', '2019-03']);
  });

  it('in English too', () => {
    expect(milestones(['Increase clients by 10% by 2023 against the 2021 baseline – March 2023 – ECCC'], 'en')).toEqual(
      ['2023-03'],
    );
  });

  it('keeps the text’s date when no slot holds a date alone', () => {
    expect(
      milestones([
        "Publier le guide d'ici juin 2024 – en lien avec les provinces – EC",
        "Publier le rapport d'ici décembre 2024 – avec les provinces dès mars 2023 – EC",
      ]),
    ).toEqual(['2024-06', '2024-12']);
  });
});
