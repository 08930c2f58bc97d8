// Over 400 lines: one command's behaviour end to end, case by case; each case is short and stands alone.
// `jalon check` end to end, in process: formats, exit codes, errors on stderr, languages, folders, progress.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readerWanted } from '../../../src/cli/threads';
import { jsonLines } from '../../../src/core';
import { docxFromXml, FIXTURES, p, plainSpaces, runCli, tempDir } from './helpers';

const fr = join(FIXTURES, 'plan-fr.md');
const en = join(FIXTURES, 'plan-en.md');
const notes = join(FIXTURES, 'notes.txt');

interface JsonReport {
  files: {
    file: string;
    language: string;
    findings: {
      ruleId: string;
      severity: string;
      start: number;
      end: number;
      actual: string;
      paragraph: number;
      paragraphOffset: number;
      line: number;
      column: number;
      noteRef?: unknown;
    }[];
    commitments: {
      index: number;
      title: string;
      start: number;
      end: number;
      fields: Record<string, unknown>;
      missing: string[];
      score: number;
      maxScore: number;
      level: string;
      verifiable: boolean;
      lens: string[];
      why: { summary: string; reasons: string[] };
    }[];
  }[];
  errors: { file: string; code: string; reason: string }[];
}

describe('jalon check', () => {
  it('json: files, findings with offsets into the text as read, commitments', async () => {
    const r = await runCli(['check', '--format', 'json', fr, en]);
    const json = JSON.parse(r.stdout) as JsonReport;
    expect(json.files.map((f) => [f.file, f.language])).toEqual([
      [fr, 'fr'],
      [en, 'en'],
    ]);
    const text = readFileSync(fr, 'utf8');
    const lines = text.split('\n');
    for (const f of json.files[0].findings) {
      expect(text.slice(f.start, f.end)).toBe(f.actual);
      // Lines and columns are the file's, also inside a paragraph wrapped over several lines.
      const first = f.actual.split('\n')[0];
      expect(lines[f.line - 1].slice(f.column - 1, f.column - 1 + first.length)).toBe(first);
    }
    // The paragraph wrapped mid-sentence in the fixture is one paragraph: its vague terms are found on both lines.
    const wrapped = json.files[0].findings.filter(
      (f) => f.paragraph === json.files[0].findings.find((g) => /favoriser/.test(g.actual))?.paragraph,
    );
    expect(new Set(wrapped.map((f) => f.line)).size).toBe(2);
    expect(json.files[0].findings.some((f) => f.ruleId === 'vague-term' && /renforcer/i.test(f.actual))).toBe(true);
    const c = json.files[0].commitments;
    expect(c.map((x) => x.index)).toEqual([0, 1, 2]);
    expect(Object.keys(c[0]).sort()).toEqual(
      [
        'end',
        'fields',
        'index',
        'lens',
        'level',
        'maxScore',
        'missing',
        'score',
        'start',
        'title',
        'verifiable',
        'verifiableReason',
        'why',
      ].sort(),
    );
    // Issue 13: beside level and score, what the IRM asks first, and why.
    expect(typeof c[0].verifiable).toBe('boolean');
    expect(Array.isArray(c[0].lens)).toBe(true);
    expect(c[0].why.summary).toMatch(/Précision/);
    expect(c[0].title).toMatch(/marchés publics/);
    expect(c[1].missing).toEqual(expect.arrayContaining(['indicator', 'cost']));
    expect(c[0].score).toBeGreaterThan(c[1].score);
    expect(r.code).toBe(json.files.some((f) => f.findings.some((x) => x.severity === 'error')) ? 1 : 0);
  });

  it('.docx findings carry paragraph index and offset into the paragraphs joined by "\\n"', async () => {
    const dir = tempDir();
    const file = join(dir, 'brouillon.docx');
    const body =
      p('Engagement 1 : Renforcer la transparence', '<w:pStyle w:val="Heading2"/>') +
      '<w:p><w:r><w:t xml:space="preserve">Le ministère va </w:t></w:r><w:del w:id="1" w:author="A"><w:r><w:delText>publier</w:delText></w:r></w:del><w:ins w:id="2" w:author="A"><w:r><w:t>promouvoir</w:t></w:r></w:ins><w:r><w:t xml:space="preserve"> les données.</w:t></w:r></w:p>';
    writeFileSync(file, docxFromXml({ body }));
    const json = JSON.parse((await runCli(['check', '--format', 'json', '--lang', 'fr', file])).stdout) as JsonReport;
    const joined = 'Engagement 1 : Renforcer la transparence\nLe ministère va promouvoir les données.';
    const promote = json.files[0].findings.find((f) => f.actual === 'promouvoir');
    expect(promote).toMatchObject({ paragraph: 1, paragraphOffset: 16, start: joined.indexOf('promouvoir') });
    expect(json.files[0].findings.some((f) => f.actual === 'publier')).toBe(false);
    expect(readdirSync(dir)).toEqual(['brouillon.docx']); // nothing written beside the input
  });

  it('a finding inside a footnote says which note it is in', async () => {
    const file = join(tempDir(), 'notes.docx');
    const body =
      '<w:p><w:r><w:t>Le ministère publie le décret en mars 2018.</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r></w:p>';
    const footnotes =
      '<w:footnote w:id="1"><w:p><w:r><w:t>Il faudra renforcer le suivi.</w:t></w:r></w:p></w:footnote>';
    writeFileSync(file, docxFromXml({ body, footnotes }));
    const json = JSON.parse((await runCli(['check', '--format', 'json', file])).stdout) as JsonReport;
    const f = json.files[0].findings.find((x) => x.actual === 'renforcer');
    expect(f).toMatchObject({ paragraph: 1, paragraphOffset: 10, noteRef: { kind: 'footnote', id: '1' } });
    const text = plainSpaces((await runCli(['check', file])).stdout);
    expect(text).toMatch(/^notes\.docx \(fr\)/);
    expect(text).toMatch(/^ {4}« Il faudra renforcer le suivi\. » \(note 1\) {2}avertissement {2}Verbe flou /m);
  });

  it('every format renders; html is self-contained and print-ready', async () => {
    const out = tempDir();
    for (const format of ['text', 'json', 'md', 'html', 'sarif', 'csv']) {
      const file = join(out, `rapport.${format}`);
      const r = await runCli(['check', '--format', format, '--out', file, fr, en]);
      expect(r.stdout).toBe(''); // --out: nothing on stdout
      expect(readFileSync(file, 'utf8').length).toBeGreaterThan(100);
    }
    const html = plainSpaces(readFileSync(join(out, 'rapport.html'), 'utf8'));
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).not.toMatch(/(src|href)\s*=\s*["']?\s*(https?:)?\/\//i);
    expect(html).not.toMatch(/<script|<link|@import|url\(/i);
    expect(html).toMatch(/@media print/);
    expect(html).toContain('Publier les données des marchés publics');
    expect(html).toContain('Questions pour l’auteur');
    expect(html).not.toContain('Engagement 1 : Engagement 1');
    // The questions for engagement 2 ask for what it lacks, in the draft's language.
    const e2 = html.slice(html.indexOf('<h3>Engagement 2 :'), html.indexOf('<h3>Engagement 3 :'));
    expect(e2).toMatch(/<h4>Questions pour l’auteur<\/h4><ol><li>[^<]*indicateur/);
    expect(e2).toMatch(/<li>[^<]*coût/);
    expect(html).toContain('Synthèse');
    const md = readFileSync(join(out, 'rapport.md'), 'utf8');
    expect(md).toMatch(/^# Revue des projets/);
    expect(md).toMatch(/\| .*plan-fr\.md \| 2 \| Engagement 2 : Renforcer/);
    const csv = readFileSync(join(out, 'rapport.csv'), 'utf8')
      .replace(/^\ufeff/, '')
      .trim()
      .split('\r\n');
    expect(csv).toHaveLength(1 + 3 + 2); // header + one row per commitment
    expect(csv[0]).toMatch(
      /^Fichier;Langue;N°;Engagement;Précision;Précision en code anglais pour les scripts \(none \/ low \/ medium \/ high\);Points;Points possibles;/,
    );
    const sarif = JSON.parse(readFileSync(join(out, 'rapport.sarif'), 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    const run = sarif.runs[0];
    expect(run.artifacts.map((a: { location: { uri: string } }) => a.location.uri)).toEqual([fr, en]);
    const missing = run.tool.driver.rules.find((r: { id: string }) => r.id === 'missing-field');
    expect(missing.shortDescription.text).toBe('Champ manquant');
    expect(missing.fullDescription.text).toMatch(/indicateur, situation initiale, cible/);
    const vague = run.results.find((r: { ruleId: string }) => r.ruleId === 'vague-term');
    const region = vague.locations[0].physicalLocation.region;
    const frText = readFileSync(fr, 'utf8');
    expect(frText.slice(region.charOffset, region.charOffset + region.charLength)).toBe(region.snippet.text);
    const text = plainSpaces(readFileSync(join(out, 'rapport.text'), 'utf8'));
    // Under its commitment, where a reader finds it: the paragraph's first words and, in a text file, its line.
    expect(text).toMatch(/^ {4}« [^»]+ » \(ligne \d+\) {2}avertissement {2}Verbe flou {2}/m);
    expect(text).not.toMatch(/:\d+:\d+/);
    expect(text).toMatch(
      /^ {2}Engagement 2 : Renforcer .* — précision faible \(non vérifiable\) — grille de l’atelier : \d+\/21, .*à ajouter : .*coût/m,
    );
  });

  it('--out that cannot be written is said at once, before any draft is read; a report is replaced only whole', async () => {
    const dir = tempDir();
    const blocker = join(dir, 'fichier');
    writeFileSync(blocker, 'pas un dossier');
    const r = await runCli(['check', '--out', join(blocker, 'revue.json'), fr], { LANG: 'fr_FR' }, true);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      new RegExp(`^jalon : ${join(blocker, 'revue.json')} : impossible d’écrire le rapport \\(.*\\)\\n$`),
    );
    expect(r.stdout).toBe('');
    // The old report stays until the new one is written whole, and nothing else is left beside it.
    const report = join(dir, 'revue.json');
    writeFileSync(report, 'ancien');
    expect((await runCli(['check', '--out', report, fr, en])).code).toBe(0);
    expect(JSON.parse(readFileSync(report, 'utf8')).files).toHaveLength(2);
    expect(readdirSync(dir).sort()).toEqual(['fichier', 'revue.json']);
    // A report that cannot take its place (a folder has its name): said, and the partial file removed.
    const folder = join(dir, 'dossier.json');
    mkdirSync(folder);
    const blocked = await runCli(['check', '--out', folder, fr], { LANG: 'en_US' });
    expect(blocked.code).toBe(2);
    expect(blocked.stderr).toMatch(new RegExp(`^jalon: ${folder}: cannot write the report \\(.+\\)\\n$`));
    expect(readdirSync(dir).sort()).toEqual(['dossier.json', 'fichier', 'revue.json']);
    expect(readdirSync(folder)).toEqual([]);
  });

  it('--out FILE.html alone picks the format from the extension; --format wins', async () => {
    const out = tempDir();
    await runCli(['check', '--out', join(out, 'revue.html'), fr]);
    expect(readFileSync(join(out, 'revue.html'), 'utf8')).toMatch(/^<!DOCTYPE html>/);
    await runCli(['check', '--out', join(out, 'revue.csv'), fr]);
    expect(readFileSync(join(out, 'revue.csv'), 'utf8')).toMatch(/^\ufeffFichier;/);
    await runCli(['check', '--format', 'json', '--out', join(out, 'forced.html'), fr]);
    expect(() => JSON.parse(readFileSync(join(out, 'forced.html'), 'utf8'))).not.toThrow();
  });

  it('html escapes the author’s text', async () => {
    const dir = tempDir();
    const file = join(dir, 'x.md');
    writeFileSync(
      file,
      '## Engagement 1 : <script>alert(1)</script> & co\n\nNous allons renforcer <b>la</b> transparence.\n',
    );
    const r = await runCli(['check', '--format', 'html', file]);
    expect(r.stdout).not.toContain('<script>alert');
    expect(r.stdout).toContain('&lt;script&gt;');
  });

  it('bad files: one line each on stderr naming the file, the others still reviewed, exit 2', async () => {
    const dir = tempDir();
    copyFileSync(fr, join(dir, 'bon.md'));
    writeFileSync(join(dir, 'faux.docx'), 'pas un zip');
    writeFileSync(join(dir, 'vide.txt'), '');
    const old = new Uint8Array(2048);
    old.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    writeFileSync(join(dir, 'ancien.docx'), old);
    const r = await runCli(['check', '--format', 'json', dir, join(dir, 'absent.md')]);
    expect(r.code).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines).toEqual(
      expect.arrayContaining([
        `jalon : ${join(dir, 'absent.md')} : fichier introuvable`,
        `jalon : ${join(dir, 'faux.docx')} : ce n’est pas un document .docx (le fichier n’est pas une archive Word)`,
        `jalon : ${join(dir, 'vide.txt')} : le fichier est vide`,
        `jalon : ${join(dir, 'ancien.docx')} : ancien format Word (.doc) : ouvrez-le dans Word et enregistrez-le au format .docx`,
      ]),
    );
    const json = JSON.parse(r.stdout) as JsonReport;
    // Written file by file, laid out as the whole report at once: findings one per line, errors spelled out.
    expect(r.stdout).toBe(`${jsonLines(json, 4)}\n`);
    const none = await runCli(['check', '--format', 'json', join(dir, 'absent.md')]);
    expect(none.stdout).toBe(`${jsonLines(JSON.parse(none.stdout), 4)}\n`);
    expect(JSON.parse(none.stdout).files).toEqual([]);
    expect(json.files.map((f) => f.file)).toEqual([join(dir, 'bon.md')]);
    expect(json.errors.map((e) => e.code).sort()).toEqual(['empty', 'not-found', 'not-zip', 'old-doc']);
  });

  it('text report: unreadable files are said once on a terminal (stderr), and listed in a report written with --out', async () => {
    const dir = tempDir();
    const missing = join(dir, 'absent.md');
    const shown = await runCli(['check', fr, missing]);
    expect(shown.stderr).toContain(`jalon : ${missing} : fichier introuvable`);
    expect(shown.stdout).not.toContain(missing);
    const out = join(dir, 'revue.txt');
    await runCli(['check', '--format', 'text', '--out', out, fr, missing]);
    // Named as the folder given has it, not by the facilitator's path.
    expect(plainSpaces(readFileSync(out, 'utf8'))).toContain(`jalon : absent.md : fichier introuvable`);
    expect(readFileSync(out, 'utf8')).not.toContain(dir);
  });

  it('text report quotes the English way in English', async () => {
    const r = await runCli(['check', '--lang', 'en', en]);
    expect(r.stdout).toMatch(
      /^ {2}Commitment 2: Strengthen .* — no specificity \(not verifiable\) — workshop checklist: \d+\/21, .*to add: .*cost/m,
    );
    expect(r.stdout).not.toContain('«');
  });

  it('Markdown and HTML reports write colons and quotes the English way in English, the French way in French', async () => {
    for (const format of ['md', 'html']) {
      const english = (await runCli(['check', '--lang', 'en', '--format', format, en])).stdout;
      expect(english).toMatch(/Level: /);
      expect(english).toMatch(/suggestions: /);
      expect(english).not.toMatch(/(Level|Missing fields|suggestions) :/);
      expect(english).not.toContain('« ');
      const french = plainSpaces((await runCli(['check', '--format', format, fr])).stdout);
      expect(french).toMatch(/Précision : /);
    }
  });

  it('English reports name commitments and separate lists the English way (SARIF, legend, examples)', async () => {
    const sarif = JSON.parse((await runCli(['check', '--lang', 'en', '--format', 'sarif', en])).stdout);
    const names = sarif.runs[0].results.flatMap((r: { locations: { logicalLocations?: { name: string }[] }[] }) =>
      r.locations.flatMap((l) => (l.logicalLocations ?? []).map((x) => x.name)),
    );
    expect(names.length).toBeGreaterThan(0);
    expect(names.every((n: string) => /^commitment \d+$/.test(n))).toBe(true);
    const frSarif = JSON.parse((await runCli(['check', '--format', 'sarif', fr])).stdout);
    expect(
      frSarif.runs[0].results.some((r: { locations: { logicalLocations?: { name: string }[] }[] }) =>
        r.locations.some((l) => l.logicalLocations?.[0]?.name === 'engagement 1'),
      ),
    ).toBe(true);
    for (const format of ['text', 'md', 'html']) {
      const english = (await runCli(['check', '--lang', 'en', '--format', format, en])).stdout;
      expect(english).not.toContain(' ; ');
      expect(english).toMatch(/[a-z]; /);
      expect(plainSpaces((await runCli(['check', '--format', format, fr])).stdout)).toContain(' ; ');
    }
  });

  it('text and Markdown reports quote the matched words once: before the message only when it does not quote them', async () => {
    const r = await runCli(['check', fr]);
    // What follows the check's name: the paragraph's first words before it say where.
    const vague = plainSpaces(r.stdout)
      .split('\n')
      .filter((l) => / {2}Verbe flou {2}/.test(l))
      .map((l) => l.split(/ {2}Verbe flou {2}/)[1]);
    expect(vague.length).toBeGreaterThan(0);
    for (const l of vague) {
      const word = /« ([^»]+) »/.exec(l)![1];
      expect(l.split(`« ${word} »`).length - 1).toBe(1);
    }
    const out = join(tempDir(), 'revue.md');
    await runCli(['check', '--format', 'md', '--out', out, fr]);
    const md = readFileSync(out, 'utf8')
      .split('\n')
      .filter((l) => l.includes(' — Verbe flou — '))
      .map((l) => l.split(' — Verbe flou — ')[1]);
    expect(md.length).toBe(vague.length);
    for (const l of md) expect(l).not.toMatch(/» « /);
  });

  it('messages in English with --lang en or LANG=en_*', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'broken.docx'), 'not a zip');
    const viaEnv = await runCli(['check', join(dir, 'broken.docx')], { LANG: 'en_GB.UTF-8' });
    expect(viaEnv.stderr.trim()).toBe(
      `jalon: ${join(dir, 'broken.docx')}: this is not a .docx document (the file is not a Word archive)`,
    );
    const viaFlag = await runCli(['check', '--lang', 'en', join(dir, 'broken.docx')]);
    expect(viaFlag.stderr).toContain('this is not a .docx document');
    const none = await runCli(['check', tempDir()], { LANG: 'fr_FR.UTF-8' });
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/aucun projet \(\.docx, \.odt, \.md, \.txt\) dans ce dossier/);
  });

  it('exit codes: 0 clean, 1 with error-level findings (house rules raise a severity), 2 unreadable', async () => {
    const dir = tempDir();
    const clean = join(dir, 'propre.txt');
    writeFileSync(clean, 'Le ministère publie le décret en mars 2018.\n');
    expect((await runCli(['check', clean])).code).toBe(0);
    const rules = join(dir, 'regles.json');
    writeFileSync(rules, JSON.stringify({ rules: { 'vague-term': { severity: 'error' } } }));
    const r = await runCli(['check', '--rules', rules, '--format', 'json', fr]);
    expect((JSON.parse(r.stdout) as JsonReport).files[0].findings.some((f) => f.severity === 'error')).toBe(true);
    expect(r.code).toBe(1);
    const bad = join(dir, 'mauvaises.json');
    writeFileSync(bad, '{"rules": {"inconnue": "off"}}');
    const rb = await runCli(['check', '--rules', bad, fr]);
    expect(rb.code).toBe(2);
    expect(rb.stderr).toMatch(/mauvaises\.json:1:\d+ : /);
    expect((await runCli(['check'])).code).toBe(2);
    const pdf = await runCli(['check', '--format', 'pdf', fr]);
    expect(pdf.code).toBe(2);
    expect(pdf.stderr).toMatch(/erreur : valeur « pdf » refusée pour --format/);
    const unknown = await runCli(['check', '--nope', fr], { LANG: 'en_US' });
    expect(unknown.stderr).toMatch(/error: unknown option "--nope"/);
  });

  it('house rules change what is found', async () => {
    const dir = tempDir();
    const rules = join(dir, 'r.json');
    writeFileSync(rules, JSON.stringify({ rules: { 'vague-term': 'off' } }));
    const base = JSON.parse((await runCli(['check', '--format', 'json', notes])).stdout) as JsonReport;
    const off = JSON.parse((await runCli(['check', '--format', 'json', '--rules', rules, notes])).stdout) as JsonReport;
    expect(base.files[0].findings.some((f) => f.ruleId === 'vague-term')).toBe(true);
    expect(off.files[0].findings.some((f) => f.ruleId === 'vague-term')).toBe(false);
  });

  it('a folder is searched recursively; progress shows only on a terminal with several files', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'a/b'), { recursive: true });
    copyFileSync(fr, join(dir, 'a/un.md'));
    copyFileSync(en, join(dir, 'a/b/deux.md'));
    copyFileSync(notes, join(dir, 'trois.txt'));
    copyFileSync(notes, join(dir, 'a/b/quatre.txt'));
    writeFileSync(join(dir, 'ignore.pdf'), '%PDF');
    const old = new Uint8Array(2048);
    old.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    writeFileSync(join(dir, 'a/ancien.doc'), old);
    writeFileSync(join(dir, '~$verrou.docx'), 'lock');
    const tty = await runCli(['check', '--format', 'json', dir], { LANG: 'fr_FR' }, true);
    expect((JSON.parse(tty.stdout) as JsonReport).files).toHaveLength(4);
    expect(tty.stderr).toMatch(/Lecture .*\d\/5/);
    expect(tty.code).toBe(2); // the .doc
    const pipe = await runCli(['check', '--format', 'json', dir], { LANG: 'fr_FR' }, false);
    expect(pipe.stderr).toBe(
      `jalon : ${join(dir, 'a/ancien.doc')} : ancien format Word (.doc) : ouvrez-le dans Word et enregistrez-le au format .docx\n`,
    );
    const few = await runCli(['check', fr], { LANG: 'fr_FR' }, true);
    expect(few.stderr).toBe('');
  });
});

describe('jalon --version', () => {
  it('prints the version of the package, and its help line is in the user’s language', async () => {
    const { version } = JSON.parse(readFileSync(join(__dirname, '../../../package.json'), 'utf8')) as {
      version: string;
    };
    for (const flag of ['--version', '-V']) {
      const r = await runCli([flag]);
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(`${version}\n`);
    }
    expect((await runCli(['--help'])).stdout).toMatch(/-V, --version\s+afficher la version/);
  });
});

describe('jalon check --jobs', () => {
  it('the executable starts a reader thread ahead for the checks that will read on worker threads only', () => {
    for (const argv of [
      ['check', 'dossier'],
      ['check', '--jobs', '2', 'a.docx', 'b.docx'],
      ['check', '--jobs=4', '--format', 'html', 'dossier'],
    ]) {
      expect(readerWanted(argv)).toBe(true);
    }
    for (const argv of [
      [],
      ['template', '--out', 'm.docx'],
      ['check', '--jobs', '1', 'dossier'],
      ['check', '--jobs=1', 'd'],
      ['check', '--compare', 'a', 'b'],
      ['check', '-h'],
      ['check', '--help'],
    ]) {
      expect(readerWanted(argv)).toBe(false);
    }
  });

  it('refuses a number of jobs that is not a positive whole number, in the user’s language', async () => {
    for (const v of ['0', '-1', '1.5', 'deux']) {
      const r = await runCli(['check', '--jobs', v, fr]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('attend un nombre entier positif');
    }
    expect((await runCli(['check', '--jobs', 'x', fr], { LANG: 'en_US' })).stderr).toContain(
      'expects a positive whole number',
    );
    expect((await runCli(['check', '--help'], { LANG: 'en_US' })).stdout).toMatch(
      /--jobs <n>\s+number of files reviewed at the same time/,
    );
  });

  it('a worker that dies fails only the file it was reading; every file is said once, in order, and the run ends', async () => {
    const dir = tempDir();
    const dying = join(dir, 'dying-worker.cjs');
    writeFileSync(dying, "require('node:worker_threads').parentPort.on('message', () => process.exit(3));\n");
    const files = Array.from({ length: 6 }, (_, i) => {
      const copy = join(dir, `${i}-${[fr, en, notes][i % 3].split('/').pop()}`);
      copyFileSync([fr, en, notes][i % 3], copy);
      return copy;
    });
    const r = await runCli(['check', '--jobs', '3', '--format', 'json', ...files], { LANG: 'en_US' }, false, {
      file: dying,
    });
    expect(r.code).toBe(2);
    const json = JSON.parse(r.stdout) as JsonReport;
    const failed = json.errors.map((e) => e.file);
    // Each dying worker fails the one file it took, and a new one takes its place; this thread reviews the others
    // when it gets its turn (how many depends on the machine's timing: on a busy one the workers may take them all).
    expect(failed.length).toBeGreaterThan(0);
    expect([...json.files.map((f) => f.file), ...failed].sort()).toEqual(files);
    expect(json.files.map((f) => f.file)).toEqual(files.filter((f) => !failed.includes(f)));
    expect(r.stderr.trim().split('\n')).toEqual(failed.map((f) => `jalon: ${f}: cannot be read (worker exited (3))`));
  });
});

describe('the house-rules example the README points to', () => {
  it('is valid, and each of its parts changes what a ministry sees', async () => {
    const example = join(__dirname, '../../../examples/house-rules.json');
    const dir = tempDir();
    const draft = join(dir, 'projet.txt');
    writeFileSync(
      draft,
      [
        'Engagement 1 : Publier les données',
        'La DSI va rationaliser la plateforme d’open data et développer le soutien scolaire en ligne.',
        '',
      ].join('\n'),
    );
    const findings = async (args: string[]) =>
      (JSON.parse((await runCli(['check', ...args, '--format', 'json', draft])).stdout) as JsonReport).files[0]
        .findings;
    const plain = await findings([]);
    const house = await findings(['--rules', example]);
    const terms = (fs: typeof plain) => fs.map((f) => `${f.ruleId}:${f.actual}:${f.severity}`);
    // Added: a vague verb and an acronym to explain.
    expect(terms(plain).some((x) => x.startsWith('vague-term:rationaliser'))).toBe(false);
    expect(terms(house)).toContain('vague-term:rationaliser:error');
    expect(house.some((f) => f.ruleId === 'jargon' && f.actual === 'DSI')).toBe(true);
    // Removed and accepted: no longer flagged.
    expect(plain.some((f) => f.actual === 'développer')).toBe(true);
    expect(house.some((f) => f.actual === 'développer')).toBe(false);
    expect(plain.some((f) => f.actual === 'open data')).toBe(true);
    expect(house.some((f) => f.actual === 'open data')).toBe(false);
  });
});
