// Fields in the layouts real plans use: every milestone with its own date, lead and indicator; tables whose header
// names the fields; labels inside sentences; leads in parentheses; the OGP template's English headings; context
// that is not a field.
import { columnField, inlineLabels, parenthesisedLead } from '../../../src/core/commitments/layout';
import type { ParagraphInput } from '../../../src/core/types';
import { readMd, readParas } from './helpers';

describe('milestones, each with its own fields', () => {
  const PLAN = [
    '## Engagement 3 : Transparence des entreprises',
    '',
    '**Jalon 3.1** – Mettre en œuvre des modifications législatives sur la propriété effective. (FIN/ISDE)',
    '',
    'Indicateurs :',
    '',
    '- Les modifications législatives entrent en vigueur (juin 2019).',
    '- Au moins 80 % des sociétés fédérales déclarent leurs bénéficiaires (décembre 2019).',
    '',
    '**Jalon 3.2** – Travailler avec les provinces sur un registre public. (Bureau du conseiller scientifique principal/avec l’appui des MOVS.)',
    '',
    '**Jalon 3.3** – Publier un guide en langage simple. (SCT)',
  ].join('\n');

  it('reads every labelled milestone, its lead in parentheses and the dates of its indicators', () => {
    const [c] = readMd(PLAN);
    const ms = c.fields.milestones ?? [];
    expect(ms.map((m) => [m.lead?.text, m.date])).toEqual([
      ['FIN/ISDE', '2019-12'],
      ['Bureau du conseiller scientifique principal', undefined],
      ['SCT', undefined],
    ]);
    expect(ms[0].indicator?.text).toMatch(/^- Les modifications législatives .*\n- Au moins 80 %/s);
    // The commitment's lead, indicator and target come from its milestones when nothing else names them.
    expect(c.fields.lead?.text).toBe('FIN/ISDE');
    expect(c.fields.target?.text).toMatch(/^- Au moins 80 %/);
    expect(c.missing).not.toContain('lead');
    expect(c.missing).not.toContain('milestones');
    // A partner credit in the parentheses names the partners.
    expect(c.fields.partners?.text).toBe('avec l’appui des MOVS.');
  });

  it('does not take a parenthesis that is no organisation for a lead', () => {
    expect(parenthesisedLead('Publier les données (2019)')).toBeUndefined();
    expect(parenthesisedLead('Former les agents (voir le guide de la DINUM)')).toBeUndefined();
    expect(parenthesisedLead('Améliorer le portail. (RNCan/StatCan/SCT)')).toEqual({ start: 23, end: 40 });
    const credit = 'Piloter un portail. (CNRC/SCT, avec l’appui des MOVS.)';
    const lead = parenthesisedLead(credit)!;
    expect(credit.slice(lead.start, lead.end)).toBe('CNRC/SCT');
    expect(credit.slice(lead.partners!.start, lead.partners!.end)).toBe('avec l’appui des MOVS.');
  });
});

describe('tables whose header row names the fields', () => {
  const cell = (text: string, table: number, row: number, column: number): ParagraphInput => ({
    text,
    inTable: true,
    cell: { table, row, column },
  });

  it('reads each row of « Indicateur | Échéance | Ministère responsable » as a dated, led milestone', () => {
    const rows = [
      ['Indicateur', 'Échéance', 'Ministère responsable'],
      ['Un arrêté fixe le format des données', 'D’ici mars 2025', 'Direction des affaires juridiques (DAJ)'],
      ['100 % des marchés publiés dans le mois', 'D’ici décembre 2025', 'Direction des affaires juridiques (DAJ)'],
      ['Un tableau de bord public', 'En cours', 'DINUM'],
    ];
    const { commitments } = readParas([
      { text: 'Engagement 1 : Ouvrir les données de la commande publique', headingLevel: 2 },
      { text: 'Jalon 1.1 : Publier les données essentielles des marchés', headingLevel: 3 },
      ...rows.flatMap((r, i) => r.map((t, j) => cell(t, 0, i, j))),
    ]);
    const ms = commitments[0].fields.milestones ?? [];
    expect(ms.map((m) => [m.text, m.date, m.lead?.text, m.indicator?.text])).toEqual([
      [
        'Publier les données essentielles des marchés',
        '2025-12',
        'Direction des affaires juridiques (DAJ)',
        'Un arrêté fixe le format des données',
      ],
      [rows[1][0], '2025-03', rows[1][2], rows[1][0]],
      [rows[2][0], '2025-12', rows[2][2], rows[2][0]],
      [rows[3][0], undefined, 'DINUM', rows[3][0]],
    ]);
    expect(commitments[0].missing).not.toEqual(expect.arrayContaining(['indicator']));
    expect(commitments[0].missing).not.toEqual(expect.arrayContaining(['lead']));
  });

  it('knows the columns by their French and English names', () => {
    expect(
      ['Livrable', 'Jalon', 'Échéance', 'Date', 'Porteur', 'Cible', 'Budget', 'Coût', 'Indicateur(s)'].map(columnField),
    ).toEqual(['deliverable', 'milestone', 'date', 'date', 'lead', 'target', 'cost', 'cost', 'indicator']);
    expect(
      ['Milestone', 'Deadline', 'Due', 'Lead', 'Target', 'Cost', 'Expected completion date'].map(columnField),
    ).toEqual(['milestone', 'date', 'date', 'lead', 'target', 'cost', 'date']);
    expect(columnField('Commentaires')).toBeUndefined();
  });
});

describe('labels inside sentences', () => {
  it('reads « Échéance : … » and « Responsable : … » inside a list item as the milestone’s', () => {
    const [c] = readMd(
      [
        '## Engagement 4 : Une GRC plus ouverte',
        '',
        '- Publier la stratégie de gouvernement ouvert de la GRC. Échéance : Automne 2027. Responsable : Gendarmerie royale du Canada (GRC).',
      ].join('\n'),
    );
    const [m] = c.fields.milestones ?? [];
    expect(m.text).toBe('Publier la stratégie de gouvernement ouvert de la GRC');
    expect(m.date).toBe('2027-Q4');
    expect(m.lead?.text).toBe('Gendarmerie royale du Canada (GRC)');
    expect(c.fields.lead?.text).toBe('Gendarmerie royale du Canada (GRC)');
  });

  it('reads « ; situation initiale 40 % en 2024 ; cible 100 % en décembre 2026 »', () => {
    const [c] = readMd(
      '## Engagement 1 : Publier les plaintes\n\nLe ministère publie les plaintes par service ; situation initiale 40 % en 2024 ; cible 100 % en décembre 2026.',
    );
    expect(c.fields.baseline?.text).toBe('40 % en 2024');
    expect(c.fields.target?.text).toBe('100 % en décembre 2026');
  });

  it('finds no label in a sentence that only uses the word', () => {
    expect(inlineLabels('Le responsable du projet sera nommé en 2025.')).toEqual([]);
  });
});

describe('the OGP template’s English headings', () => {
  it('reads "How will we know" and "How the impact … can be measured" as indicators', () => {
    for (const heading of ['How will we know we succeeded?', 'How the impact of this commitment can be measured']) {
      const [c] = readMd(
        `## Commitment 1: Open the register\n\nLead implementing agency: Office of the Registrar\n\n### ${heading}\n\nMonthly downloads of the register, reported every quarter.`,
        'en',
      );
      expect(c.fields.indicator?.text).toBe('Monthly downloads of the register, reported every quarter.');
      expect(c.fields.lead?.text).toBe('Office of the Registrar');
    }
  });
});

describe('context is not a field', () => {
  it('takes neither a 2013 statistic for the cost nor a 1993 law for a milestone', () => {
    const [c] = readMd(
      [
        '## Engagement 2 : Accroître la transparence de la commande publique',
        '',
        'Enjeux :',
        '',
        "Le montant des marchés publics recensés était de 71,5 milliards d'euros en 2013. La transparence figure dans la loi du 29 janvier 1993 relative à la prévention de la corruption.",
        '',
        'Description de l’engagement :',
        '',
        '- Standardiser le format des données de publicité des appels d’offre',
      ].join('\n'),
    );
    expect(c.fields.cost).toBeUndefined();
    expect(c.fields.milestones ?? []).toEqual([]);
    expect(c.missing).toEqual(expect.arrayContaining(['cost', 'milestones']));
  });
});
