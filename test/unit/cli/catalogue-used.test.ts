// Every word of the command line's catalogue (src/core/messages/cli.ts) is read by some code: a key no code uses is
// a text a translator keeps up for nothing, and often the sign of a message that was meant to be said and is not.
// Only the command line reads this namespace (src/cli/**), so its keys are looked for there.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { cli } from '../../../src/core/messages/cli';

const CLI_SRC = join(__dirname, '../../../src/cli');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) ? [readFileSync(path, 'utf8')] : [];
  });
}

/**
 * Objects whose keys are read by a value rather than by name: a level, a severity, a field or a language picks its
 * word (`cli[L].levels[level]`, the key `levelPhrase.<level>` built in a string, `guard.languages[detected]`). Each
 * is checked as used as a whole (its name read), not key by key: its keys are a type's values (level, severity,
 * field, language), which the compiler holds it to through the types that index it.
 */
const BY_VALUE = ['levels', 'severities', 'fields', 'levelPhrase', 'guard.languages'];

/**
 * Keys of the first level read by a value too: a comparison says each commitment's change by its status
 * (compare.ts, `t(change.status, L)`, ChangeStatus). Each must still be one of the status's values there.
 */
const STATUS = ['improved', 'regressed', 'unchanged', 'added', 'removed'];

/** Every key path of the French catalogue (the English has the same: catalogue.test.ts). */
function keyPaths(o: Record<string, unknown>, path: string[] = []): string[][] {
  return Object.entries(o).flatMap(([k, v]) => {
    const here = [...path, k];
    if (BY_VALUE.includes(here.join('.'))) return [here];
    return typeof v === 'string' ? [here] : keyPaths(v as Record<string, unknown>, here);
  });
}

/** Code without its comments (a comment that quotes a message does not use it). */
const withoutComments = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');

describe('the command line’s catalogue', () => {
  const code = withoutComments(sources(CLI_SRC).join('\n'));
  /**
   * A key of the catalogue's first level is read by `t('reading', L)`, `tn('draftCount', ...)` (draftCount_one and
   * _other) or `cli[L].guard`; a deeper one as a property of its parent (`help.jobs`, `w.usage.invalidChoice`),
   * named in a string (a code's key in READ_CODES), or as a key built in a string from its prefix
   * (`tn(\`levelPhrase.${level}\`, ...)`).
   */
  const used = (path: string[]) => {
    const name = path[path.length - 1].replace(/_(one|other)$/, '');
    if (path.length === 1 && STATUS.includes(name)) return new RegExp(`ChangeStatus =[^;]*'${name}'`).test(code);
    if (path.length === 1) return new RegExp(`\\btn?\\([^()]*['"\`]${name}\\b|\\]\\.${name}\\b`).test(code);
    return new RegExp(`\\.${name}\\b(?!\\s*\\()|['"\`]${name}['"\`]|\`${name}\\.`).test(code);
  };

  it('has no key that no code of src/cli reads', () => {
    const unused = keyPaths(cli.fr)
      .filter((path) => !used(path))
      .map((path) => path.join('.'));
    expect(unused).toEqual([]);
  });

  it('would tell a key no code reads (the check itself)', () => {
    expect(used(['noSuchKeyAnywhere'])).toBe(false);
    expect(used(['help', 'noSuchKeyAnywhere'])).toBe(false);
    expect(used(['reading'])).toBe(true);
    expect(used(['draftCount_one'])).toBe(true);
  });
});
