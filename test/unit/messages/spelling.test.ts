// One spelling for Jalon's English messages (audit12 #22): British, as the catalogue writes "organisation",
// "digitise". A word spelt the American way (-ize, -ization) beside British ones reads as a mistake.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const DIR = join(__dirname, '../../../src/core/messages');
/** Words whose -z- is no American spelling. */
const NOT_AMERICAN = new Set(['size', 'sizes', 'sized', 'prize', 'prizes', 'seize', 'seized', 'citizen', 'citizens']);

function words(pattern: RegExp): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const file of readdirSync(DIR).filter((f) => f.endsWith('.ts'))) {
    const text = readFileSync(join(DIR, file), 'utf8');
    for (const m of text.matchAll(pattern)) {
      const w = m[0].toLowerCase();
      if (NOT_AMERICAN.has(w)) continue;
      found.set(w, [...(found.get(w) ?? []), file]);
    }
  }
  return found;
}

describe('the English catalogue spells -ise words one way', () => {
  it('writes -ise and -isation (British) and no -ize or -ization beside them', () => {
    const british = words(/\b[A-Za-z]+is(?:e|es|ed|ing|ation|ations)\b/g);
    const american = words(/\b[A-Za-z]+iz(?:e|es|ed|ing|ation|ations)\b/g);
    // The catalogue is British: it has such words, and none spelt the other way.
    expect(british.has('organisation') || british.has('organisations')).toBe(true);
    expect([...american].map(([w, files]) => `${w} (${[...new Set(files)].join(', ')})`)).toEqual([]);
  });
});
