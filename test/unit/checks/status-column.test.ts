// A table's status column (the OGP template's "New or ongoing") says whether a milestone continues an earlier plan,
// not when it ends: « Ongoing » there is no vague deadline; in the End date column it is (audit12, finding 4).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../../../src/core/analyze';
import { fromParagraphs, type SourceText } from '../../../src/core/source';
import type { Lang, ParagraphInput } from '../../../src/core/types';
import { readDraft } from '../../../src/cli/input';

/** The vague deadlines found, each with its cell's row and column. */
const vagueTimes = (source: SourceText, lang: Lang) =>
  analyze(source, { lang })
    .findings.filter((f) => f.ruleId === 'vague-time')
    .map((f) => [f.actual, source.paragraphs[f.paragraph].cell?.row, source.paragraphs[f.paragraph].cell?.column]);

/** The table as Word gives it: one paragraph per cell, after the commitment's heading. */
const cells = (title: string, rows: string[][]): SourceText => {
  const ps: ParagraphInput[] = [{ text: title, headingLevel: 2 }];
  rows.forEach((row, r) =>
    row.forEach((text, c) => ps.push({ text, inTable: true, cell: { table: 0, row: r, column: c } })),
  );
  return fromParagraphs(ps);
};

/** The same table in a Markdown draft, read as the command line reads it. */
const markdown = (title: string, rows: string[][]): SourceText => {
  const file = join(mkdtempSync(join(tmpdir(), 'jalon-status-')), 'plan.md');
  const line = (r: string[]) => `| ${r.join(' | ')} |`;
  writeFileSync(
    file,
    [`## ${title}`, '', line(rows[0]), line(rows[0].map(() => '---')), ...rows.slice(1).map(line)].join('\n'),
  );
  return readDraft(file).source;
};

const ENGLISH = [
  ['Milestone', 'New or ongoing', 'Start date', 'End date'],
  ['Achieve 95% of tenders published on Contracts Finder', 'Ongoing', 'April 2022', 'March 2023'],
  ['Publish 90% of awards within 90 days', 'Ongoing', 'April 2023', '31/03/2024'],
  ['Issue a twice-yearly progress report', 'New', 'April 2022', 'Ongoing'],
];
const FRENCH = [
  ['Jalon', 'Statut', 'Échéance'],
  ['Publier le registre', 'En cours', 'juin 2025'],
  ['Ouvrir la plateforme', 'Nouveau', 'En cours'],
];

describe('a status column', () => {
  it.each([
    ['Word cells', cells],
    ['Markdown', markdown],
  ])('"New or ongoing": its values are not deadlines; "Ongoing" as the end date is (%s)', (_, read) => {
    expect(vagueTimes(read('Commitment 1: Open contracting', ENGLISH), 'en')).toEqual([['Ongoing', 3, 3]]);
  });

  it.each([
    ['Word cells', cells],
    ['Markdown', markdown],
  ])('« Statut » in French (%s)', (_, read) => {
    expect(vagueTimes(read('Engagement 1 : Ouvrir les données', FRENCH), 'fr')).toEqual([['En cours', 2, 2]]);
  });
});
