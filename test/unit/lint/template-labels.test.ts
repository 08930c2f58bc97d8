// A commitment written in OGP's template (audit14 #1): the template's labels, which the author cannot change, are not
// reviewed as the author's prose by the text checks ("OGP" in "OGP challenge addressed by the commitment", a template
// question used as a label, « redevabilité » in « Contribution à la transparence, à la redevabilité… »), whether they
// open a line ("Label: value") or fill a table's cell (.md, .docx); the values after them stay reviewed.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, fromPlainText, labelSpan, lint, type Finding, type Lang } from '../../../src/core';
import { docxFromXml, p, runCli, tempDir } from '../cli/helpers';

/** The text checks' findings, as every host runs them (with the labels' spans), and as `analyze` keeps them. */
function textFindings(lines: string[], lang: Lang): Finding[] {
  const source = fromPlainText(lines.join('\n'));
  const found = lint(source, { lang, labels: labelSpan }).findings;
  const kept = analyze(source, { lang, earlierPlans: null }).findings;
  for (const f of found.filter((x) => x.ruleId === 'jargon'))
    expect(kept.some((k) => k.ruleId === f.ruleId && k.start === f.start)).toBe(true);
  expect(kept.filter((k) => k.ruleId === 'jargon')).toHaveLength(found.filter((x) => x.ruleId === 'jargon').length);
  return found;
}
const said = (fs: readonly Finding[]) => fs.map((f) => `${f.ruleId} ${f.actual} @${f.paragraph}`);

test('a label opening a line is passed over, its value is reviewed', () => {
  const en = textFindings(
    [
      'OGP challenge addressed by the commitment: Improving public services',
      'Why is this commitment relevant to OGP values?',
      'The OGP will publish the register.',
    ],
    'en',
  );
  // "OGP" is first used unexplained in the author's own sentence, not in the template's labels (a question the
  // template asks, alone on its line, is one).
  expect(said(en.filter((f) => f.ruleId === 'jargon'))).toEqual(['jargon OGP @2']);
  const fr = textFindings(
    [
      'Contribution à la transparence, à la redevabilité, à la participation : les citoyens verront les marchés.',
      'Modalités de compte rendu : la redevabilité est assurée par un rapport annuel.',
    ],
    'fr',
  );
  // The template's « redevabilité » is passed over; the author's, in the value, is explained.
  expect(said(fr.filter((f) => f.ruleId === 'jargon'))).toEqual(['jargon redevabilité @1']);
});

const TABLE_ROWS: Array<[string, string]> = [
  ['Lead implementing agency/actor', 'Cabinet Office'],
  ['OGP challenge addressed by the commitment', 'Improving public services'],
  ['Why is this commitment relevant to OGP values?', 'Citizens will see who wins public contracts.'],
  ['Main objective', 'The Cabinet Office will publish more contract data on Contracts Finder by June 2024.'],
];
const HEAD = '# Open Government National Action Plan 2022-2024\n\n## Commitment 1: Open contracting\n\n';

async function jsonFindings(file: string): Promise<Array<{ ruleId: string; actual: string }>> {
  const r = await runCli(['check', '--format', 'json', '--jobs', '1', file], { LANG: 'en_US.UTF-8' });
  return (JSON.parse(r.stdout) as { files: Array<{ findings: Array<{ ruleId: string; actual: string }> }> }).files[0]
    .findings;
}

test('a label filling a table’s cell is passed over, in Markdown and in Word, its value cell is reviewed', async () => {
  const dir = tempDir();
  const md = join(dir, 'ogp-table.md');
  writeFileSync(md, `${HEAD}| | |\n| --- | --- |\n${TABLE_ROWS.map(([a, b]) => `| ${a} | ${b} |`).join('\n')}\n`);
  const tc = (text: string) => `<w:tc>${p(text)}</w:tc>`;
  const docx = join(dir, 'ogp-table.docx');
  writeFileSync(
    docx,
    docxFromXml({
      body:
        p('Open Government National Action Plan 2022-2024') +
        p('Commitment 1: Open contracting') +
        `<w:tbl><w:tblPr/><w:tblGrid/>${TABLE_ROWS.map(([a, b]) => `<w:tr>${tc(a)}${tc(b)}</w:tr>`).join('')}</w:tbl>`,
    }),
  );
  for (const file of [md, docx]) {
    const found = await jsonFindings(file);
    expect(found.filter((f) => f.ruleId === 'jargon' && f.actual === 'OGP')).toEqual([]);
    // The value is the author's: its vague quantity is still said.
    expect(found.some((f) => f.ruleId === 'vague-quantity' && f.actual === 'more')).toBe(true);
  }
});
