// Each commitment's words are read once for the two plan checks that read words (the advice, the copies): what each
// makes of those shared runs must be what it makes of the text read its own way.
import fc from 'fast-check';
import { fromParagraphs, fromPlainText } from '../../../src/core/source';
import { readCommitments } from '../../../src/core/commitments';
import { foldedText, sentenceSpansIn } from '../../../src/core/commitments/text';
import { foldSameLength, foldWord } from '../../../src/core/text/fold';
import { duplicate } from '../../../src/core/checks/duplicate';
import { missingField } from '../../../src/core/checks/missing-field';
import { planCurrency } from '../../../src/core/template/plan-currency';
import { planPeriod } from '../../../src/core/template/plan-period';
import { adviceReading, adviceWords, commitmentSubject, BANKS } from '../../../src/core/checks/missing-field/advice';
import { shingleRange, STOPWORDS, SHINGLE } from '../../../src/core/checks/duplicate/shingles';
import {
  commitmentWords,
  planWordHash,
  wordsOfCommitments,
  FNV_OFFSET,
  fnvMix as mix,
  HASH_MASK,
} from '../../../src/core/checks/plan-words';

// Words of the bank (so that subjects are found), the characters the shared reading cannot take for the advice's
// (« œ », a combining accent, Greek, a character outside the basic plane), and signs that end words.
const PIECE = fc.oneof(
  fc.constantFrom(
    ...BANKS.fr.subjects.flatMap((s) => s.keywords.slice(0, 3).map((k) => k.replace(/\*/g, 's'))),
    ...BANKS.en.subjects.flatMap((s) => s.keywords.slice(0, 2).map((k) => k.replace(/\*/g, ''))),
    'Données ouvertes',
    'ÉLAN',
    'mise en œuvre',
    'e\u0301',
    'Αθήνα',
    '𝐀',
    '\u00a0',
    '’',
    '. ',
    ' ; ',
    '\n',
    'Coût : 150 k€',
    'data.gouv.fr',
    '2024',
    ' ',
    ' de la ',
  ),
  fc.string({ maxLength: 5 }),
);
const TEXT = fc.array(PIECE, { maxLength: 25 }).map((xs) => xs.join(''));

/** The runs of a to z and 0 to 9 of foldSameLength(t)[start, end), by a regular expression. */
function runsPlain(t: string, start: number, end: number) {
  const folded = foldSameLength(t).slice(start, end);
  return [...folded.matchAll(/[a-z0-9]+/g)].map((m) => ({ start: start + m.index, text: m[0] }));
}

const finish = (h: number) => (h ^ (h >>> 15)) & HASH_MASK;

/** Each sentence's shingles as the copy check defines them, each sentence's words read by a regular expression. */
function shinglesPlain(t: string, start: number, end: number) {
  const out: Array<{ start: number; end: number; shingles: number[]; key: number }> = [];
  for (const s of sentenceSpansIn(t, start, end)) {
    const words = runsPlain(t, s.start, s.end)
      .map((r) => r.text)
      .filter((w) => w.length >= 2 && !STOPWORDS.has(w))
      .map(planWordHash);
    if (words.length === 0) continue;
    let key = 0x9e3779b9;
    for (const w of words) key = mix(key, w);
    const shingles: number[] = [];
    if (words.length < SHINGLE) shingles.push(finish(key));
    for (let i = 0; i + SHINGLE <= words.length; i++)
      shingles.push(finish(mix(mix(mix(FNV_OFFSET, words[i]), words[i + 1]), words[i + 2])));
    out.push({ start: s.start, end: s.end, shingles, key: finish(mix(key, SHINGLE)) });
  }
  return out;
}

/**
 * A plan of commitments whose bodies are random pieces, some with a cost line inside; its titles follow Markdown
 * heading marks or not, some on two lines (the title reads a space for the line break: not the text as it stands).
 */
const PLAN = fc
  .tuple(
    fc.array(fc.tuple(TEXT, fc.array(TEXT, { maxLength: 4 }), fc.nat(3)), { minLength: 1, maxLength: 5 }),
    fc.boolean(),
  )
  .map(([cs, markdown]) => {
    const paragraphs = cs.flatMap(([title, body, cost], k) => [
      `${markdown ? '## ' : ''}Engagement ${k + 1} : ${title.replace(/\n/g, ' ')}`,
      ...body.slice(0, 2),
      ...[[], ['Coût : 150 000 € sur le budget des données ouvertes'], ['Coût : non chiffré'], ['Jalons : à définir']][
        cost
      ],
      ...body.slice(2),
    ]);
    return markdown
      ? fromPlainText(paragraphs.map((p) => p.replace(/\n/g, ' ')).join('\n'), { markdown: true })
      : fromParagraphs(paragraphs.map((text) => ({ text })));
  });

describe("a commitment's words, read once for the plan checks", () => {
  it('are the runs of a to z and 0 to 9 of the folded text, hashed as the copy check hashes its words', () => {
    fc.assert(
      fc.property(TEXT, fc.nat(), fc.nat(), (t, a, b) => {
        const [start, end] = [a % (t.length + 1), b % (t.length + 1)].sort((x, y) => x - y);
        const w = commitmentWords(t, foldSameLength(t), start, end);
        const got = Array.from({ length: w.count }, (_, k) => ({
          start: w.starts[k],
          text: foldSameLength(t).slice(w.starts[k], w.ends[k]),
          hash: w.hashes[k],
        }));
        expect(got).toEqual(runsPlain(t, start, end).map((r) => ({ ...r, hash: planWordHash(r.text) })));
        // Plain, they are the words the advice reads (letters and digits of any script, folded by foldWord).
        const advice = foldWord(t.slice(start, end)).match(/[\p{L}\p{N}]+/gu) ?? [];
        if (w.plain) expect(got.map((r) => r.text)).toEqual(advice);
      }),
      { numRuns: 1000 },
    );
  });

  it('are plain for text in French and English of the Latin alphabet, and not where a letter folds otherwise', () => {
    const plain = (t: string) => commitmentWords(t, foldSameLength(t), 0, t.length).plain;
    expect(plain('Élaborer d’ici 2024 un décret sur l’accès aux données (Coût : 150 k€).')).toBe(true);
    expect(plain('Open data\u00a0: the Ministry’s « portal », 2024–2026.')).toBe(true);
    expect(plain('mise en œuvre')).toBe(false); // two letters
    expect(plain('donne\u0301es')).toBe(false); // an accent folded to nothing
    expect(plain('Αθήνα')).toBe(false); // letters outside a to z
  });

  it("give the copy check each sentence's shingles as its words read by a regular expression give them", () => {
    let shared = 0;
    fc.assert(
      fc.property(PLAN, (source) => {
        const words = wordsOfCommitments(source);
        const folded = foldedText(source);
        for (const c of readCommitments(source, { lang: 'fr' })) {
          const want = shinglesPlain(source.text, c.start, c.end);
          expect(shingleRange(source.text, folded, c.start, c.end, undefined, words.of(c)).sentences).toEqual(want);
          expect(shingleRange(source.text, folded, c.start, c.end).sentences).toEqual(want);
          shared++;
        }
      }),
      { numRuns: 300 },
    );
    expect(shared).toBeGreaterThan(300);
  });

  it('tell the copy check its stopwords where they stand, as the stopword set tells them cut out', () => {
    // « zrejbr », « uapeta » and « hfpjkq » have the hash of « le », « des » and « sur »: the hash finds the stopwords
    // to compare, the letters decide.
    for (const [word, stop] of [
      ['zrejbr', 'le'],
      ['uapeta', 'des'],
      ['hfpjkq', 'sur'],
    ])
      expect(planWordHash(word)).toBe(planWordHash(stop));
    // Every stopword as written, in capitals, with a letter more or less, and words whose hash's low bits a
    // stopword's share (the byte table lets them through to the comparison).
    const stops = [...STOPWORDS];
    const near = Array.from({ length: 26 ** 3 }, (_, k) =>
      String.fromCharCode(97 + (k % 26), 97 + (Math.floor(k / 26) % 26), 97 + Math.floor(k / 676)),
    ).filter((w) => !STOPWORDS.has(w) && stops.some((x) => (planWordHash(x) & 0xffff) === (planWordHash(w) & 0xffff)));
    expect(near.length).toBeGreaterThan(10);
    const word = fc.oneof(
      fc.constantFrom(...stops, 'zrejbr', 'uapeta', 'hfpjkq', 'État', 'où'),
      fc.constantFrom(...stops).map((w) => w.toUpperCase()),
      fc.constantFrom(...stops).map((w) => `${w}s`),
      fc.constantFrom(...stops).map((w) => w.slice(1)),
      fc.constantFrom(...near),
    );
    const sentence = fc.array(word, { minLength: 1, maxLength: 12 }).map((ws) => ws.join(' '));
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 8 }), (ss) => {
        const t = ss.join('. ');
        const folded = foldSameLength(t);
        const want = shinglesPlain(t, 0, t.length);
        expect(shingleRange(t, folded, 0, t.length).sentences).toEqual(want);
        expect(
          shingleRange(t, folded, 0, t.length, undefined, commitmentWords(t, folded, 0, t.length)).sentences,
        ).toEqual(want);
      }),
      { numRuns: 500 },
    );
  });

  it("give the advice the subject its own reading of the commitment's text gives, around its cost line", () => {
    let fromRuns = 0;
    let costInside = 0;
    let titleAfter = 0;
    fc.assert(
      fc.property(PLAN, (source) => {
        const words = wordsOfCommitments(source);
        const reading = adviceReading(foldedText(source), words);
        for (const c of readCommitments(source, { lang: 'fr' })) {
          if (words.of(c).plain) fromRuns++;
          if (c.fields.cost && c.fields.cost.start > c.start) costInside++;
          if (!source.text.startsWith(c.title, c.start)) titleAfter++;
          // The plan check's reading (shared runs), the pane's (one commitment folded alone).
          const shared = adviceWords(source.text, c, reading);
          const alone = adviceWords(source.text, c);
          expect(shared.title.map((w) => w.text)).toEqual(alone.title.map((w) => w.text));
          expect(shared.body.map((w) => w.text)).toEqual(alone.body.map((w) => w.text));
          expect(commitmentSubject(source.text, c, reading)).toBe(commitmentSubject(source.text, c));
        }
      }),
      { numRuns: 300 },
    );
    expect(fromRuns).toBeGreaterThan(100);
    // The generator must reach both cases, not a share of runs: random draws gave 47 once where 50 was asked.
    expect(costInside).toBeGreaterThan(20);
    expect(titleAfter).toBeGreaterThan(20);
  });

  it('give the advice each word as itself, also when two words share a hash', () => {
    // « dsbjm » and « hraba » have the same hash: the word last found for a hash is taken only if its letters agree.
    expect(planWordHash('dsbjm')).toBe(planWordHash('hraba'));
    const source = fromParagraphs([
      { text: 'Engagement 1 : Ouvrir les données' },
      { text: 'dsbjm hraba dsbjm hraba hraba données ouvertes dsbjm' },
    ]);
    const [c] = readCommitments(source, { lang: 'fr' });
    const reading = adviceReading(foldedText(source), wordsOfCommitments(source));
    expect(commitmentSubject(source.text, c, reading)).toBe(commitmentSubject(source.text, c));
    expect(reading.words.get(planWordHash('hraba'))!.map((w) => w.text)).toEqual(['dsbjm', 'hraba']);
  });

  it('give both checks the findings each makes reading the words alone', () => {
    fc.assert(
      fc.property(PLAN, fc.constantFrom<'fr' | 'en'>('fr', 'en'), (source, lang) => {
        const commitments = readCommitments(source, { lang });
        const options = { lang, earlierPlans: null };
        const words = wordsOfCommitments(source);
        for (const check of [missingField, duplicate]) {
          // The copy check takes each commitment's sentences from its reading once: read the commitments again.
          const alone = check.run({ source, commitments: readCommitments(source, { lang }), options });
          expect(check.run({ source, commitments, options, words })).toEqual(alone);
        }
      }),
      { numRuns: 100 },
    );
  });

  it("give each missing field the words the commitment's own check gives it (made once per subject, field, weakness)", () => {
    let compared = 0;
    let weak = 0;
    fc.assert(
      fc.property(PLAN, fc.constantFrom<'fr' | 'en'>('fr', 'en'), (source, lang) => {
        const commitments = readCommitments(source, { lang });
        const options = { lang, earlierPlans: null };
        const all = missingField.run({ source, commitments, options, words: wordsOfCommitments(source) });
        const currency = planCurrency(source.text, commitments);
        const period = JSON.stringify(planPeriod(source.text, commitments));
        commitments.forEach((c, k) => {
          // The plan's currency or period read from this commitment alone may differ: its amounts or years then would.
          if (planCurrency(source.text, [c]) !== currency) return;
          if (JSON.stringify(planPeriod(source.text, [c])) !== period) return;
          const alone = missingField.run({ source, commitments: [c], options }).map((f) => ({ ...f, commitment: k }));
          expect(all.filter((f) => f.commitment === k).map((f) => ({ ...f, fingerprint: '' }))).toEqual(
            alone.map((f) => ({ ...f, fingerprint: '' })),
          );
          compared += alone.length;
          weak += alone.filter((f) => f.data!.weak).length;
        });
      }),
      { numRuns: 150 },
    );
    expect(compared).toBeGreaterThan(500);
    expect(weak).toBeGreaterThan(20);
  });
});
