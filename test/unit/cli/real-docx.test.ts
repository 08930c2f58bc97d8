// .docx written by real word processors, generated during the run from the Markdown drafts in test/fixtures:
// pandoc (md → docx), LibreOffice (pandoc md → odt, then soffice → docx, so LibreOffice writes the .docx),
// and the docx npm package. soffice takes seconds: everything is converted once, in beforeAll.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  Document,
  FootnoteReferenceRun,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from 'docx';
import { readDraft } from '../../../src/cli/input';
import { FIXTURES, requireTool, runCli, soffice, tempDir } from './helpers';

jest.setTimeout(180_000);

const tmp = tempDir('jalon-real-');
const files: Record<string, string> = {};

async function writeWithDocxPackage(file: string): Promise<void> {
  const cell = (t: string) => new TableCell({ children: [new Paragraph(t)] });
  const doc = new Document({
    footnotes: { 1: { children: [new Paragraph('Open Contracting Data Standard, une norme internationale.')] } },
    sections: [
      {
        children: [
          new Paragraph({
            heading: HeadingLevel.HEADING_1,
            children: [new TextRun('Plan d’action national 2018-2020')],
          }),
          new Paragraph({
            heading: HeadingLevel.HEADING_2,
            children: [new TextRun('Engagement 1 : Publier les données des marchés publics de l’État')],
          }),
          new Paragraph({ children: [new TextRun('Porteur : Direction des affaires juridiques')] }),
          new Paragraph({
            children: [
              new TextRun('Situation cible : 100 % des marchés publiés au format OCDS'),
              new FootnoteReferenceRun(1),
              new TextRun('.'),
            ],
          }),
          new Table({
            rows: [
              new TableRow({ children: [cell('Jalon'), cell('Échéance')] }),
              new TableRow({ children: [cell('Arrêté fixant le format des données'), cell('mars 2018')] }),
            ],
          }),
          new Paragraph({
            heading: HeadingLevel.HEADING_2,
            children: [new TextRun('Engagement 2 : Renforcer la participation citoyenne')],
          }),
          new Paragraph({
            children: [new TextRun('Nous souhaitons promouvoir la participation des citoyens.')],
            bullet: { level: 0 },
          }),
        ],
      },
    ],
  });
  writeFileSync(file, await Packer.toBuffer(doc));
}

beforeAll(async () => {
  requireTool('pandoc', 'pandoc');
  requireTool('soffice', 'libreoffice-writer-nogui');
  for (const name of ['plan-fr', 'plan-en']) {
    const md = join(FIXTURES, `${name}.md`);
    files[`pandoc-${name}`] = join(tmp, `pandoc-${name}.docx`);
    execFileSync('pandoc', ['-f', 'markdown', '-o', files[`pandoc-${name}`], md]);
    execFileSync('pandoc', ['-f', 'markdown', '-o', join(tmp, `${name}.odt`), md]);
  }
  files.template = join(tmp, 'modele.docx');
  await runCli(['template', '--lang', 'fr', '--out', files.template]);
  soffice(tmp, [
    '--convert-to',
    'docx',
    '--outdir',
    join(tmp, 'lo'),
    join(tmp, 'plan-fr.odt'),
    join(tmp, 'plan-en.odt'),
  ]);
  soffice(tmp, ['--convert-to', 'txt:Text (encoded):UTF8', '--outdir', join(tmp, 'lo'), files.template]);
  files['lo-plan-fr'] = join(tmp, 'lo', 'plan-fr.docx');
  files['lo-plan-en'] = join(tmp, 'lo', 'plan-en.docx');
  files['docxjs-plan-fr'] = join(tmp, 'docxjs-plan-fr.docx');
  await writeWithDocxPackage(files['docxjs-plan-fr']);
});

const TITLES_FR = [
  'Engagement 1 : Publier les données des marchés publics de l’État',
  'Engagement 2 : Renforcer la participation citoyenne',
  'Engagement 3 : Ouvrir le code source des logiciels de calcul fiscal',
];
// pandoc and LibreOffice turn straight apostrophes into typographic ones.
const typographic = (s: string) => s.replace(/'/g, '’');

describe.each(['pandoc', 'lo'])('%s .docx', (tool) => {
  it('headings, tables, footnotes and lists come out with their structure', () => {
    const d = readDraft(files[`${tool}-plan-fr`]);
    const ps = d.paragraphs!;
    expect(ps.filter((x) => x.headingLevel === 2).map((x) => x.text)).toEqual(TITLES_FR);
    expect(ps.filter((x) => x.headingLevel === 1).map((x) => x.text)).toEqual([
      typographic("Plan d'action national pour une action publique transparente et collaborative 2018-2020"),
    ]);
    const cell = ps.find((x) => x.text === 'Arrêté fixant le format des données');
    expect(cell?.inTable).toBe(true);
    expect(ps.find((x) => x.text.startsWith('Porteur'))?.inTable).toBe(false);
    const noteIndex = ps.findIndex((x) => x.text.includes('Open Contracting Data Standard'));
    expect(ps[noteIndex].note?.kind).toBe('footnote');
    expect(ps[noteIndex - 1].text).toMatch(/^Situation cible/); // right after the paragraph that cites it
    expect(ps.find((x) => x.text.startsWith('Jalon 1'))?.listLevel).toBe(0);
  });

  it('reviews like the Markdown it came from: same commitments, same vague terms', async () => {
    const fromMd = JSON.parse((await runCli(['check', '--format', 'json', join(FIXTURES, 'plan-fr.md')])).stdout);
    const fromDocx = JSON.parse((await runCli(['check', '--format', 'json', files[`${tool}-plan-fr`]])).stdout);
    const f = fromDocx.files[0];
    expect(f.language).toBe('fr');
    expect(f.commitments.map((c: { title: string }) => c.title)).toEqual(TITLES_FR);
    const vague = (x: { findings: { ruleId: string; actual: string }[] }) =>
      x.findings.filter((y) => y.ruleId === 'vague-term').map((y) => y.actual.toLowerCase());
    expect(vague(f)).toEqual(vague(fromMd.files[0]));
    expect(f.commitments.map((c: { level: string }) => c.level)).toEqual(
      fromMd.files[0].commitments.map((c: { level: string }) => c.level),
    );
  });

  it('reads the English draft in English', async () => {
    const r = JSON.parse((await runCli(['check', '--format', 'json', files[`${tool}-plan-en`]])).stdout);
    expect(r.files[0].language).toBe('en');
    expect(r.files[0].commitments).toHaveLength(2);
    expect(r.files[0].findings.some((x: { ruleId: string }) => x.ruleId === 'vague-term')).toBe(true);
  });
});

describe('docx package .docx', () => {
  it('headings, table cells, footnote and bullet come out with their structure', async () => {
    const ps = readDraft(files['docxjs-plan-fr']).paragraphs!;
    expect(ps.filter((x) => x.headingLevel === 2).map((x) => x.text)).toEqual(TITLES_FR.slice(0, 2));
    expect(ps.find((x) => x.text === 'mars 2018')?.inTable).toBe(true);
    expect(ps.find((x) => x.text.startsWith('Open Contracting'))?.note).toEqual({ kind: 'footnote', id: '1' });
    expect(ps.find((x) => x.text.startsWith('Nous souhaitons'))?.listLevel).toBe(0);
    const r = JSON.parse((await runCli(['check', '--format', 'json', files['docxjs-plan-fr']])).stdout);
    expect(r.files[0].commitments).toHaveLength(2);
  });
});

it('LibreOffice opens the template `jalon template` writes', () => {
  const text = readFileSync(join(tmp, 'lo', 'modele.txt'), 'utf8');
  expect(text).toContain('Situation initiale :');
  expect(text).toContain('Plan d’action national pour un gouvernement ouvert');
});
