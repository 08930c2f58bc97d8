// The Markdown and plain-text readers give the paragraphs a word processor would show, and where their words lie
// in the file.
import fc from 'fast-check';
import { nextLine, readMarkdown } from '../../../src/cli/read/markdown';
import { fileOffset, lineStartsOf } from '../../../src/cli/read/paragraph';
import { readText } from '../../../src/cli/read/text';

describe('readMarkdown', () => {
  const MD = [
    '# Plan',
    '',
    '1. Engagement 1 : **Publier** les *données*',
    '',
    '- Jalon 1 : ouverture (mars 2018)',
    '  - sous-point',
    '',
    '| Indicateur | Échéance |',
    '| --- | --- |',
    '| Part des marchés `publiés` | D’ici 2023 |',
    '|  | juin 2024 |',
    '',
    'Voir [le guide](https://example.org/2021/01/02) et la note[^n].',
    '',
    '<!-- une remarque pour soi -->',
    '',
    '[^n]: Une note.',
  ].join('\n');

  it('gives headings, list items without their mark, table cells with their place, marks gone', () => {
    const ps = readMarkdown(MD);
    expect(ps.map((p) => p.text)).toEqual([
      'Plan',
      'Engagement 1 : Publier les données',
      'Jalon 1 : ouverture (mars 2018)',
      'sous-point',
      'Indicateur',
      'Échéance',
      'Part des marchés publiés',
      'D’ici 2023',
      '',
      'juin 2024',
      'Voir le guide et la note.',
      'Une note.',
    ]);
    expect(ps[0].headingLevel).toBe(1);
    expect(ps.slice(1, 4).map((p) => p.listLevel)).toEqual([0, 0, 1]);
    expect(ps[6].cell).toEqual({ table: 0, row: 1, column: 0 });
    expect(ps[8]).toMatchObject({ text: '', inTable: true, cell: { table: 0, row: 2, column: 0 } });
    expect(ps[11].note).toEqual({ kind: 'footnote', id: '1' });
  });

  it('knows where every word lies in the file, past the marks it dropped', () => {
    const ps = readMarkdown(MD);
    for (const p of ps) {
      for (const word of p.text.match(/\p{L}{4,}/gu) ?? []) {
        const at = fileOffset(p, p.text.indexOf(word));
        expect(MD.slice(at, at! + word.length)).toBe(word);
      }
    }
  });

  it('finds a cell after a cell longer than its search window', () => {
    const long = `Créer un groupe de travail. ${'De plus, la direction participera aux travaux. '.repeat(12)}`.trim();
    const md = `| Jalon | Échéance |\n| --- | --- |\n| ${long} | En cours |\n| Publier | En cours |\n`;
    const ps = readMarkdown(md);
    const cells = ps.filter((p) => p.text === 'En cours');
    expect(cells.map((p) => md.slice(fileOffset(p, 0), fileOffset(p, 0)! + 8))).toEqual(['En cours', 'En cours']);
    expect(fileOffset(cells[0], 0)).toBe(md.indexOf('En cours'));
  });

  it('finds the line after a break as counting lines from the start does, in any file and at any offset', () => {
    const counted = (starts: number[], offset: number) => {
      let k = 0;
      while (k < starts.length && starts[k] <= offset) k++;
      return k;
    };
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', ' ', '\n', '\r\n', '\r'), { maxLength: 40 }),
        fc.integer({ min: -1, max: 50 }),
        (parts, offset) => {
          const starts = lineStartsOf(parts.join(''));
          expect(nextLine(starts, offset)).toBe(counted(starts, offset));
        },
      ),
    );
  });

  it('places every word of a long plan of wrapped lines', () => {
    const para = (i: number) =>
      `Le ministère ${i} publiera les données essentielles des marchés et des\nconcessions du territoire ${i} avant 2026.`;
    const md = Array.from({ length: 300 }, (_, i) => para(i)).join('\n\n');
    const ps = readMarkdown(md);
    expect(ps).toHaveLength(300);
    ps.forEach((p, i) => {
      expect(p.text).toBe(para(i).replace('\n', ' '));
      const at = fileOffset(p, p.text.indexOf('concessions'));
      expect(at).toBe(md.indexOf(`concessions du territoire ${i} `));
    });
  });

  it('keeps lines apart unless a line is wrapped mid-sentence', () => {
    const ps = readMarkdown(
      'Coût : 50 k€\nIndicateur : nombre de jeux\n\nLe ministère publiera les données essentielles des marchés et des\nconcessions avant 2026.',
    );
    expect(ps.map((p) => p.text)).toEqual([
      'Coût : 50 k€',
      'Indicateur : nombre de jeux',
      'Le ministère publiera les données essentielles des marchés et des concessions avant 2026.',
    ]);
  });
});

describe('readText', () => {
  it('drops list marks, reads tab-separated rows as cells, joins wrapped lines', () => {
    const text = [
      '1. Engagement 1 : Publier les données',
      '\t- Jalon 1 : ouverture (mars 2018)',
      'Coût :\t50 k€',
      'Indicateur\tÉchéance',
      'Part des marchés\tD’ici 2023',
      '',
      'Le ministère publiera les données essentielles des marchés et des',
      'concessions avant 2026.',
    ].join('\r\n');
    const ps = readText(text);
    expect(ps.map((p) => [p.text, p.listLevel, p.cell])).toEqual([
      ['Engagement 1 : Publier les données', 0, undefined],
      ['Jalon 1 : ouverture (mars 2018)', 2, undefined],
      ['Coût :\t50 k€', undefined, undefined],
      ['Indicateur', undefined, { table: 0, row: 0, column: 0 }],
      ['Échéance', undefined, { table: 0, row: 0, column: 1 }],
      ['Part des marchés', undefined, { table: 0, row: 1, column: 0 }],
      ['D’ici 2023', undefined, { table: 0, row: 1, column: 1 }],
      [
        'Le ministère publiera les données essentielles des marchés et des concessions avant 2026.',
        undefined,
        undefined,
      ],
    ]);
    const wrapped = ps[ps.length - 1];
    const at = fileOffset(wrapped, wrapped.text.indexOf('concessions'));
    expect(text.slice(at, at! + 11)).toBe('concessions');
  });
  it('joins a sentence a PDF cut after a modal or an article, and keeps a title apart from its paragraph', () => {
    const text = [
      'Commitment 2: Open court decisions',
      'To that end, the Ministry of Justice will',
      'Develop a single portal for court decisions by the',
      'end of 2025.',
      'Improving access to legislation',
      'We will improve access to legislation.',
    ].join('\n');
    const ps = readText(text);
    expect(ps.map((p) => p.text)).toEqual([
      'Commitment 2: Open court decisions',
      'To that end, the Ministry of Justice will Develop a single portal for court decisions by the end of 2025.',
      'Improving access to legislation',
      'We will improve access to legislation.',
    ]);
    for (const word of ['Develop', 'end']) {
      const at = fileOffset(ps[1], ps[1].text.indexOf(word));
      expect(text.slice(at, at! + word.length)).toBe(word);
    }
  });
});
