// The command line says what it does with what it is given: a draft reviewed in a language --lang forced on it,
// reports of its own met in a folder, and a wrong --jobs, each in the user's language.
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { WorkerScript } from '../../../src/cli/threads';
import { FIXTURES, runCli, tempDir } from './helpers';

// Each case runs the command line three times, with reader threads in one: seconds on a loaded machine.
jest.setTimeout(60_000);

const FR = join(FIXTURES, 'plan-fr.md');
const EN_PLAN = join(FIXTURES, 'plan-en.md');
const ROOT = join(__dirname, '../../..');

/** A reader thread running the sources (the bundle's reader.cjs is what ships): tsx compiles them in the thread. */
function sourceReader(): WorkerScript {
  const file = join(tempDir('jalon-reader-'), 'reader.cjs');
  writeFileSync(
    file,
    `require(${JSON.stringify(require.resolve('tsx/cjs', { paths: [ROOT] }))});\nrequire(${JSON.stringify(join(ROOT, 'src/cli/reader.ts'))});\n`,
  );
  return { file };
}

describe('--text-lang forces the language a text is reviewed in: a draft in the other language is said', () => {
  // In the run's language, which --lang sets (the messages'; --text-lang sets the review's).
  const warning = (file: string) =>
    `jalon: ${file}: this text seems to be written in French; it is read as English as --text-lang asks (without --text-lang, Jalon reads each text in its own language)\n`;

  it.each([
    ['--jobs 1', ['--jobs', '1'], undefined],
    ['--jobs 2 (reader threads)', ['--jobs', '2'], sourceReader()],
  ])('once per such draft, on stderr only (%s)', async (_, jobs, worker) => {
    const args = ['check', '--format', 'json', ...jobs, FR, EN_PLAN, FR.replace('plan-fr', 'plan-fr-v2')];
    const forced = await runCli(
      [args[0], '--lang', 'en', '--text-lang', 'en', ...args.slice(1)],
      { LANG: 'fr_FR.UTF-8' },
      false,
      worker,
    );
    expect(forced.stderr).toBe(warning(FR) + warning(FR.replace('plan-fr', 'plan-fr-v2')));
    // The report is the one --lang en gave before --text-lang: reviewed in English, nothing of the warning in it.
    const report = JSON.parse(forced.stdout) as { files: { file: string; language: string }[] };
    expect(report.files.map((f) => f.language)).toEqual(['en', 'en', 'en']);
    expect(forced.stdout).not.toContain('semble écrit');
    // Nothing to say when the language is the text's own, or not forced.
    const own = await runCli(
      [args[0], '--lang', 'fr', '--text-lang', 'fr', ...args.slice(1)],
      { LANG: 'fr_FR.UTF-8' },
      false,
      worker,
    );
    expect(own.stderr).toBe(
      `jalon : ${EN_PLAN} : ce texte semble écrit en anglais ; il est lu en français comme demandé par --text-lang (sans --text-lang, Jalon lit chaque texte dans sa langue)\n`,
    );
    expect((await runCli(args, { LANG: 'fr_FR.UTF-8' }, false, worker)).stderr).toBe('');
  });

  it('in the language --lang gives, as the run’s other messages, whatever LANG says; also for --compare', async () => {
    const r = await runCli(['check', '--compare', '--lang', 'fr', '--text-lang', 'fr', EN_PLAN, FR], {
      LANG: 'en_US.UTF-8',
    });
    expect(r.stdout).toMatch(/^Comparaison de deux versions/);
    expect(r.stderr).toBe(
      `jalon : ${EN_PLAN} : ce texte semble écrit en anglais ; il est lu en français comme demandé par --text-lang (sans --text-lang, Jalon lit chaque texte dans sa langue)\n`,
    );
  });
});

describe('updates-template and publish say it too, with the same words, in the run’s language', () => {
  const PUBLISH = join(__dirname, '../../fixtures/publish');
  const PLAN_FR = join(PUBLISH, 'plan-fr.md');
  const PLAN_EN = join(PUBLISH, 'us-plan-sample.md');

  it('updates-template: a French plan read as English, said once in English; nothing said for its own language', async () => {
    const dir = tempDir('jalon-lang-');
    const out = join(dir, 'suivi.csv');
    // --text-lang sets the plan's language, --lang the messages', as in `check` (since the thirteenth session).
    const r = await runCli(['updates-template', PLAN_FR, '--text-lang', 'en', '--lang', 'en', '--out', out], {
      LANG: 'fr_FR.UTF-8',
    });
    expect(r.code).toBe(0);
    expect(r.stderr.split('\n')[0]).toBe(
      `jalon: ${PLAN_FR}: this text seems to be written in French; it is read as English as --text-lang asks (without --text-lang, Jalon reads each text in its own language)`,
    );
    const own = await runCli(['updates-template', PLAN_FR, '--lang', 'fr', '--out', out, '--force']);
    expect(own.stderr).not.toContain('semble écrit');
  });

  it('publish (and --check): an English plan read as French, said in French', async () => {
    const dir = tempDir('jalon-lang-');
    for (const extra of [['--check'], ['--out', join(dir, 'site')]]) {
      const r = await runCli(
        ['publish', PLAN_EN, '--text-lang', 'fr', '--lang', 'fr', '--today', '2025-03-01', ...extra],
        { LANG: 'en_US.UTF-8' },
      );
      expect(r.stderr.split('\n')[0]).toBe(
        `jalon : ${PLAN_EN} : ce texte semble écrit en anglais ; il est lu en français comme demandé par --text-lang (sans --text-lang, Jalon lit chaque texte dans sa langue)`,
      );
      expect(r.stderr.match(/semble écrit/g)).toHaveLength(1);
    }
    const own = await runCli(['publish', PLAN_EN, '--lang', 'en', '--check'], { LANG: 'en_US.UTF-8' });
    expect(own.stderr).not.toContain('seems to be written');
  });
});

describe('reports Jalon wrote are not reviewed as drafts', () => {
  it('left out of a folder, md and text, check and comparison, French and English; one note each', async () => {
    const dir = tempDir('jalon-reports-');
    const draft = join(dir, 'plan.md');
    copyFileSync(FR, draft);
    const reports = ['rapport.md', 'rapport.txt', 'report.md', 'report.txt', 'comparaison.md', 'comparison.txt'];
    const v2 = join(FIXTURES, 'plan-fr-v2.md');
    for (const [name, args] of [
      ['rapport.md', ['--format', 'md', dir]],
      ['rapport.txt', [dir]],
      ['report.md', ['--lang', 'en', '--format', 'md', dir]],
      ['report.txt', ['--lang', 'en', dir]],
      ['comparaison.md', ['--compare', '--format', 'md', FR, v2]],
      ['comparison.txt', ['--compare', '--lang', 'en', FR, v2]],
    ] as const) {
      const r = await runCli(['check', '--out', join(dir, name), ...args], { LANG: 'fr_FR.UTF-8' });
      expect(r.code).toBeLessThan(2);
    }
    // A draft that starts like a report, but is not one, is still reviewed.
    const lookalike = join(dir, 'revue.md');
    writeFileSync(lookalike, '# Revue des projets d’engagements\n\nLe ministère va renforcer la transparence.\n');
    const r = await runCli(['check', '--format', 'json', dir]);
    const json = JSON.parse(r.stdout) as { files: { file: string }[] };
    expect(json.files.map((f) => f.file)).toEqual([draft, lookalike]);
    expect(r.stderr).toBe(
      reports
        .sort((a, b) => a.localeCompare(b))
        .map(
          (f) =>
            `jalon : ${join(dir, f)} : rapport écrit par Jalon, pas un projet : laissé de côté (nommez-le sur la ligne de commande pour le relire quand même)\n`,
        )
        .join(''),
    );
  });

  it('a report named on the command line is reviewed, with a note', async () => {
    const dir = tempDir('jalon-reports-');
    const report = join(dir, 'report.md');
    await runCli(['check', '--format', 'md', '--out', report, FR]);
    const r = await runCli(['check', '--format', 'json', report], { LANG: 'en_US.UTF-8' });
    expect((JSON.parse(r.stdout) as { files: { file: string }[] }).files.map((f) => f.file)).toEqual([report]);
    expect(r.stderr).toBe(`jalon: ${report}: a report Jalon wrote, not a draft: reviewed anyway, since it is named\n`);
    // A folder holding only reports has no draft: said as such, without an error of its own.
    const only = await runCli(['check', dir]);
    expect(only.code).toBe(2);
    expect(only.stderr).toContain('laissé de côté');
  });
});

it('a wrong --jobs is said wholly in the user’s language', async () => {
  for (const v of ['0', 'abc', '-1']) {
    const fr = await runCli(['check', '--jobs', v, FR]);
    expect(fr.code).toBe(2);
    expect(fr.stderr).toBe(`erreur : --jobs <n> attend un nombre entier positif ; reçu « ${v} »\n`);
    const en = await runCli(['check', '--jobs', v, FR], { LANG: 'en_US.UTF-8' });
    expect(en.code).toBe(2);
    expect(en.stderr).toBe(`error: --jobs <n> expects a positive whole number; got "${v}"\n`);
  }
});
