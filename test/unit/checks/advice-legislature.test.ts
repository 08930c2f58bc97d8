// The accountability field names the legislature of the plan's country, as the date reading finds it
// (dates/conventions.ts): a US plan reports to Congress, a Canadian plan to Parliament (in French « Parlement », its
// finance committee the House of Commons', not Quebec's « Assemblée nationale »), a French plan and a plan of unknown
// country as before (issue 16).
import { analyze, fromPlainText, type Finding, type Lang } from '../../../src/core';

const PROCUREMENT = {
  fr: `## Engagement 1 : Ouvrir les données de la commande publique

Les acheteurs publics publieront les données essentielles de leurs marchés publics.
`,
  en: `## Commitment 1: Open public procurement data

Public buyers will publish the key data of their public contracts.
`,
};

const LOBBYING = `## Commitment 1: Lobbying transparency

Designated public officials will file their meetings with lobbyists in the lobbying register.
`;

function accountability(plan: string, lang: Lang): Finding {
  const a = analyze(fromPlainText(plan, { markdown: true }), { lang, earlierPlans: null });
  return a.findings.find((f) => f.ruleId === 'missing-field' && f.data?.field === 'accountability')!;
}
const said = (f: Finding) => [f.message, f.note ?? '', ...f.expected].join('\n');

describe('the legislature progress is reported to', () => {
  it('a US plan: Congress, in the question and the example', () => {
    const f = accountability(
      `# United States Open Government National Action Plan 2022-2024\n\n${PROCUREMENT.en}`,
      'en',
    );
    expect(f.message).toBe('Who reports on progress, to whom (Congress, civil society), and how often?');
    expect(f.expected[0]).toContain('appropriations committees of Congress');
    expect(said(f)).not.toMatch(/parliament/i);
  });

  it('a US plan whose title names no country: its opening does', () => {
    const plan = `December 2022\n\n## Introduction\n\nThe United States has led open government since 2011.\n\n${PROCUREMENT.en}`;
    expect(accountability(plan, 'en').message).toContain('(Congress, civil society)');
  });

  it('an example modelled on another country’s commitment names Congress in a US plan, Parliament elsewhere', () => {
    const us = accountability(`# United States Open Government National Action Plan 2024-2026\n\n${LOBBYING}`, 'en');
    expect(us.expected[0]).toMatch(/^The regulator’s annual report to Congress, published online\./);
    const uk = accountability(`# United Kingdom Open Government National Action Plan 2024-2026\n\n${LOBBYING}`, 'en');
    expect(uk.expected[0]).toMatch(/^The regulator’s annual report to Parliament, published online\./);
  });

  it('a Canadian plan in French: « Parlement », the House of Commons’ finance committee', () => {
    const f = accountability(
      `# Plan d’action national du Canada pour un gouvernement ouvert 2022-2024\n\n${PROCUREMENT.fr}`,
      'fr',
    );
    expect(f.message).toBe('Qui rend compte de l’avancement, à qui (Parlement, société civile) et à quel rythme ?');
    expect(f.expected[0]).toContain('Comité permanent des finances de la Chambre des communes');
    expect(said(f)).not.toContain('Assemblée nationale');
  });

  it('a French plan, and a plan of unknown country: the words of today', () => {
    const fr = accountability(`# Plan d’action national pour la France 2024-2026\n\n${PROCUREMENT.fr}`, 'fr');
    expect(fr.message).toBe('Qui rend compte de l’avancement, à qui (Parlement, société civile) et à quel rythme ?');
    expect(fr.expected[0]).toContain('commission des finances de l’Assemblée nationale');
    const unknown = accountability(`# Open Government National Action Plan 2024-2026\n\n${PROCUREMENT.en}`, 'en');
    expect(unknown.message).toBe('Who reports on progress, to whom (Parliament, civil society), and how often?');
    expect(unknown.expected[0]).toContain("Parliament's finance committee");
  });
});
