// What a facilitator sends each ministry (audit11 #1, #18-21, #24, #33): one report per draft, named after it and
// naming no folder of the facilitator's; the plan's own commitment numbers; an HTML page that says when and how to
// read it, with a main landmark, that stacks on a phone and prints each example once; remarks located by their
// paragraph's words, not « 5:4 »; rule ids said once; a CSV with a row per remark.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, plainSpaces, runCli, tempDir } from './helpers';

const FR = join(FIXTURES, 'plan-fr.md');
const EN = join(FIXTURES, 'plan-en.md');

/** Parses CSV text (quoted cells may hold separators and doubled quotes, no line breaks); « ; » as the French reports. */
function rows(csv: string, sep = ';'): string[][] {
  return csv
    .replace(/^\ufeff/, '')
    .trim()
    .split('\r\n')
    .map((line) => {
      const cells: string[] = [];
      for (let i = 0; i <= line.length;) {
        if (line[i] === '"') {
          let cell = '';
          for (i++; i < line.length; i++) {
            if (line[i] === '"' && line[i + 1] === '"') cell += line[i++];
            else if (line[i] === '"') break;
            else cell += line[i];
          }
          cells.push(cell);
          i += 2;
        } else {
          const end = line.indexOf(sep, i);
          cells.push(line.slice(i, end < 0 ? line.length : end));
          i = end < 0 ? line.length + 1 : end + 1;
        }
      }
      return cells;
    });
}

/** A folder of drafts as ministries send them: a subfolder each, two drafts that share a name but not a kind. */
function draftsFolder(): string {
  const dir = tempDir('jalon-ministeres-');
  mkdirSync(join(dir, 'ministere-a'));
  mkdirSync(join(dir, 'ministere-b'));
  copyFileSync(FR, join(dir, 'ministere-a', 'plan.md'));
  copyFileSync(FR, join(dir, 'ministere-a', 'plan.txt'));
  copyFileSync(EN, join(dir, 'ministere-b', 'plan.md'));
  return dir;
}

const EXTRACT = [
  '# Extrait du plan',
  '',
  '## Engagement 4 : Publier les avis des marchés publics',
  '',
  'La direction des achats publiera en ligne les avis de marché d’ici juin 2026.',
  '',
  'Le ministère va renforcer la transparence des achats.',
].join('\n');

describe('one report per draft: --out-dir', () => {
  it('writes each draft’s report in its own file, named after it, beside its folder below the one given', async () => {
    const dir = draftsFolder();
    const out = join(tempDir(), 'rapports');
    const r = await runCli(['check', '--format', 'html', '--out-dir', out, dir]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`jalon : 3 rapports écrits dans ${out}\n`);
    expect(readdirSync(out).sort()).toEqual(['ministere-a', 'ministere-b']);
    // plan.md and plan.txt would share a report: each gets its kind in the name.
    expect(readdirSync(join(out, 'ministere-a')).sort()).toEqual(['plan-md.html', 'plan-txt.html']);
    expect(readdirSync(join(out, 'ministere-b'))).toEqual(['plan.html']);
    const b = readFileSync(join(out, 'ministere-b', 'plan.html'), 'utf8');
    // Only its own draft, named as the folder given has it; nothing of the facilitator's folders.
    expect(b).toContain('ministere-b/plan.md');
    expect(b).not.toContain('ministere-a');
    expect(b).not.toContain(dir);
    // An English draft's report is in English, whatever the facilitator's locale (audit16 #9): sent to its ministry.
    expect(b).toContain('Jalon reviewed 1 draft');
    expect(b).toContain('Strengthen');
    expect(readFileSync(join(out, 'ministere-a', 'plan-md.html'), 'utf8')).not.toContain('Strengthen');
  });

  it('never writes over a draft: a Markdown report beside its draft gets another name', async () => {
    const dir = tempDir();
    copyFileSync(FR, join(dir, 'plan.md'));
    const before = readFileSync(join(dir, 'plan.md'), 'utf8');
    const r = await runCli(['check', '--format', 'md', '--out-dir', dir, dir]);
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'plan.md'), 'utf8')).toBe(before);
    expect(readFileSync(join(dir, 'plan-md.md'), 'utf8')).toMatch(/^# Revue des projets/);
  });

  it('is refused with --out (one report or one per draft) and with --compare, nothing written', async () => {
    const out = join(tempDir(), 'rapports');
    const both = await runCli(['check', '--out', join(out, 'revue.html'), '--out-dir', out, FR]);
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/^jalon : --out écrit un seul rapport, --out-dir un rapport par projet/);
    const compare = await runCli(['check', '--compare', '--out-dir', out, FR, EN]);
    expect(compare.code).toBe(2);
    expect(compare.stderr).toMatch(/--compare écrit un seul rapport/);
    expect(existsSync(out)).toBe(false);
  });
});

describe('the reports people read', () => {
  it('name drafts relative to the folder given, never by the facilitator’s path; json and sarif keep the path', async () => {
    const dir = draftsFolder();
    for (const format of ['text', 'md', 'html', 'csv', 'csv-remarks']) {
      const r = await runCli(['check', '--format', format, dir]);
      expect(r.stdout).toContain('ministere-b/plan.md');
      expect(r.stdout).not.toContain(dir);
    }
    const json = JSON.parse((await runCli(['check', '--format', 'json', dir])).stdout) as { files: { file: string }[] };
    expect(json.files.map((f) => f.file)).toContain(join(dir, 'ministere-b', 'plan.md'));
  });

  it('number a commitment as the plan does (« Engagement 4 » is 4, even as an extract’s first)', async () => {
    const file = join(tempDir(), 'extrait.md');
    writeFileSync(file, EXTRACT);
    const csv = rows((await runCli(['check', '--format', 'csv', file])).stdout);
    expect(csv[0][2]).toBe('N°');
    expect(csv[1][2]).toBe('4');
    const remarks = rows((await runCli(['check', '--format', 'csv-remarks', file])).stdout);
    expect(remarks.slice(1).every((row) => row[1] === '4')).toBe(true);
    expect((await runCli(['check', '--format', 'md', file])).stdout).toContain('| extrait.md | 4 | Engagement 4 :');
    expect((await runCli(['check', '--format', 'html', file])).stdout).toContain('data-label="N° :">4</td>');
    // A plan that does not number its commitments: their place.
    const plain = (await runCli(['check', '--format', 'csv', EN])).stdout;
    expect(rows(plain).map((row) => row[2])).toEqual(['N°', '1', '2']);
  });

  it('locate a remark by its paragraph’s first words and, in a text file, its line; json keeps line and column', async () => {
    const file = join(tempDir(), 'extrait.md');
    writeFileSync(file, EXTRACT);
    const md = (await runCli(['check', '--format', 'md', file])).stdout;
    expect(md).toContain('- « Le ministère va renforcer la transparence… » (ligne 7) avertissement — Verbe flou — ');
    const text = plainSpaces((await runCli(['check', file])).stdout);
    expect(text).toContain('    « Le ministère va renforcer la transparence… » (ligne 7)  avertissement  Verbe flou  ');
    const html = plainSpaces((await runCli(['check', '--format', 'html', file])).stdout);
    expect(html).toContain('<span class="where">« Le ministère va renforcer la transparence… » (ligne 7)</span>');
    for (const out of [md, text, html]) expect(out).not.toMatch(/\b\d+:\d+\b/);
    // A missing field is about the whole commitment: its commitment and where to add it (audit13, finding 11).
    expect(md).toMatch(
      /^- engagement 4, à ajouter sous son titre : « Engagement 4 : Publier les avis… » \(ligne 3\) avertissement — Champ manquant — /m,
    );
    const sarif = JSON.parse((await runCli(['check', '--format', 'sarif', file])).stdout) as {
      runs: { results: { ruleId: string; locations: { physicalLocation: { region: { startLine: number } } }[] }[] }[];
    };
    const vague = sarif.runs[0].results.find((x) => x.ruleId === 'vague-term')!;
    expect(vague.locations[0].physicalLocation.region).toMatchObject({ startLine: 7, startColumn: 17 });
  });
});

describe('the HTML report', () => {
  it('opens with what was checked and when, and a legend of levels, points and severities, in a main landmark', async () => {
    const env = { LANG: 'fr_FR.UTF-8', SOURCE_DATE_EPOCH: String(Date.UTC(2026, 11, 6, 12) / 1000) };
    const html = plainSpaces((await runCli(['check', '--format', 'html', FR, EN], env)).stdout);
    const main = html.slice(html.indexOf('<main>'), html.indexOf('</main>'));
    expect(main.startsWith('<main>\n<h1>Revue des projets d’engagements</h1>\n<p class="intro">')).toBe(true);
    expect(main).toContain('Jalon a relu 2 projets le 6 décembre 2026.');
    const legend = main.slice(main.indexOf('Comment lire ce rapport'), main.indexOf('Synthèse'));
    expect(legend).toMatch(/<dt>Précision<\/dt><dd>La précision .*MEI/);
    expect(legend).toMatch(
      /<dt>Grille de l’atelier<\/dt><dd>La grille de l’atelier.*8 points acquis sur 21.*Ce n’est pas le niveau/,
    );
    for (const s of ['erreur', 'avertissement', 'suggestion', 'information'])
      expect(legend).toContain(`>${s}</span> : `);
    expect(html).toMatch(/<footer>.* — 6 décembre 2026<\/footer>\n<\/body>/);
    const en = (await runCli(['check', '--lang', 'en', '--format', 'html', EN], env)).stdout;
    expect(en).toContain('Jalon reviewed 1 draft on 6 December 2026.');
  });

  it('stacks the summary’s rows on a phone, each value under its column’s name', async () => {
    const html = plainSpaces((await runCli(['check', '--format', 'html', FR])).stdout);
    const phone = /@media \(max-width:40rem\)\{([^@]*)\}\n@media print/.exec(html)![1];
    expect(phone).toContain('table.stack tr');
    expect(phone).toMatch(/table\.stack td::before\{content:attr\(data-label\)/);
    expect(html).toContain('<table class="stack" aria-labelledby="summary">');
    const row = html.slice(html.indexOf('<tbody>'), html.indexOf('</tr>', html.indexOf('<tbody>')));
    for (const label of [
      'Fichier',
      'N°',
      'Engagement',
      'Précision',
      'Grille de l’atelier',
      'Champs manquants',
      'Termes vagues',
    ])
      expect(row).toContain(`data-label="${label} :"`);
  });

  it('prints a missing field’s example once: in « Comment écrire chaque champ », where its remarks point', async () => {
    const html = plainSpaces((await runCli(['check', '--format', 'html', FR])).stdout);
    const items = html.split('<li>').filter((li) => li.includes('Champ manquant') && li.includes('<em>(exemple'));
    expect(items.length).toBeGreaterThan(3);
    const guide = html.slice(
      html.indexOf('<section class="guide">'),
      html.indexOf('</section>', html.indexOf('<section class="guide">')),
    );
    for (const li of items) {
      const ref = /<em>\(exemple : « Comment écrire chaque champ », ([^)<]+)\)<\/em>/.exec(li)![1];
      expect(guide).toContain(`<strong>${ref}</strong>`);
      expect(li).not.toContain('Exemple d’après');
    }
    // Each example once in the page.
    for (const [, example] of guide.matchAll(/\) : (.{40})/g)) expect(html.split(example)).toHaveLength(2);
  });
});

describe('the remarks’ spreadsheet: --format csv-remarks', () => {
  it('has a row per remark, commitment by commitment: where, how serious, what kind, what to do', async () => {
    const csv = rows((await runCli(['check', '--format', 'csv-remarks', FR])).stdout);
    const json = JSON.parse((await runCli(['check', '--format', 'json', FR])).stdout) as {
      files: { findings: { ruleId: string; severity: string; message: string }[] }[];
    };
    const [header, ...body] = csv;
    expect(header).toEqual([
      'Fichier',
      'N°',
      'Engagement',
      'Emplacement',
      'Gravité',
      'Code de gravité',
      'Type de remarque',
      'Code de la remarque',
      'Texte relevé',
      'Remarque',
      'Suggestion',
      'Explication',
      'Problème de lecture',
    ]);
    expect(body).toHaveLength(json.files[0].findings.length);
    expect(body.map((r) => `${r[7]}|${r[5]}|${r[9]}`).sort()).toEqual(
      json.files[0].findings.map((f) => `${f.ruleId}|${f.severity}|${f.message}`).sort(),
    );
    const vague = body.find((r) => r[7] === 'vague-term' && r[9].startsWith('« renforcer »'))!;
    expect(vague).toMatchObject({ 0: 'plan-fr.md', 1: '2', 4: 'avertissement', 6: 'Verbe flou' });
    expect(vague[2]).toMatch(/^Engagement 2 : Renforcer/);
    expect(vague[3]).toMatch(/^« Engagement 2 : Renforcer la participation… » \(ligne \d+\)$/);
    expect(vague[10]).not.toBe('');
    // The summary stays one row per commitment.
    expect(rows((await runCli(['check', '--format', 'csv', FR])).stdout)).toHaveLength(1 + 3);
  });
});
