// Work a batch of drafts did twice, now done once (DEVELOPERS.md, "The .docx batch, fourteenth session"): what is
// read once must say what each reading would have said alone.
import fc from 'fast-check';
import { foldSameLength, mentionPlacesInWindow, mentionPlacesInWindows, yearWindows } from '../../../src/core/dates';

type Span = { start: number; end: number };

describe("the places of several year windows' dates, read in one pass", () => {
  it("are those each window's own reading gives, whichever windows are read", () => {
    const word = fc.oneof(
      fc.constantFrom('le', 'Publier', 'avant', 'de', 'à', 'et', '\n', ',', ';', '-', '/', 'fin', 'T3', 'FY', 'euros'),
      fc.constantFrom(
        '31 décembre 2025',
        '1er septembre, 2018',
        'du 3 mars 2024 au 5 mai 2025',
        'premier trimestre 2026',
        '12/2019',
        '3/31/2024',
        '2019-05-07',
        '2018-2020',
        'mi-2021',
        'printemps 2022',
        'Q3 2023',
        'FY2023',
        'fiscal year 2022',
        'June 5, 2021',
        '2019 €',
        '45 %',
        '19202',
      ),
      fc.string({ maxLength: 4 }),
      // Words enough between two dates for their windows to stay apart.
      fc.constant('le ministère publiera chaque mois les données des marchés publics au format ouvert'),
    );
    let read = 0;
    let several = 0; // runs that read two windows or more in one pass
    let mentions = 0;
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 10, maxLength: 60 }),
        fc.array(fc.boolean(), { maxLength: 30 }),
        (ws, keep) => {
          const folded = foldSameLength(ws.join(' '));
          const all = yearWindows(folded);
          // Any subset of the windows, in order (figureCount reads those that hold a figure).
          const windows: number[] = [];
          for (let k = 0; k < all.length; k += 2) if (keep[k / 2] ?? true) windows.push(all[k], all[k + 1]);
          const want: Span[] = [];
          for (let k = 0; k < windows.length; k += 2) {
            const start = windows[k];
            const alone = mentionPlacesInWindow(
              folded.slice(start, windows[k + 1]),
              folded.slice(start, windows[k + 1]),
            );
            for (const d of alone) want.push({ start: d.start + start, end: d.end + start });
          }
          want.sort((a, b) => a.start - b.start);
          const got = mentionPlacesInWindows(folded, windows).map(({ start, end }) => ({ start, end }));
          expect(got).toEqual(want);
          read += windows.length / 2;
          if (windows.length > 2) several++;
          mentions += want.length;
        },
      ),
      { numRuns: 800 },
    );
    expect(several).toBeGreaterThan(200);
    expect(read).toBeGreaterThan(800);
    expect(mentions).toBeGreaterThan(1200);
  });
});
