// Issue 16's house rule: no source file over 400 lines without a reason at its top. A file that grows past 400
// lines fails here until it is split or its opening comment says why it stays whole ("Over 400 lines: …").
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const LIMIT = 400;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return /\.tsx?$/.test(e.name) ? [path] : [];
  });
}

/** The comment lines a file opens with, before its first line of code. */
function openingComment(text: string): string {
  const lines = text.split('\n');
  const end = lines.findIndex((l) => !/^\s*(\/\/|\/\*|\*|$)/.test(l));
  return lines.slice(0, end < 0 ? lines.length : end).join('\n');
}

/** A file too long for its reason: over the limit and no "Over 400 lines:" in its opening comment. */
export const unexplained = (text: string): boolean =>
  text.split('\n').length > LIMIT && !/Over 400 lines:/.test(openingComment(text));

test('the rule tells a long file with its reason from one without', () => {
  const body = Array.from({ length: LIMIT + 1 }, (_, i) => `const a${i} = ${i};`).join('\n');
  expect(unexplained(`// What this file does.\n${body}`)).toBe(true);
  expect(unexplained(`// What this file does.\n// Over 400 lines: one table.\n${body}`)).toBe(false);
  // The reason counts only where a reader looks first, not in a comment further down.
  expect(unexplained(`// What this file does.\n${body}\n// Over 400 lines: one table.`)).toBe(true);
  expect(unexplained(`// Short.\nconst a = 1;`)).toBe(false);
});

test('every source file over 400 lines says at its top why it stays whole', () => {
  const long = sources(join(ROOT, 'src'))
    .filter((f) => unexplained(readFileSync(f, 'utf8')))
    .map((f) => relative(ROOT, f));
  expect(long).toEqual([]);
});
