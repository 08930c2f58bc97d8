// A commitment's text read once and shared (its sentences, the dates of the level's windows): what is shared must
// say what each reader would have read alone.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { readFields } from '../../../src/core/commitments/fields';
import { segment } from '../../../src/core/commitments/segment';
import {
  foldedText,
  sentenceSpans,
  sentenceSpansIn,
  sentencesOfRange,
  type TextReading,
} from '../../../src/core/commitments/text';
import { foldSameLength, mentionPlacesInWindow, parseFoldedDates, yearWindows } from '../../../src/core/dates';
import { fromParagraphs, fromPlainText, type SourceText } from '../../../src/core/source';
import { generatePlan } from '../../bench/engine.bench';
import { plainSentencesOfRange } from './helpers';

type Span = { start: number; end: number };

/** The reading readOne makes of text[start, end): the folded text's sentences, as offsets from `start`. */
function readingOf(text: string, start: number, end: number): TextReading {
  return { start, end, sentences: sentenceSpans(foldSameLength(text.slice(start, end))) };
}

describe("a line's sentences taken from the commitment's reading", () => {
  it('are those sentenceSpansIn reads afresh, for any range (whole lines, trimmed or not, and parts of lines)', () => {
    const piece = fc.constantFrom(
      'Le ministère publiera le registre',
      '. ',
      '.',
      '?',
      ';',
      '!',
      '\n',
      '\r\n',
      ' ',
      '  ',
      '\t',
      '\u00a0',
      '\u2028',
      '(',
      ')',
      '(juin 2019)',
      '*',
      '**',
      '_',
      '- ',
      'Coût : ',
      'data.gouv.fr',
      '1.5 M€',
      'Élan',
      'œuvre',
    );
    let shared = 0;
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.nat(), fc.nat(), fc.nat(), fc.nat(), (xs, a, b, c, d) => {
        const text = xs.join('');
        // The reading's range starts and ends at line ends, or at the text's ends, as a commitment's text does.
        const ends = [0, ...[...text.matchAll(/\n/g)].map((m) => m.index + 1), text.length + 1];
        const start = ends[a % ends.length] === text.length + 1 ? text.length : ends[a % ends.length];
        const after = ends.filter((e) => e - 1 >= start);
        const end = Math.max(start, after[b % after.length] - 1);
        const reading = readingOf(text, start, end);
        // Ranges: a line of the range whole, trimmed of its spaces, or of its spaces and emphasis marks, or any part.
        const lines: Span[] = [];
        for (let s = start; s <= end;) {
          const e = text.indexOf('\n', s);
          const lineEnd = e < 0 || e > end ? end : e;
          lines.push({ start: s, end: lineEnd });
          s = lineEnd + 1;
        }
        const line = lines[c % lines.length];
        const body = text.slice(line.start, line.end);
        const lead = (re: RegExp) => body.length - body.replace(re, '').length;
        const ranges: Span[] = [
          line,
          { start: line.start + lead(/^\s+/), end: line.end - lead(/\s+$/) },
          { start: line.start + lead(/^[\s*_]+/), end: line.end - lead(/[\s*_]+$/) },
          { start: start + (d % (end - start + 1)), end },
          { start: line.start + (d % (line.end - line.start + 1)), end: line.end },
        ];
        for (const r of ranges) {
          if (r.end < r.start) continue;
          const want: Span[] = [{ start: -1, end: -1 }];
          sentenceSpansIn(text, r.start, r.end, want);
          const got: Span[] = [{ start: -1, end: -1 }];
          sentencesOfRange(text, reading, r.start, r.end, got);
          expect(got).toEqual(want);
          const before = text.slice(line.start, r.start);
          if (
            /^\s*$/.test(before) &&
            /^\s*$/.test(text.slice(r.end, line.end)) &&
            !/^\s+[.!?;]/.test(before + text[r.start])
          )
            shared++;
        }
      }),
      { numRuns: 1500 },
    );
    expect(shared).toBeGreaterThan(2000); // the reading's sentences were taken, not only read afresh
  });

  it("give each commitment's fields as read without the reading, on the drafts and generated plans", () => {
    const dirs = [join(__dirname, '../../fixtures/drafts'), join(__dirname, 'fixtures')];
    const sources: SourceText[] = [
      ...dirs.flatMap((dir) =>
        readdirSync(dir).map((f) => fromPlainText(readFileSync(join(dir, f), 'utf8'), { markdown: f.endsWith('.md') })),
      ),
      fromParagraphs(generatePlan(20_000, 11)),
    ];
    let commitments = 0;
    for (const source of sources)
      for (const seg of segment(source)) {
        const start = source.paragraphs[seg.first].start;
        const end = source.paragraphs[seg.last].end;
        const reading = readingOf(source.text, start, end);
        expect(readFields(source, seg, reading)).toEqual(readFields(source, seg));
        expect(foldedText(source).slice(start, end)).toBe(foldSameLength(source.text.slice(start, end)));
        commitments++;
      }
    expect(commitments).toBeGreaterThan(60);
  });
});

describe('sentences read in one pass, asking for an open parenthesis only where one opens', () => {
  it("join asides as the regular expression's reading does, in any part of a text", () => {
    const piece = fc.oneof(
      fc.constantFrom('(', ')', '(5 by June 2021; 10 by June 2022)', '. (Juin 2019)', '. ', ';', '?', '\n', ' ', 'a'),
      fc.constantFrom('(voir. ', 'aides (début ; fin) publiées. ', '(DINUM). ', '; et) ', 'Publier (T1. '),
      fc.constantFrom('Le ministère publiera le registre des aides', 'x'.repeat(120), 'y '.repeat(90)),
    );
    let joined = 0;
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.nat(), fc.nat(), (xs, a, b) => {
        const t = xs.join('');
        const { from, to, want } = plainSentencesOfRange(t, a, b);
        expect(sentenceSpansIn(t, from, to)).toEqual(want);
        // Sentences the plain reading joined across a stop (an open parenthesis held them).
        if (want.some((sp) => /[.?;] /.test(t.slice(sp.start, sp.end)))) joined++;
      }),
      { numRuns: 1500 },
    );
    expect(joined).toBeGreaterThan(100);
  });
});

describe("the places of a year window's dates", () => {
  it('are those of the dates parseFoldedDates reads in the window', () => {
    const word = fc.oneof(
      fc.constantFrom(
        'le',
        'Publier',
        'avant',
        'de',
        'à',
        'et',
        '\n',
        ',',
        ';',
        '-',
        '/',
        'fin',
        'T3',
        '2e',
        'semestre',
        '2024',
      ),
      fc.constantFrom(
        '31 décembre 2025',
        '1er septembre, 2018',
        'du 3 mars 2024 au 5 mai 2025',
        'premier trimestre 2026',
        '12/2019',
        '2019-05-07',
        '2018-2020',
        'mi-2021',
        'printemps 2022',
        'Q3 2023',
        'June 5, 2021',
        '2019 €',
        '19202',
      ),
      fc.string({ maxLength: 4 }),
    );
    let windows = 0;
    let mentions = 0;
    fc.assert(
      fc.property(fc.array(word, { maxLength: 40 }), (ws) => {
        const text = ws.join(' ');
        const folded = foldSameLength(text);
        const w = yearWindows(folded);
        for (let k = 0; k < w.length; k += 2) {
          const t = text.slice(w[k], w[k + 1]);
          const f = folded.slice(w[k], w[k + 1]);
          const places = (ds: ReadonlyArray<Span>) =>
            ds.map((x) => [x.start, x.end]).sort((p, q) => p[0] - q[0] || p[1] - q[1]);
          const want = places(parseFoldedDates(t, f));
          const got = places(mentionPlacesInWindow(t, f));
          // The same places, but for a financial year the plan's country does not date (« FY 31 »), which
          // parseFoldedDates reads as no date and the shortcut keeps as a date's place by design (not a figure).
          const same = (p: number[]) => (q: number[]) => p[0] === q[0] && p[1] === q[1];
          expect(want.filter((w) => !got.some(same(w)))).toEqual([]);
          for (const [start, end] of got.filter((g) => !want.some(same(g))))
            expect(f.slice(start, end)).toMatch(/^(?:fy|fiscal|exercice)/);
          windows++;
          mentions += want.length;
        }
      }),
      { numRuns: 800 },
    );
    expect(windows).toBeGreaterThan(400);
    expect(mentions).toBeGreaterThan(800);
  });
});
