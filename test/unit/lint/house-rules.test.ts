import { parseHouseRules, ruleEnabled, type HouseRules } from '../../../src/core/lint';
import { houseRulesOverrides } from '../../../src/core/lint/house-rules';
import { findings, vague } from './helpers';

function rulesOf(json: string): HouseRules {
  const r = parseHouseRules(json);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.rules;
}

describe('house rules: validation names the bad line', () => {
  test('JSON syntax error: line and column', () => {
    const r = parseHouseRules('{\n  "name": "DINUM",\n  "accept": ["PGO",]\n}');
    expect(r.ok).toBe(false);
    expect(r.errors[0]).toMatchObject({ line: 3, column: 20 });
    expect(r.errors[0].message.fr).toMatch(/JSON invalide/);
    expect(r.errors[0].message.en).toMatch(/Invalid JSON/);
  });

  test('unterminated string and empty file', () => {
    expect(parseHouseRules('{\n "name": "x\n}').errors[0].line).toBe(2);
    expect(parseHouseRules('   ').errors[0].message.en).toMatch(/empty/);
  });

  test('schema errors point at the offending value or key', () => {
    const json = [
      '{',
      '  "rules": {',
      '    "vague-term": { "severity": "fatal" },',
      '    "made-up": "off"',
      '  },',
      '  "add": [',
      '    { "rule": "jargon", "trem": "DSI" }',
      '  ]',
      '}',
    ].join('\n');
    const r = parseHouseRules(json);
    expect(r.ok).toBe(false);
    const byPath = new Map(r.errors.map((e) => [e.path, e]));
    expect(byPath.get('/rules/vague-term/severity')).toMatchObject({ line: 3 });
    expect(byPath.get('/rules/made-up')).toMatchObject({ line: 4 });
    expect(byPath.get('/add/0/trem')).toMatchObject({ line: 7 });
    expect(r.errors.find((e) => e.message.en.includes('Missing required field "term"'))?.line).toBe(7);
  });

  test('bad exception patterns are reported with their line', () => {
    const json =
      '{\n  "exceptions": {\n    "add": [{ "rule": "vague-term", "term": "soutenir", "pattern": "croissance soutenue" }]\n  }\n}';
    const r = parseHouseRules(json);
    expect(r.ok).toBe(false);
    expect(r.errors[0]).toMatchObject({ line: 3, path: '/exceptions/add/0/pattern' });
  });

  test('a "__proto__" key is data, not a prototype', () => {
    const r = parseHouseRules('{"__proto__": {"polluted": true}}');
    expect(r.ok).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('house rules: effects', () => {
  test('add a verb (conjugated), remove a lemma, add an exception', () => {
    const houseRules = rulesOf(
      JSON.stringify({
        add: [{ rule: 'vague-term', term: 'rationaliser', nouns: ['rationalisation'] }],
        remove: [{ rule: 'vague-term', term: 'développer' }],
        exceptions: { add: [{ rule: 'vague-term', term: 'simplifier', pattern: 'déclaration _' }] },
      }),
    );
    expect(
      vague('Nous rationaliserons le fonds ; la rationalisation du fonds ; nous développerons l’outil.', {
        houseRules,
      }),
    ).toEqual(['rationaliserons', 'rationalisation']);
    expect(vague('Une déclaration simplifiée. Un formulaire simplifié.', { houseRules })).toEqual(['simplifié']);
  });

  test('severity change, rule off, accepted vocabulary', () => {
    const houseRules = rulesOf(
      JSON.stringify({
        rules: { 'vague-term': { severity: 'error' }, 'vague-quantity': 'off' },
        accept: ['PGO', 'open data'],
      }),
    );
    const fs = findings('Le PGO renforcera l’open data avec plusieurs partenaires.', { houseRules });
    expect(fs.map((f) => [f.ruleId, f.actual, f.severity])).toEqual([['vague-term', 'renforcera', 'error']]);
  });

  test('language-specific entries apply to their language only', () => {
    const houseRules = rulesOf(
      JSON.stringify({
        add: [
          {
            rule: 'jargon',
            term: 'DSI',
            lang: 'fr',
            caseSensitive: true,
            explanation: 'direction des systèmes d’information',
          },
        ],
      }),
    );
    expect(findings('La DSI publie.', { houseRules }, 'jargon')[0].expected).toEqual([
      'DSI (direction des systèmes d’information)',
    ]);
  });
});

describe('whether a rule is on, asked without a language (the command line, before it reads a draft)', () => {
  // The plain reading is the overrides the analysis applies, in either language.
  const settings = ['off', 'on', {}, { enabled: false }, { enabled: true }, { severity: 'info' }] as const;
  it.each(settings.map((s) => [JSON.stringify(s), s]))('%s', (_, setting) => {
    const h = { rules: { duplicate: setting } } as HouseRules;
    for (const lang of ['fr', 'en'] as const)
      expect(ruleEnabled(h, 'duplicate')).toBe(houseRulesOverrides(h, lang).enabled?.duplicate !== false);
    expect(ruleEnabled(h, 'vague-term')).toBe(true);
  });
  it('is on without house rules', () => expect(ruleEnabled(undefined, 'duplicate')).toBe(true));
});
