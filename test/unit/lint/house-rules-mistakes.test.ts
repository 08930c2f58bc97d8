// The mistakes people make writing house rules are said, not silently ignored: a check's name misspelt anywhere
// (refused, naming the line, the column and the nearest names), a severity written as the reports show it
// (« erreur », accepted), a wrong value said once, a term removed that no check has (a warning: the file works).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { parseHouseRules, RULE_IDS } from '../../../src/core';
import { houseRulesSchema, nearest } from '../../../src/core/lint/house-rules';
import { findings, vague } from './helpers';

/** The file's lines joined, so that a test can say where each value is. */
const file = (...lines: string[]): string => lines.join('\n');

/** Where `text` starts in the file, as line and column (both 1-based). */
function where(json: string, text: string, nth = 0): { line: number; column: number } {
  let at = -1;
  for (let k = 0; k <= nth; k++) at = json.indexOf(text, at + 1);
  expect(at).toBeGreaterThanOrEqual(0);
  const before = json.slice(0, at).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

describe('a check’s name misspelt anywhere in the file is refused, with the nearest names', () => {
  const json = file(
    '{',
    '  "rules": { "vague-terms": "off" },',
    '  "add": [{ "rule": "Vague_Term", "term": "pérenniser" }],',
    '  "remove": [{ "rule": "jargonn", "term": "DSI" }],',
    '  "exceptions": {',
    '    "add": [{ "rule": "hedges", "term": "peut-être", "pattern": "_ pas" }],',
    '    "remove": [{ "rule": "vague-tme", "pattern": "_ scolaire" }]',
    '  },',
    '  "ignore": { "rules": ["vague-terms", "duplicate"] }',
    '}',
  );
  const r = parseHouseRules(json);
  const byPath = new Map(r.errors.map((e) => [e.path, e]));

  test('one error per misspelt name, nothing else', () => {
    expect(r.ok).toBe(false);
    expect([...byPath.keys()].sort()).toEqual(
      [
        '/rules/vague-terms',
        '/add/0/rule',
        '/remove/0/rule',
        '/exceptions/add/0/rule',
        '/exceptions/remove/0/rule',
        '/ignore/rules/0',
      ].sort(),
    );
    expect(r.errors).toHaveLength(6);
  });

  test.each([
    ['/rules/vague-terms', '"vague-terms"', 'vague-terms', ['vague-term']],
    ['/add/0/rule', '"Vague_Term"', 'Vague_Term', ['vague-term']],
    ['/remove/0/rule', '"jargonn"', 'jargonn', ['jargon']],
    ['/exceptions/add/0/rule', '"hedges"', 'hedges', ['hedge']],
    ['/exceptions/remove/0/rule', '"vague-tme"', 'vague-tme', ['vague-time']],
    ['/ignore/rules/0', '"vague-terms"', 'vague-terms', ['vague-term']],
  ])('%s: line, column, the name and the nearest', (path, text, name, near) => {
    const e = byPath.get(path)!;
    const nth = path === '/ignore/rules/0' ? 1 : 0;
    expect({ line: e.line, column: e.column }).toEqual(where(json, text, nth));
    expect(e.message.fr).toContain(`Vérification inconnue « ${name} » ; vouliez-vous dire « ${near[0]} » ?`);
    expect(e.message.en).toContain(`Unknown check "${name}"; did you mean "${near[0]}"?`);
  });

  test('a check that has no terms, where terms are expected, is said so', () => {
    const j = '{ "remove": [{ "rule": "duplicate", "term": "x" }] }';
    const e = parseHouseRules(j).errors;
    expect(e).toHaveLength(1);
    expect(e[0].message.fr).toMatch(
      /^La vérification « duplicate » n’a pas de liste de termes : écrivez l’une de vague-term/,
    );
  });

  test('a name far from every check lists them all, suggesting none', () => {
    const e = parseHouseRules('{ "ignore": { "rules": ["orthographe"] } }').errors;
    expect(e).toHaveLength(1);
    expect(e[0].message.fr).toBe(`Vérification inconnue « orthographe » (vérifications : ${RULE_IDS.join(', ')})`);
  });

  test('the nearest names: case, "_" and spaces do not count; a swap is one slip', () => {
    expect(nearest('VAGUE TERM', RULE_IDS)).toEqual(['vague-term']);
    expect(nearest('jarogn', RULE_IDS)).toEqual(['jargon']);
    expect(nearest('vague-t', RULE_IDS)).toEqual([]);
    expect(nearest('vague-tim', RULE_IDS)).toEqual(['vague-time']);
  });

  test('an ignored check is ignored (the names the file accepts work)', () => {
    const ok = parseHouseRules('{ "ignore": { "rules": ["vague-term"] } }');
    if (!ok.ok) throw new Error(JSON.stringify(ok.errors));
    expect(vague('Nous allons renforcer le contrôle.', { houseRules: ok.rules })).toEqual([]);
    expect(vague('Nous allons renforcer le contrôle.')).toEqual(['renforcer']);
  });
});

describe('severities: the reports’ French names are accepted; a wrong one is said once, in the user’s language', () => {
  test.each([
    ['erreur', 'error'],
    ['Erreur', 'error'],
    ['avertissement', 'warning'],
    ['Avertissement', 'warning'],
    ['suggestion', 'suggestion'],
    ['information', 'info'],
    ['Information', 'info'],
    ['info', 'info'],
    ['error', 'error'],
    ['Warning', 'warning'],
  ])('« %s » is %s', (name, severity) => {
    const r = parseHouseRules(JSON.stringify({ rules: { 'vague-term': { severity: name } } }));
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    const said = findings('Nous allons renforcer le contrôle.', { houseRules: r.rules }, 'vague-term');
    expect(said.map((f) => f.severity)).toEqual([severity]);
  });

  test('an unknown severity: one message, at the value, listing the severities (nearest first)', () => {
    const json = file('{', '  "rules": {', '    "vague-term": { "severity": "avertisement" }', '  }', '}');
    const r = parseHouseRules(json);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ ...where(json, '"avertisement"'), path: '/rules/vague-term/severity' });
    expect(r.errors[0].message.fr).toBe(
      'Gravité inconnue « avertisement » ; vouliez-vous dire « avertissement » ? (gravités : erreur, avertissement, suggestion, information ; en anglais : error, warning, suggestion, info)',
    );
    expect(r.errors[0].message.en).toBe(
      'Unknown severity "avertisement"; did you mean "avertissement"? (severities: error, warning, suggestion, info; in French: erreur, avertissement, suggestion, information)',
    );
  });

  test('a setting written as a bare severity, or a number: one message each, saying how to write it', () => {
    const json = file('{', '  "rules": { "jargon": "erreur", "hedge": 3, "vague-time": "of" }', '}');
    const r = parseHouseRules(json);
    expect(r.errors.map((e) => [e.path, e.line, e.column])).toEqual([
      ['/rules/jargon', 2, where(json, '"erreur"').column],
      ['/rules/hedge', 2, where(json, '3').column],
      ['/rules/vague-time', 2, where(json, '"of"').column],
    ]);
    expect(r.errors[0].message.fr).toBe(
      'Réglage « erreur » de jargon : une gravité s’écrit { "severity": "erreur" } (ou "off", "on" pour arrêter ou lancer la vérification)',
    );
    expect(r.errors[1].message.en).toMatch(/^Setting "3" of hedge: write "off", "on" or \{ "severity": "warning" \}/);
    // No schema noise: no "Type incorrect", no "string attendu".
    expect(r.errors.map((e) => e.message.fr).join('\n')).not.toMatch(/Type incorrect|attendu/);
  });

  test('an unknown field in a setting: one message at the field', () => {
    const r = parseHouseRules('{ "rules": { "jargon": { "severite": "erreur" } } }');
    expect(r.errors.map((e) => e.path)).toEqual(['/rules/jargon/severite']);
  });

  test('the published schema accepts what Jalon accepts, and refuses what it refuses', () => {
    const validate = new Ajv({ strict: true }).compile(houseRulesSchema);
    for (const severity of ['erreur', 'Avertissement', 'information', 'info', 'warning'])
      expect(validate({ rules: { hedge: { severity } } })).toBe(true);
    for (const severity of ['fatal', 'ERREUR', 'avertisement'])
      expect(validate({ rules: { hedge: { severity } } })).toBe(false);
    expect(validate({ ignore: { rules: ['vague-terms'] } })).toBe(false);
  });
});

describe('a term removed, or an exception added or removed, that matches nothing: a warning, the file works', () => {
  const json = file(
    '{',
    '  "remove": [',
    '    { "rule": "vague-term", "term": "dévelloper" },',
    '    { "rule": "vague-term", "term": "développer" },',
    '    { "rule": "jargon", "term": "xqzw" },',
    '    { "term": "Renforcer" },',
    '    { "rule": "jargon", "term": "DSI" }',
    '  ],',
    '  "add": [{ "rule": "jargon", "term": "DSI", "explanation": "direction des systèmes d’information" }],',
    '  "exceptions": {',
    '    "add": [{ "rule": "vague-term", "term": "soutenirr", "pattern": "_ scolaire" }],',
    '    "remove": [{ "term": "soutenir", "pattern": "_ scolaire" }, { "term": "simplifier", "pattern": "xqzw _" }]',
    '  }',
    '}',
  );
  const r = parseHouseRules(json);

  test('the file is accepted; each warning names where, the term and the nearest', () => {
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.warnings.map((w) => [w.path, w.line, w.column])).toEqual([
      ['/remove/0/term', ...Object.values(where(json, '"dévelloper"'))],
      ['/remove/2/term', ...Object.values(where(json, '"xqzw"'))],
      ['/exceptions/add/0/term', ...Object.values(where(json, '"soutenirr"'))],
      ['/exceptions/remove/0/pattern', ...Object.values(where(json, '"_ scolaire"', 1))],
      ['/exceptions/remove/1/pattern', ...Object.values(where(json, '"xqzw _"'))],
    ]);
    const [misspelt, unknown, exception] = r.warnings;
    expect(misspelt.message.fr).toBe(
      '« dévelloper » ne correspond à aucun terme de vague-term : ce retrait ne change rien ; vouliez-vous dire « développer » ?',
    );
    expect(misspelt.message.en).toBe(
      '"dévelloper" matches no term of vague-term: removing it changes nothing; did you mean "développer"?',
    );
    expect(unknown.message.fr).toBe('« xqzw » ne correspond à aucun terme de jargon : ce retrait ne change rien');
    expect(exception.message.fr).toMatch(/cette exception ne s’applique à rien ; vouliez-vous dire « soutenir » \?$/);
  });

  test('what matches is not warned of, and does what it says', () => {
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    const said = (text: string) => vague(text, { houseRules: r.rules });
    expect(said('Nous développerons l’outil et renforcerons le contrôle.')).toEqual([]);
    expect(said('Nous allons simplifier le formulaire.')).toEqual(['simplifier']);
  });

  test('a term of one language only is found in it; a term of the other language is warned of', () => {
    const ok = parseHouseRules(JSON.stringify({ remove: [{ rule: 'vague-term', term: 'strengthen' }] }));
    expect(ok.ok && ok.warnings).toEqual([]);
    const fr = parseHouseRules(JSON.stringify({ remove: [{ rule: 'vague-term', term: 'strengthen', lang: 'fr' }] }));
    expect(fr.ok && fr.warnings.map((w) => w.path)).toEqual(['/remove/0/term']);
  });

  test('the example file shipped with Jalon has nothing to warn of', () => {
    const shipped = parseHouseRules(readFileSync(join(__dirname, '../../../examples/house-rules.json'), 'utf8'));
    expect(shipped.ok && shipped.warnings).toEqual([]);
  });
});

test('a pattern that cannot be read is said in the user’s language, with what is wrong with it', () => {
  const json = file(
    '{ "exceptions": { "add": [',
    '  { "rule": "vague-term", "term": "renforcer", "pattern": "a||b _" },',
    '  { "rule": "vague-term", "term": "renforcer", "pattern": "sans trou" }',
    '] } }',
  );
  const result = parseHouseRules(json);
  expect(result.ok).toBe(false);
  expect(result.errors.map((e) => [e.line, e.message.fr, e.message.en])).toEqual([
    [
      2,
      'Motif invalide « a||b _ » : alternative vide dans « a||b »',
      'Invalid pattern "a||b _": empty alternative in "a||b"',
    ],
    [
      3,
      'Motif invalide « sans trou » : le motif doit contenir exactement un « _ » (la place du terme)',
      'Invalid pattern "sans trou": the pattern needs exactly one "_" (where the term stands)',
    ],
  ]);
});
