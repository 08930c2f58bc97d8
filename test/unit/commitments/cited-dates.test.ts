// Neither a report's year nor the commitment's calendar is a milestone's due date (audit12, finding 16): "OMB's
// 2021 report to Congress" would put a milestone before the plan began (overdue on the site), and a calendar line
// written under the milestones ("Start and end: 1 January 2021 to 30 September 2022") is no milestone.
import { readMd } from './helpers';

describe('a year that names a document', () => {
  it('is no due date: the sentence that cites it is no milestone', () => {
    const [c] = readMd(
      [
        '# Open Government National Action Plan 2022-2024',
        '',
        '## Commitment 1: Federal Program Inventory',
        '',
        "The Administration is committed to advancing the Federal Program Inventory efforts as outlined in the Office of Management and Budget's 2021 [report to Congress](https://www.whitehouse.gov/report.pdf).",
        '',
        'The Administration will publish the inventory guidance by June 2023.',
      ].join('\n'),
      'en',
    );
    expect(c.fields.milestones?.map((m) => [m.text.slice(0, 40), m.date])).toEqual([
      ['The Administration will publish the inve', '2023-06'],
    ]);
  });

  it('in a milestone list, in French and English, its deadline is another date of the line or none', () => {
    const [c] = readMd(
      [
        '# Plan d’action national 2022-2024',
        '',
        '## Engagement 1 : Données ouvertes',
        '',
        '**Jalons :**',
        '',
        '- Publier les suites données au rapport 2021 de la Cour des comptes – juin 2023 – DINUM',
        '- Mettre en œuvre les recommandations du rapport annuel de 2021',
        '- Publier le bilan 2023 en mars 2024',
      ].join('\n'),
    );
    expect(c.fields.milestones?.map((m) => m.date)).toEqual(['2023-06', undefined, '2024-03']);
  });
});

describe('a calendar line under the milestones', () => {
  it('is the commitment’s calendar, not a milestone', () => {
    const [c] = readMd(
      [
        '# Open Government National Action Plan 2021-2023',
        '',
        '## Commitment 2: Review of the Regulation of Lobbying Act 2015',
        '',
        '**Milestones:**',
        '',
        '- Draft Heads of a Bill in accordance with Government approval. DPER / AG. Q4 2021',
        '- Introduction of the Bill to the Oireachtas by 30 September 2022.',
        '',
        '**Start and end:** 1 January 2021 to 30 September 2022',
      ].join('\n'),
      'en',
    );
    expect(c.fields.milestones?.map((m) => m.date)).toEqual(['2021-Q4', '2022-09-30']);
    expect(c.fields.calendar?.text).toBe('1 January 2021 to 30 September 2022');
    expect(c.missing).not.toContain('calendar');
    // A milestone with a start and an end stays a milestone.
    const [pilot] = readMd(
      [
        '# Open Government National Action Plan 2021-2023',
        '',
        '## Commitment 1: Open contracting',
        '',
        '**Milestones:**',
        '',
        '- Pilot the register with three departments from January 2022 to June 2022.',
      ].join('\n'),
      'en',
    );
    expect(pilot.fields.milestones?.map((m) => m.date)).toEqual(['2022-06']);
  });
});
