// Nothing the user wrote is overwritten unasked: --out is never one of a command's inputs, `template` and
// `updates-template` replace a file only with --force, a template is a .docx, and --previous says what it takes.
import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, runCli, tempDir } from './helpers';

const PLAN = join(FIXTURES, 'plan-fr.md');
const EN = { LANG: 'en_US.UTF-8' };

/** A folder with a copy of the French plan, and the bytes each file holds now. */
function workspace(): { dir: string; plan: string; before: () => Record<string, string> } {
  const dir = tempDir('jalon-safe-');
  const plan = join(dir, 'plan.md');
  copyFileSync(PLAN, plan);
  const snapshot = () =>
    Object.fromEntries(
      readdirSync(dir).map((f) => [
        f,
        statSync(join(dir, f)).isDirectory() ? 'dir' : readFileSync(join(dir, f), 'latin1'),
      ]),
    );
  return { dir, plan, before: snapshot };
}

describe('--out is never one of the inputs', () => {
  it('check: the draft itself, under its name, through a link or a hard link, or found in a folder', async () => {
    const { dir, plan, before } = workspace();
    symlinkSync(plan, join(dir, 'lien.md'));
    linkSync(plan, join(dir, 'meme.md'));
    const files = before();
    for (const [out, paths, input] of [
      [plan, [plan], undefined],
      [join(dir, 'lien.md'), [plan], plan],
      [join(dir, 'meme.md'), [plan], plan],
      [plan, [dir], undefined],
      [`${dir}/./plan.md`, [plan], plan],
    ] as const) {
      const r = await runCli(['check', '--format', 'md', '--out', out, ...paths]);
      expect(r.code).toBe(2);
      const same = input ? ` (c’est ${input})` : '';
      expect(r.stderr).toBe(
        `jalon : ${out} : --out désigne un fichier que cette commande lit${same} ; Jalon ne l’écrase pas. Donnez un autre nom à --out (rien n’a été écrit)\n`,
      );
      expect(before()).toEqual(files); // no report, no partial file left
    }
  });

  it('check: the house rules and either file of --compare; in English too', async () => {
    const { dir, plan, before } = workspace();
    const rules = join(dir, 'regles.json');
    writeFileSync(rules, JSON.stringify({ rules: { 'vague-term': { severity: 'error' } } }));
    const v2 = join(dir, 'v2.md');
    copyFileSync(join(FIXTURES, 'plan-fr-v2.md'), v2);
    const files = before();
    for (const args of [
      ['check', '--rules', rules, '--out', rules, plan],
      ['check', '--compare', '--out', plan, plan, v2],
      ['check', '--compare', '--format', 'md', '--out', v2, plan, v2],
    ]) {
      const r = await runCli(args, EN);
      expect(r.code).toBe(2);
      const out = args[args.indexOf('--out') + 1];
      expect(r.stderr).toBe(
        `jalon: ${out}: --out names a file this command reads; Jalon does not overwrite it. Give --out another name (nothing was written)\n`,
      );
      expect(before()).toEqual(files);
    }
  });

  it('check may replace its earlier report, in the folder it reviews', async () => {
    const { dir } = workspace();
    const report = join(dir, 'rapport.md');
    expect((await runCli(['check', '--format', 'md', '--out', report, dir])).code).toBeLessThan(2);
    writeFileSync(report, readFileSync(report, 'utf8').replace('## Synthèse', '## Synthèse\n\nAncienne version.'));
    const again = await runCli(['check', '--format', 'md', '--out', report, dir]);
    expect(again.code).toBeLessThan(2);
    expect(readFileSync(report, 'utf8')).not.toContain('Ancienne version.');
    expect(readFileSync(report, 'utf8')).not.toContain('rapport.md'); // not reviewed as a draft either
  });

  it('updates-template: the plan, the sheet of --previous, or the plan.json in its folder, even with --force', async () => {
    const { dir, plan, before } = workspace();
    const sheet = join(dir, 'suivi.csv');
    expect((await runCli(['updates-template', plan, '--out', sheet])).code).toBe(0);
    const site = join(dir, 'site');
    mkdirSync(site);
    writeFileSync(join(site, 'plan.json'), '{}');
    const files = before();
    for (const [out, previous] of [
      [plan, undefined],
      [sheet, sheet],
      [join(site, 'plan.json'), site],
    ] as const) {
      const args = ['updates-template', plan, '--out', out, '--force', ...(previous ? ['--previous', previous] : [])];
      const r = await runCli(args);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(
        `jalon : ${out} : --out désigne un fichier que cette commande lit ; Jalon ne l’écrase pas. Donnez un autre nom à --out (rien n’a été écrit)\n`,
      );
      expect(before()).toEqual(files);
      expect(readFileSync(join(site, 'plan.json'), 'utf8')).toBe('{}');
    }
  });
});

describe('template and updates-template replace a file only with --force', () => {
  it('template: a plan already there is kept, and replaced with --force', async () => {
    const { dir } = workspace();
    const docx = join(dir, 'mon-plan.docx');
    writeFileSync(docx, 'un plan rempli');
    const r = await runCli(['template', '--out', docx]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `jalon : ${docx} existe déjà et peut être un plan déjà rempli : Jalon ne le remplace pas. Choisissez un autre nom, ou ajoutez --force pour le remplacer (rien n’a été écrit)\n`,
    );
    expect(readFileSync(docx, 'utf8')).toBe('un plan rempli');
    const forced = await runCli(['template', '--out', docx, '--force']);
    expect(forced.code).toBe(0);
    expect([...readFileSync(docx).subarray(0, 2)]).toEqual([0x50, 0x4b]); // a zip: the template
    expect(readdirSync(dir).filter((f) => f.startsWith('.'))).toEqual([]); // no partial file left
  });

  it('updates-template: a sheet already there (maybe filled in) is kept, and replaced with --force', async () => {
    const { dir, plan } = workspace();
    const sheet = join(dir, 'rempli.csv');
    writeFileSync(sheet, 'id,period,status\nC01.1,2024-06,done\n');
    const r = await runCli(['updates-template', plan, '--out', sheet], EN);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `jalon: ${sheet} already exists and may be a follow-up sheet already filled in: Jalon does not replace it. Choose another name, or add --force to replace it (nothing was written)\n`,
    );
    expect(readFileSync(sheet, 'utf8')).toBe('id,period,status\nC01.1,2024-06,done\n');
    const forced = await runCli(['updates-template', plan, '--out', sheet, '--force']);
    expect(forced.code).toBe(0);
    expect(readFileSync(sheet, 'utf8')).toMatch(/^\ufeffengagement;jalon;/);
  });

  it('each command’s help says so', async () => {
    for (const command of ['template', 'updates-template']) {
      const oneLine = (s: string) => s.replace(/\s+/g, ' ');
      expect(oneLine((await runCli(['help', command])).stdout)).toContain(
        '--force remplacer le fichier --out s’il existe (sans --force, Jalon ne remplace jamais un fichier)',
      );
      expect(oneLine((await runCli(['help', command], EN)).stdout)).toContain(
        '--force replace the --out file if it exists (without --force, Jalon never replaces a file)',
      );
    }
  });
});

it('template: a file not named .docx is refused, and nothing is written', async () => {
  const { dir } = workspace();
  for (const name of ['modele.md', 'modele.doc', 'modele']) {
    const out = join(dir, name);
    const r = await runCli(['template', '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `jalon : ${out} : le modèle est un document Word ; nommez-le en .docx, par exemple --out plan.docx (rien n’a été écrit)\n`,
    );
    expect(existsSync(out)).toBe(false);
  }
  expect((await runCli(['template', '--out', join(dir, 'PLAN.DOCX')])).code).toBe(0);
});

it('updates-template --previous given a plan says what --previous takes, in one line', async () => {
  const { dir, plan } = workspace();
  const v2 = join(dir, 'v2.md');
  copyFileSync(join(FIXTURES, 'plan-fr-v2.md'), v2);
  const out = join(dir, 'x.csv');
  const r = await runCli(['updates-template', v2, '--previous', plan, '--out', out]);
  expect(r.code).toBe(2);
  expect(r.stderr).toBe(
    `jalon : ${plan} : --previous attend le plan.json d’un site publié (ou le dossier du site) ou une feuille de suivi .csv déjà écrite, pas un plan (rien n’a été écrit)\n`,
  );
  expect(existsSync(out)).toBe(false);
  // A sheet Excel saved as Unicode text (.txt) is still read as a sheet.
  const sheet = join(dir, 'suivi.csv');
  expect((await runCli(['updates-template', plan, '--out', sheet])).code).toBe(0);
  const txt = join(dir, 'suivi.txt');
  copyFileSync(sheet, txt);
  const again = await runCli(['updates-template', v2, '--previous', txt, '--out', out], EN);
  expect(again.stderr).not.toContain('--previous');
  expect(again.code).toBe(0);
});
