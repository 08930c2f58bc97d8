// Status words of real trackers (audit16 #17): « In Progress », « en cours », « terminé » are refused as before,
// but the message says which statuses of the scale they mean, in the reader's language.
import { problemLine } from '../../../src/core/tracking/problems';
import type { CsvTable } from '../../../src/core/tracking/table';
import { readUpdates, type IdIndex } from '../../../src/core/tracking/updates';

const index: IdIndex = { ids: new Set(['C01.1']), withMilestones: new Set(['C01']), removed: new Map() };
const HEADER = ['id', 'period', 'status', 'progress', 'evidence', 'challenges', 'updated'];
const said = (status: string, lang: 'fr' | 'en') => {
  const table: CsvTable = {
    file: 'sheet.csv',
    header: HEADER,
    rows: [{ row: 3, cells: ['C01.1', '2024-03', status, 'Work goes on', '', 'Hiring', ''] }],
  };
  const { reports, problems } = readUpdates([table], index, lang);
  expect(reports).toEqual([]);
  return problems.map((p) => problemLine(p, lang));
};

test('"In Progress" and « en cours »: limited or substantial, according to how far it is', () => {
  expect(said('In Progress', 'en')).toEqual([
    'sheet.csv, line 3, column C (status): "In Progress" is not a status of the scale: write limited if little is done, or substantial if most of it is done, according to how far it is',
  ]);
  expect(said('en cours', 'fr')[0]).toMatch(
    /« en cours » n’est pas un état de l’échelle : écrivez limité .* ou substantiel/,
  );
});

test('« terminé » means complete, « annulé » withdrawn, "Not yet started" not-started; other words get the scale', () => {
  expect(said('Terminé', 'fr')[0]).toMatch(/écrivez achevé \(complete\)$/);
  expect(said('Annulé', 'fr')[0]).toMatch(/écrivez retiré \(withdrawn\)$/);
  expect(said('Not yet started', 'en')[0]).toMatch(/write not-started$/);
  expect(said('Blue', 'en')[0]).toMatch(/write not-started, limited, substantial, complete or withdrawn/);
});
