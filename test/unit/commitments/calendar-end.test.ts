// The calendar is not asked for beside an end date the checklist earns (audit12, finding 8: « Calendrier » missing
// next to « ✓ Une date de fin »): the pane, the reports and the command line read one `missing`.
import { analyze } from '../../../src/core/analyze';
import { fromPlainText } from '../../../src/core/source';

const first = (text: string, lang: 'fr' | 'en') =>
  analyze(fromPlainText(text, { markdown: true }), { lang }).commitments[0];

describe('the calendar and the end date', () => {
  it.each([
    [
      'fr',
      "## Engagement 1 : Publier le registre\n\nLe registre sera en ligne à l'échéance du plan, fin 2025.\n\n**Jalons :**\n\n- Rédaction du décret\n- Ouverture du registre\n",
    ],
    [
      'en',
      '## Commitment 1: Open the register\n\nThe register is online by the end of the plan in 2025.\n\n**Milestones:**\n\n- Draft the regulation\n- Open the register\n',
    ],
  ] as const)('an end date in the text, milestones undated (%s): the calendar is not missing', (lang, text) => {
    const c = first(text, lang);
    expect(c.fields.milestones?.every((m) => m.date === undefined)).toBe(true);
    expect(c.checklist.find((i) => i.id === 'end-date')?.earned).toBe(true);
    expect(c.missing).not.toContain('calendar');
  });

  it('no end date anywhere: the calendar is asked for', () => {
    const c = first('## Engagement 1 : Publier le registre\n\nLe ministère publiera le registre.\n', 'fr');
    expect(c.checklist.find((i) => i.id === 'end-date')?.earned).toBe(false);
    expect(c.missing).toContain('calendar');
  });
});
