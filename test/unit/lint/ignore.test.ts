import { analyze } from '../../../src/core/analyze';
import { parseHouseRules } from '../../../src/core/lint';
import { fromPlainText } from '../../../src/core/source';

const text = 'Nous renforcerons le contrôle.\nNous renforcerons la formation.\nNous améliorerons le portail à terme.';

function shown(options: Parameters<typeof analyze>[1]): string[] {
  return analyze(fromPlainText(text), { lang: 'fr', ...options }).findings.map(
    (f) => `${f.ruleId}:${f.actual}@${f.paragraph}`,
  );
}

describe('ignore at four levels', () => {
  const all = analyze(fromPlainText(text), { lang: 'fr' });

  test('fingerprints differ by context and survive edits elsewhere', () => {
    const [a, b] = all.findings.filter((f) => f.actual === 'renforcerons');
    expect(a.fingerprint).not.toBe(b.fingerprint);
    const edited = analyze(fromPlainText(`Un paragraphe ajouté au début.\n${text}`), { lang: 'fr' });
    expect(edited.findings.map((f) => f.fingerprint)).toEqual(
      expect.arrayContaining(all.findings.map((f) => f.fingerprint)),
    );
  });

  test('this occurrence', () => {
    const fp = all.findings.find((f) => f.actual === 'renforcerons')!.fingerprint;
    const a = analyze(fromPlainText(text), { lang: 'fr', ignores: { fingerprints: [fp] } });
    expect(a.findings.filter((f) => f.actual === 'renforcerons')).toHaveLength(1);
    expect(a.suppressed).toEqual([
      expect.objectContaining({ actual: 'renforcerons', suppression: { level: 'occurrence', by: 'user' } }),
    ]);
  });

  test('this term (every form of the lemma)', () => {
    expect(shown({ ignores: { terms: ['renforcer'] } })).toEqual(['vague-term:améliorerons@2', 'vague-time:à terme@2']);
  });

  test('this rule', () => {
    expect(shown({ ignores: { rules: ['vague-term'] } })).toEqual(['vague-time:à terme@2']);
  });

  test('the organisation’s shared list, from the house rules', () => {
    const r = parseHouseRules(JSON.stringify({ ignore: { rules: ['vague-time'], terms: ['améliorer'] } }));
    if (!r.ok) throw new Error('invalid');
    const a = analyze(fromPlainText(text), { lang: 'fr', houseRules: r.rules });
    expect(a.findings.map((f) => f.actual)).toEqual(['renforcerons', 'renforcerons']);
    expect(a.suppressed?.map((f) => f.suppression)).toEqual([
      { level: 'organisation', by: 'organisation' },
      { level: 'organisation', by: 'organisation' },
    ]);
  });
});
