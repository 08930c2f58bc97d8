import { analyze } from '../../../src/core/analyze';
import { createAnalyzer } from '../../../src/core/lint/analyzer';
import { fromParagraphs } from '../../../src/core/source';

const paragraphs = [
  { text: 'Engagement 1 : ouvrir les données', headingLevel: 2 },
  { text: 'Le PGO renforcera la transparence.' },
  { text: 'Nous publierons 12 jeux de données.' },
  { text: 'Le PGO publiera à terme un tableau de bord.' },
];

describe('incremental analyser', () => {
  test('reuses unchanged paragraphs and gives the same result as a fresh analysis', () => {
    const analyzer = createAnalyzer({ lang: 'fr' });
    analyzer.analyze(paragraphs);
    expect(analyzer.cacheStats()).toMatchObject({ hits: 0, misses: 4 });
    const edited = paragraphs.map((p, i) => (i === 2 ? { text: 'Nous améliorerons 12 jeux de données.' } : p));
    const incremental = analyzer.analyze(edited);
    expect(analyzer.cacheStats()).toMatchObject({ hits: 3, misses: 5 });
    const fresh = analyze(fromParagraphs(edited), { lang: 'fr' });
    expect(incremental.findings).toEqual(fresh.findings);
  });

  test('document-level context is recomputed: jargon moves to its new first use', () => {
    const analyzer = createAnalyzer({ lang: 'fr' });
    const first = analyzer.analyze(paragraphs).findings.filter((f) => f.ruleId === 'jargon');
    expect(first.map((f) => f.paragraph)).toEqual([1]);
    const withoutFirst = paragraphs.filter((_, i) => i !== 1);
    const second = analyzer.analyze(withoutFirst).findings.filter((f) => f.ruleId === 'jargon');
    expect(second.map((f) => [f.paragraph, f.actual])).toEqual([[2, 'PGO']]);
  });
});
