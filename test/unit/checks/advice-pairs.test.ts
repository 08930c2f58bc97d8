// The two languages of one example say the same thing: the French and English banks give every subject the same
// figures (amounts, thresholds, counts, dates) and credit the same real commitments, so that a plan reviewed in
// French and in English is shown the same example.
import { BANKS } from '../../../src/core/checks/missing-field/advice';

/** The figures of a text as numbers: « 1,2 M€ » and "$1.2 million" are 1200000, « 40 000 € » and "$40,000" 40000. */
function figures(text: string, lang: 'fr' | 'en'): number[] {
  const out: number[] = [];
  const re =
    lang === 'fr'
      ? /(\d{1,3}(?:[  ]\d{3})+|\d+(?:,\d+)?)(?:\s?(k€|M€|millions?))?/g
      : /(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(k| million)?/g;
  for (const m of text.matchAll(re)) {
    const n = parseFloat(lang === 'fr' ? m[1].replace(/[  ]/g, '').replace(',', '.') : m[1].replace(/,/g, ''));
    const unit = m[2]?.trim() ?? '';
    out.push(Math.round(n * (unit.startsWith('k') ? 1e3 : unit.startsWith('M') || unit.startsWith('m') ? 1e6 : 1)));
  }
  return out.sort((a, b) => a - b);
}

// "100 %" in French is "All" or "Every" in English: the same figure said in words.
const withoutAll = (text: string) => text.replace(/\b100 ?%/g, '');

describe('the French and English advice banks say the same thing', () => {
  const en = new Map(BANKS.en.subjects.map((s) => [s.id, s]));

  it.each(BANKS.fr.subjects.map((s) => [s.id, s] as const))('%s: the same figures in every example', (id, fr) => {
    const other = en.get(id)!;
    expect(Object.keys(other.examples).sort()).toEqual(Object.keys(fr.examples).sort());
    for (const [field, text] of Object.entries(fr.examples)) {
      const english = other.examples[field as keyof typeof other.examples]!;
      expect({ field, figures: figures(english, 'en') }).toEqual({ field, figures: figures(withoutAll(text), 'fr') });
    }
  });

  it.each(BANKS.fr.subjects.map((s) => [s.id, s] as const))('%s: the same commitments credited', (id, fr) => {
    const other = en.get(id)!;
    // The commitments' ids and years, field by field (their titles are translated).
    const ids = (s: string) => s.match(/\b[A-Z]{2,3}\d{4}\b|\d{4}-\d{4}|\d+\.\d+/g) ?? [];
    const credits = (s: typeof fr) =>
      Object.fromEntries([['*', s.source], ...Object.entries(s.sources ?? {})].map(([k, v]) => [k, ids(v!)]));
    expect(credits(other)).toEqual(credits(fr));
  });
});
