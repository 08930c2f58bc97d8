// OGP's commitment template is a two-column table of row names and values, with no header row (issue 13, audit 14
// finding 1): its first pair is no column's name. A finding in it says its table and row (by the row's first cell),
// never a value of the first row (« 1 October 2022 –… ») as a column, in the .md and in pandoc's .docx of it; a
// table whose first row names its columns keeps its column names.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { requireTool, runCli, tempDir } from './helpers';

jest.setTimeout(60_000);

const TEMPLATE =
  '# Fifth National Action Plan of the United Kingdom 2022-2024\n\n## Commitment 1: Open contracting\n\n' +
  '| Commitment period | 1 October 2022 – 31 October 2024 |\n|---|---|\n' +
  '| Lead implementing agency | Cabinet Office |\n' +
  '| Other actors involved | We will work in various ways with stakeholders to improve things. |\n';

// The same rows under an empty header, as pandoc writes a table with none (and drops it in .docx).
const EMPTY_HEADER = TEMPLATE.replace('| Commitment period', '|   |   |\n|---|---|\n| Commitment period').replace(
  '2024 |\n|---|---|\n',
  '2024 |\n',
);

const HEADED =
  '# Fifth National Action Plan of the United Kingdom 2022-2024\n\n## Commitment 1: Open contracting\n\n' +
  'The Cabinet Office will publish contract data every month from March 2023.\n\n' +
  '| Milestone | Start | End |\n|---|---|---|\n' +
  '| Collect the data of 95% of contracts | March 2023 | Soon |\n';

describe('a finding in a table with no header row', () => {
  const dir = tempDir();
  beforeAll(() => requireTool('pandoc', 'pandoc'));

  const files = (name: string, text: string): string[] => {
    const md = join(dir, `${name}.md`);
    writeFileSync(md, text);
    const docx = join(dir, `${name}.docx`);
    execFileSync('pandoc', ['-f', 'markdown-smart', '-t', 'docx', '-o', docx, md]);
    return [md, docx];
  };

  it.each([
    ['its first pair in the header', TEMPLATE],
    ['an empty header', EMPTY_HEADER],
  ])('names its row, never a value as a column (%s; .md and pandoc .docx)', async (name, text) => {
    for (const file of files(name.replace(/\W+/g, '-'), text)) {
      const out = (await runCli(['check', '--all', file], { LANG: 'en_GB.UTF-8' })).stdout;
      // "various" is in the row « Other actors involved ».
      const line = out.split('\n').find((l) => l.includes('"various" is not a quantity'));
      expect(line).toMatch(/table 1, row "Other actors involved"/);
      expect(out).not.toMatch(/column "1 October/);
      expect(out).not.toMatch(/column "Commitment period/);
    }
  });

  it('says the row by its number for a first cell, in French too', async () => {
    const md = join(dir, 'first-cell.md');
    writeFileSync(
      md,
      TEMPLATE.replace('| Lead implementing agency | Cabinet Office |', '| Various stakeholders | Cabinet Office |'),
    );
    const out = (await runCli(['check', '--all', '--format', 'md', md], { LANG: 'fr_FR.UTF-8' })).stdout;
    const line = out
      .split('\n')
      .find((l) => l.includes('« Various stakeholders » (ligne') && l.includes('Quantité floue'));
    expect(line).toMatch(/tableau 1, rangée 2\b/);
    expect(line).not.toMatch(/colonne/);
  });

  it('keeps the column names of a table whose first row names them', async () => {
    for (const file of files('headed', HEADED)) {
      const out = (await runCli(['check', '--all', file], { LANG: 'en_GB.UTF-8' })).stdout;
      expect(out).toMatch(/table 1, row "Collect the data of[^"]*", column "End"/);
    }
  });
});
