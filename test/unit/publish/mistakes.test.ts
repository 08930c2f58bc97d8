// Mistakes a user makes with publish's inputs, each said once, for what it is: a feedback file given as a
// follow-up sheet (and the converse), a date written as asked that is not in the calendar, and the tip for a
// period Excel turns into a date, which shows the apostrophe to type.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { dayMistake, isDay, isPeriod, problemLine } from '../../../src/core';
import { periodMistake } from '../../../src/core/tracking/dates';
import { sortOutSwapped } from '../../../src/core/tracking/prepare';
import { DECEMBER, FEEDBACK, FEEDBACK_HEADER, JUNE, PLAN, TODAY, runCli, sheet, workspace } from './helpers';

jest.setTimeout(60_000);

const FR = { LANG: 'fr_FR.UTF-8' };
const EN = { LANG: 'en_US.UTF-8' };

describe('a feedback file and a follow-up sheet swapped', () => {
  it('each is said once, as the other kind, with the option to give it with', async () => {
    const args = ['publish', PLAN, '--updates', FEEDBACK, '--feedback', JUNE, '--today', TODAY, '--check'];
    const fr = await runCli(args, FR);
    expect(fr.code).toBe(1);
    expect(fr.stderr).toBe(
      [
        `jalon : ${FEEDBACK} : ce fichier a les colonnes des avis (date, author_type, text, response, response_date), pas celles d’une feuille de suivi : donnez-le avec --feedback, et avec --updates la feuille de suivi remplie`,
        `jalon : ${JUNE} : ce fichier a les colonnes d’une feuille de suivi (period, status, progress, evidence, challenges, updated), pas celles des avis : donnez-le avec --updates, et avec --feedback le fichier des avis`,
        'jalon : 2 problèmes dans les fichiers : rien n’a été écrit.',
        '',
      ].join('\n'),
    );
    const en = await runCli(args, EN);
    expect(en.stderr).toContain(`jalon: ${FEEDBACK}: this file has the columns of feedback`);
    expect(en.stderr).not.toMatch(/is missing/);
  });

  it('only the swapped one is said; the other sheets are read as they are', async () => {
    const dir = workspace();
    const bad = sheet(dir, 'mauvaise.csv', [{ id: 'C09.1', period: '2025-01', status: 'complete', progress: 'Fait.' }]);
    const r = await runCli(['publish', PLAN, '--updates', JUNE, FEEDBACK, bad, '--today', TODAY, '--check'], FR);
    const lines = r.stderr.trim().split('\n');
    expect(lines.filter((l) => l.includes('colonnes des avis'))).toHaveLength(1);
    expect(lines.some((l) => l.startsWith(`jalon : ${bad}, ligne 2`))).toBe(true);
    expect(lines.some((l) => l.includes('manque'))).toBe(false);
  });

  it('a sheet with neither kind’s columns, or with its own kind’s, is kept for its own problems', () => {
    const table = (header: string[]) => ({ file: 'f.csv', header, rows: [] });
    const neither = table(['plan', 'commitment_id', 'deadline']);
    const updates = table(['id', 'period', 'status', 'text']);
    const feedback = table(['id', 'date', 'text', 'response', 'period']);
    expect(sortOutSwapped([neither, updates], 'updates')).toEqual({ kept: [neither, updates], problems: [] });
    expect(sortOutSwapped([feedback], 'feedback')).toEqual({ kept: [feedback], problems: [] });
    expect(sortOutSwapped([feedback], 'updates').problems.map((p) => p.code)).toEqual(['feedbackAsUpdates']);
    expect(sortOutSwapped([updates], 'feedback').problems.map((p) => p.code)).toEqual(['updatesAsFeedback']);
  });
});

describe('a date written as asked that is not in the calendar', () => {
  it('--today: said not to exist, with the month’s days, not asked again for its form', async () => {
    const run = (today: string, env = FR) => runCli(['publish', PLAN, '--check', '--today', today], env);
    const feb = await run('2025-02-30');
    expect(feb.code).toBe(2);
    expect(feb.stderr).toBe(
      'jalon : --today : le 2025-02-30 n’existe pas, les jours de ce mois vont de 01 à 28 ; donnez un jour du calendrier, AAAA-MM-JJ\n',
    );
    expect((await run('2024-02-30', EN)).stderr).toBe(
      'jalon: --today: 2024-02-30 does not exist, the days of this month go from 01 to 29; give a day of the calendar, YYYY-MM-DD\n',
    );
    expect((await run('2025-13-01')).stderr).toContain('le 2025-13-01 n’existe pas, les mois vont de 01 à 12');
    expect((await run('2025-04-00')).stderr).toContain('les jours de ce mois vont de 01 à 30');
    // Another form is asked for in the form wanted.
    expect((await run('01/03/2025')).stderr).toBe(
      'jalon : --today attend une date AAAA-MM-JJ, par exemple 2024-03-15 (reçu : 01/03/2025)\n',
    );
  });

  it('a day or a period: its mistake is the form only when the form is wrong (property)', () => {
    const digits = (n: number) => fc.integer({ min: 0, max: 10 ** n - 1 }).map((v) => String(v).padStart(n, '0'));
    fc.assert(
      fc.property(digits(4), digits(2), digits(2), fc.boolean(), (y, m, d, asPeriod) => {
        const text = asPeriod ? `${y}-${m}` : `${y}-${m}-${d}`;
        const mistake = asPeriod ? periodMistake(text) : dayMistake(text);
        expect(mistake === undefined).toBe(asPeriod ? isPeriod(text) : isDay(text));
        if (mistake) expect(mistake.code).not.toMatch(/^bad/);
        // The days said are the month's: its last is a day, the one after it is not.
        if (mistake?.code === 'noSuchDay') {
          const days = Number(mistake.vars.days);
          expect(isDay(`${y}-${m}-${String(days).padStart(2, '0')}`)).toBe(true);
          expect(isDay(`${y}-${m}-${String(days + 1).padStart(2, '0')}`)).toBe(false);
        }
      }),
    );
    expect(dayMistake('31/01/25')?.code).toBe('badDay');
    expect(periodMistake('début 2025')?.code).toBe('badPeriod');
  });

  it('a sheet’s cells: the period’s month, the update’s day, the feedback’s dates', async () => {
    const dir = workspace();
    const f = sheet(dir, 'dates.csv', [
      { id: 'C01.3', period: '2025-13', status: 'complete', progress: 'Fait.', updated: '2025-01-31' },
      { id: 'C02.2', period: '2025-01', status: 'complete', progress: 'Fait.', updated: '2025-02-29' },
    ]);
    const r = await runCli(['publish', PLAN, '--updates', f, '--today', TODAY, '--check'], FR);
    expect(r.stderr).toContain(
      `jalon : ${f}, ligne 2, colonne G (period) : « 2025-13 » n’existe pas : les mois vont de 01 à 12 (AAAA-MM, par exemple 2024-03)`,
    );
    expect(r.stderr).toContain(
      `jalon : ${f}, ligne 3, colonne L (updated) : « 2025-02-29 » n’existe pas : les jours de ce mois vont de 01 à 28`,
    );
    const avis = join(dir, 'avis-dates.csv');
    writeFileSync(avis, [FEEDBACK_HEADER, 'C01,2025-04-31,citoyen,Un avis.,Une réponse.,2025-13-02'].join('\r\n'));
    const fb = await runCli(['publish', PLAN, '--updates', JUNE, '--feedback', avis, '--today', TODAY, '--check'], EN);
    expect(fb.stderr).toContain(
      `jalon: ${avis}, line 2, column B (date): "2025-04-31" does not exist: the days of this month go from 01 to 30`,
    );
    expect(fb.stderr).toContain(
      `jalon: ${avis}, line 2, column F (response_date): "2025-13-02" does not exist: the months go from 01 to 12`,
    );
  });
});

describe('the tip for a period Excel turns into a date', () => {
  it('shows the straight apostrophe to type, at the end of the line where nothing can be taken for part of it', () => {
    for (const lang of ['fr', 'en'] as const) {
      const line = problemLine({ file: 's.csv', row: 2, column: 6, code: 'badPeriod', vars: { value: '3/24' } }, lang);
      expect(line).not.toContain('’2024');
      expect(line.endsWith(" '2024-03")).toBe(true);
    }
  });

  it('typed as shown, the period is one (what Excel keeps of it: the text after the apostrophe)', async () => {
    const dir = workspace();
    const tip = problemLine({ file: 's.csv', code: 'badPeriod', vars: { value: 'x' } }, 'fr');
    const typed = tip.slice(tip.lastIndexOf(' ') + 1);
    expect(typed.startsWith("'")).toBe(true);
    const f = sheet(dir, 'suivi.csv', [{ id: 'C01.3', period: typed.slice(1), status: 'complete', progress: 'Fait.' }]);
    expect((await runCli(['publish', PLAN, '--updates', f, DECEMBER, '--today', TODAY, '--check'], FR)).code).toBe(0);
  });
});
