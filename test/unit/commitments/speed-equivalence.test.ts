// The shortcuts taken for speed must say what the plain computation says.
import fc from 'fast-check';
import { foldSameLength, parseDates, parseFoldedDates, parseFoldedDatesPlain } from '../../../src/core/dates';
import { hasEndOrPoint } from '../../../src/core/commitments/score';
import { figureCount, figureCountPlain } from '../../../src/core/commitments/model/features';
import { fromParagraphs, fromPlainText } from '../../../src/core/source';
import { readCommitments } from '../../../src/core/commitments';
import {
  foldedText,
  takeSentences,
  sentenceSpans,
  sentenceSpansCut,
  sentenceSpansIn,
  sentenceSpansPlain,
} from '../../../src/core/commitments/text';
import { duplicate, MAX_COPIES } from '../../../src/core/checks/duplicate';
import { overlapOf } from '../../../src/core/checks/duplicate/matching';
import { shingle, shingleRange } from '../../../src/core/checks/duplicate/shingles';
import type { Commitment } from '../../../src/core/types';
import type { SourceText } from '../../../src/core/source';
import { matchLabel, matchLabelPlain } from '../../../src/core/commitments/labels';
import { FIELD_LABELS } from '../../../src/core/commitments/lexicon';
import { fingerprintOf, fnv1a } from '../../../src/core/commitments/hash';
import { detectLanguage } from '../../../src/core/lint';
import { md, plainSentencesOfRange, read } from './helpers';

const duplicateFindings = (
  source: SourceText,
  commitments: Commitment[],
  options: { lang: 'fr'; earlierPlans: null },
) => duplicate.run({ source, commitments, options });

// Sentences a plan repeats a lot (its house style) and sentences of its own, so that some phrases run through
// most commitments (the bit-counted ones) and some pairs are near copies.
const HOUSE = [
  'Le ministère publiera les données essentielles des marchés publics chaque trimestre.',
  'Un comité de suivi réunira les administrations et la société civile deux fois par an.',
  'Les agents seront formés aux méthodes de concertation et de participation citoyenne.',
];
const OWN = Array.from(
  { length: 40 },
  (_, k) =>
    `La mesure ${k} ouvrira le registre numéro ${k} des subventions versées aux associations du secteur ${k % 7} avant le bilan ${k}.`,
);

// Dates with start and end cues, ranges, and the characters the shortcut cuts at, placed around its cut.
const PIECES = [
  'à partir de 2018',
  'dès mars 2019',
  'depuis 2017',
  'de 2018 à 2020',
  '2019-2021',
  'd’ici fin 2019',
  'T3 2018',
  'début 2020',
  'from January 2023',
  'by June 2024',
  'Échéance : 2019',
  'Date de début : 2018',
  ' ; ',
  ' : ',
  ' ( ',
  ') ',
  ' ’ ',
  ' – ',
  ' — ',
  '…',
  ' [x] ',
  '*',
  '#',
  '!',
  '?',
  ' « ',
  ' » ',
  '"',
  '2019 €',
  '2020 %',
  ' ',
  '\n',
  'le',
  'publication du guide',
  '12/2019',
  'Q4 2021',
];
const filler = fc.integer({ min: 0, max: 700 }).map((n) => 'abc def '.repeat(Math.ceil(n / 8)).slice(0, n));
const text = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), filler, fc.string({ maxLength: 12 })), { maxLength: 60 })
  .map((xs) => xs.join(''));

describe('speed shortcuts give the plain results', () => {
  it('labels tried by first letter match as all labels tried', () => {
    // Label lines as authors write them: decorations, a label word (its regex's simplest reading), a value.
    const words = FIELD_LABELS.flatMap(([, ws]) => ws).map((w) =>
      w.replace(/\(\?:([^|()]*)[^()]*\)\??/g, '$1').replace(/[?\\]/g, ''),
    );
    const line = fc
      .tuple(
        fc.constantFrom('', '- ', '* ', '## ', '**', '1. ', '  ', '\u00a0'),
        fc.oneof(
          fc.constantFrom(...words),
          fc.constantFrom('Situation cible', 'Coût et moyens', 'Calendrier (début et fin)', 'ÉCHÉANCE', 'Cibles'),
        ),
        fc.constantFrom(' :', ':', '**:', ' - ', '\t', '', ' (s) :', ' 2 :'),
        fc.oneof(fc.constantFrom('', ' 40 k€', ' T3 2019', ' voir ci-dessous'), fc.string({ maxLength: 10 })),
      )
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(line, (t) => expect(matchLabel(t)).toEqual(matchLabelPlain(t))),
      { numRuns: 3000 },
    );
  });

  it('a long text folds as its short pieces do (one buffer and a decoder against slices)', () => {
    // Accents, ligatures, capitals, lone and paired surrogates, NUL, spread over texts past the long-text path.
    const unit = fc.oneof(
      fc.constantFrom('É', 'é', 'œ', 'Œ', 'ﬁ', 'İ', 'ß', '\u00a0', '’', '😀', '\ud800', '\udfff', '\u0000', 'A', 'z'),
      fc.string({ unit: 'binary', maxLength: 6 }),
      filler,
    );
    fc.assert(
      fc.property(fc.array(unit, { minLength: 1, maxLength: 400 }), fc.integer({ min: 2048, max: 6000 }), (xs, min) => {
        let t = xs.join('') || 'É';
        while (t.length < min) t += t;
        let plain = '';
        for (let k = 0; k < t.length; k += 1000) plain += foldSameLength(t.slice(k, k + 1000)); // below the long-text path
        expect(foldSameLength(t)).toBe(plain);
      }),
      { numRuns: 200 },
    );
  });

  it("sentences read in one pass are the regular expression's, in any part of a text", () => {
    const piece = fc.oneof(
      fc.constantFrom(
        '. ',
        '.',
        '..',
        '?!',
        ';',
        ';\n',
        '\n',
        '\r\n',
        ' ',
        '\u00a0',
        '\u202f',
        '\u2028',
        '\t',
        'data.gouv.fr',
        '1.5 M€',
        'Élan',
        'x',
        '\ud83d',
        '😀',
      ),
      fc.string({ unit: 'binary', maxLength: 6 }),
      fc.lorem({ maxCount: 3 }),
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 40 }).map((xs) => xs.join('')),
        fc.nat(),
        fc.nat(),
        (t, a, b) => {
          expect(sentenceSpans(t)).toEqual(sentenceSpansPlain(t));
          const { from, to, want } = plainSentencesOfRange(t, a, b);
          expect(sentenceSpansIn(t, from, to)).toEqual(want);
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('fingerprints hashed part after part equal the hash of the joined parts (users keep them in their ignores)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary', maxLength: 12 }), { maxLength: 5 }), (parts) => {
        expect(fingerprintOf(...parts)).toBe(fnv1a(parts.join('\u241f')).toString(36));
      }),
      { numRuns: 500 },
    );
  });

  it("a text's distinct shingles are those a Set keeps, in the order first met", () => {
    // Few words and at least 20 sentences, so that shingles repeat within most texts and collide in the table; many
    // sentences, so it grows.
    const word = fc.constantFrom('publier', 'registre', 'données', 'ouvertes', 'portail', 'décret', 'x1', 'ab');
    const sentence = fc.array(word, { minLength: 1, maxLength: 12 }).map((ws) => ws.join(' '));
    let repeated = 0;
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 20, maxLength: 120 }), (ss) => {
        const sh = shingle(ss.join('. '));
        const all = sh.sentences.flatMap((s) => s.shingles);
        const want = [...new Set(all)];
        if (want.length < all.length) repeated++;
        expect(sh.distinct).toEqual(want);
        expect([...sh.set]).toEqual(want);
      }),
      { numRuns: 300 },
    );
    expect(repeated).toBeGreaterThan(100);
  });

  it('shingles are cut at the sentences sentenceSpans finds', () => {
    const piece = fc.oneof(
      fc.constantFrom(
        '. ',
        '.',
        '..',
        '?!',
        ';',
        '\n',
        ' ',
        '\u00a0',
        '\u202f',
        '\t',
        'data.gouv.fr',
        '1.5 M€',
        'Élan',
        'le',
        'de',
        'x',
        'œuvre',
      ),
      fc.string({ maxLength: 8 }),
      fc.lorem({ maxCount: 3 }),
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 40 }).map((xs) => xs.join('')),
        (t) => {
          // The sentences with content words (a sentence of stopwords only has no shingle).
          const want = sentenceSpans(t).filter((sp) => shingle(t.slice(sp.start, sp.end)).set.size > 0);
          expect(
            shingleRange(t, foldSameLength(t), 0, t.length).sentences.map(({ start, end }) => ({ start, end })),
          ).toEqual(want);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("a commitment's shingles from the sentences its reading kept equal those read afresh", () => {
    const piece = fc.oneof(
      fc.constantFrom(
        ...HOUSE,
        ...OWN.slice(0, 4),
        '. ',
        ';',
        '?',
        '\u037e',
        ' ',
        '\u00a0',
        '(',
        ')',
        'Jalons :',
        '- ',
      ),
      fc.string({ maxLength: 6 }),
    );
    const paragraph = fc.array(piece, { maxLength: 8 }).map((xs) => xs.join(''));
    // Titles that start their paragraph, after a label, and Markdown headings (the title after the marks, its
    // line read again and the rest kept).
    const heading = fc.constantFrom('Engagement {k} : titre {k}', 'titre {k} (suite', '## Engagement {k} : titre {k}');
    let kept = 0;
    let cut = 0;
    fc.assert(
      fc.property(
        fc.array(fc.tuple(heading, fc.array(paragraph, { maxLength: 4 })), { minLength: 1, maxLength: 5 }),
        fc.boolean(),
        (bodies, markdown) => {
          const paragraphs = bodies.flatMap(([h, b], k) => [
            { text: h.replaceAll('{k}', `${k + 1}`) },
            ...b.map((text) => ({ text })),
          ]);
          const source = markdown
            ? fromPlainText(paragraphs.map((p) => p.text).join('\n'), { markdown: true })
            : fromParagraphs(paragraphs);
          const folded = foldedText(source);
          for (const c of readCommitments(source, { lang: 'fr' })) {
            const from = source.paragraphs[c.firstParagraph].start;
            const read = takeSentences(c, source.text, c.start, c.end);
            if (read) kept++;
            if (read && c.start > from) cut++;
            expect(shingleRange(source.text, folded, c.start, c.end, read)).toEqual(
              shingleRange(source.text, folded, c.start, c.end),
            );
          }
        },
      ),
      { numRuns: 300 },
    );
    expect(kept).toBeGreaterThan(100); // the kept sentences were used
    expect(cut).toBeGreaterThan(50); // and those of titles after their paragraph's start
  });

  it('sentences read in two parts cut at a line end are those read whole', () => {
    const piece = fc.constantFrom('. ', ';', '?', '\n', ' ', '(', ')', 'a', 'b.c', '1.5', '\u00a0');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.nat(), (xs, at) => {
        const text = xs.join('');
        const ends = [...text.matchAll(/\n/g)].map((m) => m.index);
        const cut = ends.length > 0 ? ends[at % ends.length] : text.length;
        expect(sentenceSpansCut(text, cut)).toEqual(sentenceSpans(text));
      }),
      { numRuns: 500 },
    );
  });

  it('same-plan duplicates found through the index are the closest pairs of pairwise set intersections', () => {
    const body = fc.array(fc.oneof(fc.constantFrom(...HOUSE), fc.constantFrom(...OWN)), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(fc.array(body, { minLength: 2, maxLength: 40 }), (bodies) => {
        const source = md(bodies.map((b, k) => `## Engagement ${k + 1} : titre ${k}\n${b.join(' ')}`).join('\n'));
        const es = read(source);
        const got = duplicateFindings(source, es, { lang: 'fr', earlierPlans: null }).map((f) => [
          f.commitment,
          f.data!.other,
        ]);
        const sh = es.map((e) => shingleRange(source.text, foldedText(source), e.start, e.end));
        const want: number[][] = [];
        for (let j = 0; j < es.length; j++) {
          const found: { i: number; closeness: number }[] = [];
          for (let i = 0; i < j; i++) {
            if (sh[j].set.size < 8 || sh[i].set.size < 8) continue;
            const o = overlapOf(sh[j], sh[i]);
            if (o.jaccard >= 0.4 || o.containment >= 0.6 || o.reverseContainment >= 0.6)
              found.push({ i, closeness: Math.max(o.jaccard, o.containment) });
          }
          // Each commitment reports its closest copies only, in plan order.
          found.sort((a, b) => b.closeness - a.closeness || a.i - b.i);
          for (const { i } of found.slice(0, MAX_COPIES).sort((a, b) => a.i - b.i)) want.push([j, i]);
        }
        expect(got).toEqual(want);
      }),
      { numRuns: 60 },
    );
  });

  it('dates read in windows around the years equal dates read over the whole text', () => {
    const around = fc
      .array(
        fc.oneof(
          text,
          fc.constantFrom(
            '1er septembre, 2018',
            'quatrième trimestre de l’année 2020',
            '2018 T3',
            '2019 €',
            '2019  euros',
            'x2019',
            '/2019',
            '12/2019',
            '2019-05-07',
            '19202',
            'mi-2021',
            'fin de l’année 2022',
            'between 2018 and 2020',
          ),
        ),
        { maxLength: 8 },
      )
      .map((xs) => xs.join(' '));
    fc.assert(
      fc.property(around, (t) => {
        const folded = foldSameLength(t);
        expect(parseFoldedDates(t, folded)).toEqual(parseFoldedDatesPlain(t, folded));
      }),
      { numRuns: 800 },
    );
  });

  it('figures counted with dates read only in the windows that hold them equal those read over the whole text', () => {
    const words = fc
      .array(
        fc.oneof(
          fc.constantFrom('le', 'Publier', 'euros', '€', 'article', 'Jalon', '\n1.', '\n', ',', ';', '-', 'fin', 'T3'),
          fc.constantFrom(
            '31 décembre 2025',
            '1er septembre, 2018',
            'du 3 mars 2024 au 5 mai 2025',
            '2018 T3',
            '2019 €',
            '450 000',
            '12/2019',
            '2019-05-07',
            '3,5',
            '40',
            'mi-2021',
            'fin de l’année 2022',
            'avant 2030',
            '2024-2026',
            'articles 26 et 40',
          ),
          fc.string({ maxLength: 4 }),
          fc.constantFrom(' ', '  ', '                  '),
        ),
        { maxLength: 30 },
      )
      .map((xs) => xs.join(' '));
    fc.assert(
      fc.property(words, (t) => {
        const folded = foldSameLength(t);
        expect(figureCount(t, folded)).toBe(figureCountPlain(t, folded));
      }),
      { numRuns: 800 },
    );
  });

  it('hasEndOrPoint equals parseDates(text).some(role !== "start")', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(hasEndOrPoint(t, foldSameLength(t))).toBe(parseDates(t).some((d) => d.role !== 'start'));
      }),
      { numRuns: 600 },
    );
  });

  it('the folded source gives fold() of any slice, and follows a source whose text changes', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.nat(), fc.nat(), (t, a, b) => {
        const source = fromPlainText(`Été ÉCOLE œuvre ﬁn İstanbul ${t}`);
        const [s, e] = [a % (source.text.length + 1), b % (source.text.length + 1)].sort((x, y) => x - y);
        expect(foldedText(source).slice(s, e)).toBe(foldSameLength(source.text.slice(s, e)));
      }),
    );
    const source = fromPlainText('Première');
    expect(foldedText(source)).toBe('premiere');
    source.text = 'Deuxième';
    expect(foldedText(source)).toBe('deuxieme');
  });
});

describe('language guess', () => {
  it('French unless English common words outnumber French ones, over the start of the text', () => {
    expect(detectLanguage('The plan will publish the data of the ministry.')).toBe('en');
    expect(detectLanguage('Le ministère publiera les données de la commande publique.')).toBe('fr');
    expect(detectLanguage('')).toBe('fr');
    expect(detectLanguage('THE PLAN AND THE DATA')).toBe('en'); // folded: capitals count
    // Only the first 20,000 characters vote.
    expect(detectLanguage(`${'le '.repeat(6700)} ${'the '.repeat(50)}`)).toBe('fr');
  });
});
