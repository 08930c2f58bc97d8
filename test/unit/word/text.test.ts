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
import { critiqueLength, critiqueSpan, embed, fromRaw, rawSpan, textView } from '../../../src/word/textview';

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
    expect(planSpan('Promouvoir et promouvoir', 14, 24)).toEqual({
      head: { needle: 'promouvoir', occurrence: 0 },
      covered: [14, 24],
      matches: 1,
    });
  });
  it('plans a head and a tail past the search limit, never splitting an emoji', () => {
    const long = 'é'.repeat(MAX_SEARCH - 1) + '🚀' + 'x'.repeat(100);
    const plan = planSpan(long, 0, long.length)!;
    expect(plan.head.needle.length).toBe(MAX_SEARCH - 1);
    expect(plan.tail!.needle.length).toBeLessThanOrEqual(MAX_SEARCH);
    expect(long.endsWith(plan.tail!.needle)).toBe(true);
    expect(clipNeedle('ab')).toBe('ab');
  });
  it('clips on the escaped length: French non-breaking spaces count twice', () => {
    const text = Array.from({ length: 100 }, (_, i) => `${i % 10}\u00a0`).join('') + 'fin'; // 203 characters, 303 escaped
    const plan = planSpan(text, 0, text.length)!;
    expect(escapeSearch(plan.head.needle).length).toBeLessThanOrEqual(MAX_SEARCH);
    expect(escapeSearch(plan.tail!.needle).length).toBeLessThanOrEqual(MAX_SEARCH);
    expect(plan.head.needle.length).toBe(170); // 85 pairs: 255 escaped
    expect(text.startsWith(plan.head.needle) && text.endsWith(plan.tail!.needle)).toBe(true);
    expect(clipNeedle('^'.repeat(200))).toHaveLength(127);
  });
  it('finds a span around characters search cannot find, and leaves them out at its ends', () => {
    const text = 'publié\u0002 en juin\u0001';
    expect(planSpan(text, 0, text.length)).toEqual({
      head: { needle: 'publié', occurrence: 0 },
      tail: { needle: ' en juin', occurrence: 0 },
      covered: [0, text.length - 1],
      matches: 2,
    });
    expect(planSpan('\u0002\u0001', 0, 2)).toBeUndefined();
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
    expect(sameColour('Gray50', '#808080')).toBe(true);
    expect(sameColour(null, '')).toBe(true);
    expect(sameColour('#FF00FF', '#FFFF00')).toBe(false);
  });
});

describe('textView: Jalon’s text of a paragraph and where each character is in Word’s', () => {
  it('is Word’s text where nothing differs', () => {
    const v = textView('Nous allons renforcer la transparence.');
    expect(v.text).toBe('Nous allons renforcer la transparence.');
    expect(rawSpan(v, 12, 21)).toEqual([12, 21]);
  });
  it('drops tracked deletions (current text) and note marks, maps Word’s hyphen codes', () => {
    const raw = 'Publier\u0002 rapidement le dé\u001fcret\u001ebis.';
    const current = 'Publier\u0002 le dé\u001fcret\u001ebis.';
    const v = textView(raw, current);
    expect(v.text).toBe('Publier le dé\u00adcret\u2011bis.');
    const at = v.text.indexOf('le');
    expect(raw.slice(...rawSpan(v, at, at + 2))).toBe('le');
    expect(raw.slice(...rawSpan(v, 0, v.text.length))).toBe(raw);
    expect(fromRaw(v, raw.indexOf('le'))).toBe(at);
    // Word's critiques count the current text without the note mark (office-js#5672, #4997).
    expect(critiqueSpan(v, at, at + 2)).toEqual([current.indexOf('le') - 1, current.indexOf('le') + 1]);
    expect(critiqueLength(v)).toBe(current.length - 1);
  });
  it('embeds the current text in Word’s only where it fits, else reads Word’s text', () => {
    expect(Array.from(embed('abc', 'aXbYc')!)).toEqual([0, 2, 4]);
    expect(embed('abz', 'aXbYc')).toBeUndefined();
    expect(textView('aXbYc', 'abz').text).toBe('aXbYc');
  });
});
