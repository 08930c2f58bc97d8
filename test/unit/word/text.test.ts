import {
  clipNeedle,
  escapeSearch,
  headingLevelOf,
  indexId,
  MAX_SEARCH,
  occurrenceAt,
  planSpan,
  resolveIndexId,
  sameColour,
  textFingerprint,
} from '../../../src/word/text';

describe('occurrenceAt', () => {
  it('counts the non-overlapping matches before the offset', () => {
    const t = 'renforcer et renforcer encore, renforcer';
    expect(occurrenceAt(t, 'renforcer', 0)).toBe(0);
    expect(occurrenceAt(t, 'renforcer', 13)).toBe(1);
    expect(occurrenceAt(t, 'renforcer', 31)).toBe(2);
    expect(occurrenceAt(t, 'renforcer', 5)).toBeUndefined();
  });
  it('refuses a span hidden inside an earlier overlapping match', () => {
    expect(occurrenceAt('aaa', 'aa', 1)).toBeUndefined();
    expect(occurrenceAt('aaaa', 'aa', 2)).toBe(1);
  });
});

describe('escapeSearch', () => {
  it("turns Word's special characters into search codes", () => {
    expect(escapeSearch('50\u00a0%')).toBe('50^s%');
    expect(escapeSearch('x^2')).toBe('x^^2');
    expect(escapeSearch('trans\u00adparence')).toBe('trans^-parence');
    expect(escapeSearch('a\tb\u000bc')).toBe('a^tb^lc');
    expect(escapeSearch('open data 🚀')).toBe('open data 🚀');
  });
});

describe('planSpan', () => {
  it('plans one needle for short spans', () => {
    expect(planSpan('Promouvoir et promouvoir', 14, 24)).toEqual({ head: { needle: 'promouvoir', occurrence: 0 } });
  });
  it('plans a head and a tail past the search limit, never splitting an emoji', () => {
    const long = 'é'.repeat(MAX_SEARCH - 1) + '🚀' + 'x'.repeat(100);
    const plan = planSpan(long, 0, long.length)!;
    expect(plan.head.needle.length).toBe(MAX_SEARCH - 1);
    expect(plan.tail!.needle.length).toBeLessThanOrEqual(MAX_SEARCH);
    expect(long.endsWith(plan.tail!.needle)).toBe(true);
    expect(clipNeedle('ab')).toBe('ab');
  });
  it('rejects empty or out-of-range spans', () => {
    expect(planSpan('abc', 2, 2)).toBeUndefined();
    expect(planSpan('abc', 1, 9)).toBeUndefined();
  });
});

describe('fallback paragraph ids', () => {
  it('find the paragraph at its index, or where it moved, or nowhere once edited', () => {
    const texts = ['Titre', 'Engagement 1', 'Indicateur'];
    const id = indexId(1, texts[1]);
    expect(resolveIndexId(id, texts.map(textFingerprint))).toBe(1);
    const shifted = ['Nouveau', ...texts];
    expect(resolveIndexId(id, shifted.map(textFingerprint))).toBe(2);
    const edited = ['Titre', 'Engagement 1 modifié', 'Indicateur'];
    expect(resolveIndexId(id, edited.map(textFingerprint))).toBe(-1);
    expect(resolveIndexId('garbage', edited.map(textFingerprint))).toBe(-1);
  });
});

describe('headingLevelOf and sameColour', () => {
  it('reads built-in heading styles, then the outline level', () => {
    expect(headingLevelOf('Heading3', 10)).toBe(3);
    expect(headingLevelOf('Other', 2)).toBe(2);
    expect(headingLevelOf('Normal', 10)).toBe(0);
    expect(headingLevelOf('Other', 'OutlineLevel4')).toBe(4);
  });
  it('compares colour names and hex codes', () => {
    expect(sameColour('yellow', '#ffff00')).toBe(true);
    expect(sameColour(null, '')).toBe(true);
    expect(sameColour('#FF00FF', '#FFFF00')).toBe(false);
  });
});
