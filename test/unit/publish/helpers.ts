// Shared by the publish tests: the test plan and its sheets, sheets made from rows, a site folder's files.
import { cpSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { csvText, sheetColumns } from '../../../src/core';
import { runCli, tempDir } from '../cli/helpers';

export { runCli, tempDir };

export const FIXTURES = join(__dirname, '../../fixtures/publish');
export const PLAN = join(FIXTURES, 'plan-fr.md');
export const JUNE = join(FIXTURES, 'updates-2024-06.csv');
export const DECEMBER = join(FIXTURES, 'updates-2024-12.csv');
export const FEEDBACK = join(FIXTURES, 'feedback.csv');
export const TODAY = '2025-03-01';

/** A copy of the fixtures in a fresh folder, to edit. */
export function workspace(): string {
  const dir = tempDir('jalon-publish-');
  cpSync(FIXTURES, dir, { recursive: true });
  return dir;
}

/** A sheet of the French plan's columns holding `rows` (missing columns empty). */
export function sheet(dir: string, name: string, rows: Record<string, string>[]): string {
  const file = join(dir, name);
  writeFileSync(file, csvText(sheetColumns('fr'), rows));
  return file;
}

/** A sheet row reporting a milestone complete in January 2025, with `more` cells over those. */
export const completeRow = (id: string, more: Record<string, string> = {}): Record<string, string> => ({
  id,
  period: '2025-01',
  status: 'complete',
  progress: 'Fait.',
  updated: '2025-01-31',
  ...more,
});

export const FEEDBACK_HEADER = 'id,date,author_type,text,response,response_date';

/** Every file under a folder, as relative path -> content (to tell that nothing changed). */
/**
 * The files a directory holds, read as a reader sees them: French pages are typeset with no-break spaces before
 * « : ; ? ! » and inside « », read here as spaces so tests quote the texts as written (test/unit/cli/typography.test.ts
 * checks the typesetting itself).
 */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (!existsSync(dir)) return out;
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out[relative(dir, full)] = readFileSync(full, 'utf8').replace(/[\u00a0\u202f]/g, ' ');
    }
  };
  walk(dir);
  return out;
}

/** The test plan published in both languages (a site is in the plan's language alone unless --site-lang says so). */
export function publishArgs(out: string, updates: string[] = [JUNE, DECEMBER], extra: string[] = []): string[] {
  return [
    'publish',
    PLAN,
    '--updates',
    ...updates,
    '--feedback',
    FEEDBACK,
    '--today',
    TODAY,
    '--site-lang',
    'fr,en',
    '--out',
    out,
    ...extra,
  ];
}
