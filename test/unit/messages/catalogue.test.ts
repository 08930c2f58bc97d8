// Every namespace of the message catalogue has the same keys in French and English, no empty text, and the same
// {{placeholders}} in both languages; the translator fills them and picks plurals as i18next does.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fill, translate } from '../../../src/core/messages/translate';

type Tree = { [key: string]: string | Tree };
const DIR = join(__dirname, '../../../src/core/messages');
const NOT_NAMESPACES = new Set(['index.ts', 'translate.ts', 'shape.ts']);

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of leaves(v, key)) out.set(kk, vv);
  }
  return out;
}
const slots = (s: string) => [...s.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort();

const files = readdirSync(DIR).filter((f) => f.endsWith('.ts') && !NOT_NAMESPACES.has(f));

test('the catalogue has namespaces', () => {
  expect(files).toContain('pane.ts');
});

describe.each(files)('namespace %s', (file) => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require(join(DIR, file)) as Record<string, { fr: Tree; en: Tree }>;
  const [name, ns] = Object.entries(mod).find(([, v]) => typeof v === 'object' && 'fr' in v && 'en' in v)!;
  const fr = leaves(ns.fr);
  const en = leaves(ns.en);

  test(`${name}: every key exists in both languages`, () => {
    expect([...en.keys()].filter((k) => !fr.has(k))).toEqual([]);
    expect([...fr.keys()].filter((k) => !en.has(k))).toEqual([]);
  });

  test(`${name}: no empty text, the same placeholders in both languages`, () => {
    for (const [k, v] of fr) {
      expect(v.trim()).not.toBe('');
      expect(en.get(k)!.trim()).not.toBe('');
      // Plural forms may drop the count ("un jalon"); other keys name the same values.
      if (!/_(?:one|zero)$/.test(k)) expect({ key: k, slots: slots(en.get(k)!) }).toEqual({ key: k, slots: slots(v) });
    }
  });
});

test('the translator fills values, formats numbers and picks plurals per language', () => {
  const tree = { n: { x_one: '{{count, number}} jalon', x_other: '{{count, number}} jalons' }, hi: 'Bonjour {{who}}' };
  expect(translate(tree, 'fr', 'n.x', { count: 1 })).toBe('1 jalon');
  expect(translate(tree, 'fr', 'n.x', { count: 0 })).toBe('0 jalon'); // French: 0 is singular
  expect(translate(tree, 'en', 'n.x', { count: 0 })).toBe('0 jalons');
  expect(translate(tree, 'fr', 'n.x', { count: 12345 })).toBe('12\u202f345 jalons');
  expect(translate(tree, 'fr', 'hi', { who: 'Anne' })).toBe('Bonjour Anne');
  expect(translate(tree, 'fr', 'missing.key')).toBe('missing.key');
  expect(fill('{{a}} et {{b}}', { a: 1 }, 'fr')).toBe('1 et ');
});
