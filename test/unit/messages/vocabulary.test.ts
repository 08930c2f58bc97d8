// One vocabulary for the pane, the reports and Word's comments (audit13, findings 15, 16, 18): what a French
// civil servant reads in one place is called the same in the other, and nothing Jalon writes in a plan reads as a
// milestone (« Jalon 1.1 »).
import { cli, findings, pane } from '../../../src/core/messages';
import { translator } from '../../../src/taskpane/i18n';

const fold = (s: string) => s.toLocaleLowerCase('fr').replace(/s\b/g, '');

describe.each(['fr', 'en'] as const)('%s', (lang) => {
  test('the pane names each check as the reports do', () => {
    for (const id of ['vague-term', 'missing-field'] as const) {
      const report = fold(findings[lang][id].name as string);
      expect(fold(pane[lang].rules[id])).toContain(report);
    }
    expect(pane[lang].check.notYet).not.toMatch(/ternes/);
  });

  test('severity and level read the same in pane and reports', () => {
    expect(cli[lang].severities.info.toLocaleLowerCase()).toBe(pane[lang].severity.info.toLocaleLowerCase());
    for (const level of ['low', 'medium', 'high'] as const)
      expect(cli[lang].levels[level]).toBe(pane[lang].level[level]);
  });

  test('a comment Jalon inserts does not open on « Jalon – »', () => {
    const t = translator(lang);
    const comment = t('review.question', { message: 'Quel est le coût ?', note: '' });
    expect(comment).not.toMatch(/^Jalon\s*[–-]/);
    expect(comment).toContain('Quel est le coût ?');
    // After a commitment's title (« Engagement 2 : … »), no second colon run.
    expect(t('review.questionFor', { where: 'Engagement 2 : Titre', question: comment })).not.toMatch(/Titre :/);
  });

  test('no re-read paragraph is said as such, not as « 0 paragraphe réanalysé »', () => {
    const t = translator(lang);
    expect(t('check.updated', { count: 0 })).not.toMatch(/\b0\b/);
    expect(t('check.updated', { count: 2 })).toMatch(/\b2\b/);
  });
});

test('French wordings a reader understands', () => {
  expect(cli.fr.help.jobs).not.toMatch(/fil d’exécution/);
  expect(findings.fr['vague-term'].participle).not.toMatch(/de combien/);
});
