// A missing field says where it goes in every report (audit13, finding 11): its commitment and the line of the
// field it should follow (or of the heading), never an empty location, in text, Markdown, HTML and the remarks' CSV.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { plainSpaces, runCli, tempDir } from './helpers';

const PLAN = [
  '# Plan d’action 2024-2026', // line 1
  '',
  '## Engagement 3 : Publier les données des marchés publics', // line 3
  '',
  'Porteur : direction des achats de l’État', // line 5
  '',
  'Action concrète : rendre obligatoire la publication des contrats au-dessus de 40 000 euros.', // line 7
].join('\n');

let file: string;
beforeAll(() => {
  file = join(tempDir(), 'plan.md');
  writeFileSync(file, PLAN);
});

const QUESTION = /À quel indicateur/;

test('text, Markdown and HTML: the commitment and the line after which the field goes', async () => {
  for (const format of ['text', 'md', 'html']) {
    const out = plainSpaces((await runCli(['check', '--format', format, file])).stdout);
    // The remark of the full list (the digest asks the questions on one line, without their places).
    const line = out.split('\n').find((l) => QUESTION.test(l) && /Champ manquant/.test(l) && !/^- À quel/.test(l));
    expect(line).toBeDefined();
    // The indicator comes after the concrete action in the template: written on line 7.
    expect(line).toMatch(/engagement 3, à ajouter après « action concrète » : « .*rendre obligatoire.* » \(ligne 7\)/i);
  }
});

test('a field with none before it in the template goes under the heading, with its line', async () => {
  const out = plainSpaces((await runCli(['check', file])).stdout);
  const line = out.split('\n').find((l) => /situation de départ/.test(l) && /Champ manquant/.test(l));
  expect(line).toMatch(/engagement 3, à ajouter sous son titre : « Engagement 3 : Publier.* » \(ligne 3\)/);
});

test('csv-remarks: no missing field with an empty « Emplacement »', async () => {
  const csv = (await runCli(['check', '--format', 'csv-remarks', file])).stdout.replace(/^\ufeff/, '');
  const rows = parse(csv, { delimiter: ';', columns: true }) as Record<string, string>[];
  const missing = rows.filter((r) => r['Code de la remarque'] === 'missing-field');
  expect(missing.length).toBeGreaterThan(2);
  for (const r of missing) expect(r.Emplacement).toMatch(/^engagement 3, à ajouter .*\(ligne \d+\)$/);
});

test('in English too', async () => {
  const out = (await runCli(['check', '--lang', 'en', file])).stdout;
  const line = out.split('\n').find((l) => /Which indicator/.test(l) && /Missing field/.test(l));
  expect(line).toMatch(/commitment 3, to add after "concrete action": ".*" \(line 7\)/i);
});
