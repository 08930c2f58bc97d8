// A remark in a table cell, in a French report: « ligne » is the file's line, the table's row is a « rangée » (issue
// 13: « ligne 122, tableau 12, ligne « Collecter… » » said « ligne » for both). Every report format says it so;
// English keeps "line" and "row".
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { runCli, tempDir } from './helpers';

const plan =
  '# Plan d’action national pour un gouvernement ouvert 2024-2026\n\n## Engagement 1 : Ouvrir les marchés publics\n\n' +
  'La Direction des achats publiera les données des marchés chaque mois à partir de mars 2025.\n\n' +
  '| Jalon | Début | Échéance |\n|---|---|---|\n' +
  '| Collecter les données de 95 % des marchés | Mars 2025 | Prochainement |\n';

describe('a table cell’s place in a French report names its row « rangée »', () => {
  const dir = tempDir();
  const file = join(dir, 'plan.md');
  writeFileSync(file, plan);

  it.each(['text', 'md', 'html', 'csv-remarks'])('in the %s report', async (format) => {
    const out = (await runCli(['check', '--format', format, '--all', file], { LANG: 'fr_FR.UTF-8' })).stdout;
    // The remark on « Prochainement », the milestone's deadline in the table's second row.
    const at = out.indexOf('tableau 1');
    expect(at).toBeGreaterThan(0);
    const place = out.slice(at, out.indexOf('Échéance', at) + 'Échéance'.length);
    expect(place).toMatch(/^tableau 1, rangée .*Collecter les données de.*, colonne .*Échéance$/);
    expect(place).not.toMatch(/\bligne\b/);
    // The line of the file is still a « ligne » where the format gives it (text, Markdown).
    if (format === 'text' || format === 'md') expect(out).toMatch(/ligne 9, tableau 1, rangée/);
  });

  it('and "row" in English', async () => {
    const out = (await runCli(['check', file], { LANG: 'en_GB.UTF-8' })).stdout;
    expect(out).toMatch(/line 9, table 1, row "Collecter les données de[^"]*", column "Échéance"/);
  });
});
