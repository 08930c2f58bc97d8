import type { Analysis, Commitment, Finding } from '../../src/core';
import {
  CSV_COLUMNS,
  csvCell,
  download,
  commitmentsJson,
  milestonesCsv,
  reviewMarkdown,
} from '../../src/taskpane/exports';
import { translator } from '../../src/taskpane/i18n';

function commitment(index: number, over: Partial<Commitment>): Commitment {
  return {
    index,
    title: `Engagement ${index + 1}`,
    start: 0,
    end: 10,
    firstParagraph: 0,
    lastParagraph: 0,
    fields: {},
    missing: [],
    score: 0,
    maxScore: 10,
    level: 'none',
    checklist: [],
    verifiable: false,
    lens: [],
    ...over,
  };
}

const fv = (text: string) => ({ text, start: 0, end: text.length, source: 'label' as const });

const analysis: Analysis = {
  language: 'fr',
  text: '',
  paragraphs: [],
  findings: [],
  stats: { words: 0, sentences: 0, longSentences: 0, lix: 0 },
  commitments: [
    commitment(0, {
      title: 'Ouvrir les données "essentielles", vite',
      score: 8,
      level: 'high',
      fields: {
        indicator: fv('Nombre de jeux publiés'),
        baseline: fv('12 en 2017'),
        target: fv('60 fin 2019'),
        lead: fv('DINUM'),
        cost: fv('=150 k€'),
        milestones: [
          { text: 'Décret publié', start: 0, end: 1, date: '2018-03', status: 'complete' },
          { text: 'Portail ouvert', start: 0, end: 1, date: '2018-Q3', status: 'limited' },
        ],
      },
    }),
    commitment(1, { title: 'Renforcer la participation', score: 1, level: 'low', missing: ['cost', 'indicator'] }),
  ],
};

function parseCsv(content: string, sep = ','): string[][] {
  // Small RFC 4180 reader for the test: quoted cells may hold separators, quotes and line breaks.
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < content.length; i++) {
    const c = content[i];
    if (quoted) {
      if (c === '"' && content[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === sep) {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && content[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

test('CSV: one row per milestone with the engagement columns, quoted and defused', () => {
  const file = milestonesCsv(analysis, translator('fr'));
  expect(file.name).toBe('jalon-jalons.csv');
  expect(file.content.startsWith('\ufeff')).toBe(true);
  // French: « ; » between cells, as the command line's reports (Excel in French).
  expect(file.content.split('\r\n')[0]).toMatch(/^\ufeffengagement;/);
  const rows = parseCsv(file.content.slice(1), ';');
  expect(rows[0][0]).toBe('engagement');
  expect(rows[0]).toHaveLength(CSV_COLUMNS.length);
  expect(rows).toHaveLength(4); // header, two milestones, one row for the engagement without any
  const at = (r: string[], c: string) => r[CSV_COLUMNS.indexOf(c as (typeof CSV_COLUMNS)[number])];
  expect(at(rows[1], 'title')).toBe('Ouvrir les données "essentielles", vite');
  expect(at(rows[1], 'milestone')).toBe('Décret publié');
  expect(at(rows[2], 'date')).toBe('2018-Q3');
  expect(at(rows[2], 'status')).toBe('limited');
  expect(at(rows[2], 'lead')).toBe('DINUM');
  expect(at(rows[1], 'cost')).toBe("'=150 k€");
  expect(at(rows[3], 'commitment')).toBe('2');
  expect(at(rows[3], 'milestone')).toBe('');
  expect(csvCell('a;b')).toBe('"a;b"');
  expect(csvCell('-3 %')).toBe('-3 %');
});

test('JSON: every engagement with its fields, and the plan total', () => {
  const data = JSON.parse(commitmentsJson(analysis, translator('fr')).content);
  expect(data.total).toEqual({ score: 9, maxScore: 20, verifiable: 1, count: 2 });
  expect(data.commitments[0].fields.milestones[1]).toEqual({
    text: 'Portail ouvert',
    date: '2018-Q3',
    status: 'limited',
  });
  expect(data.commitments[1].missing).toEqual(['cost', 'indicator']);
});

test('Markdown review report lists findings under their engagement, in the chosen language', () => {
  const f: Finding = {
    ruleId: 'vague-term',
    source: 'jalon',
    severity: 'warning',
    message: 'Verbe terne',
    note: 'Que ferez-vous ?',
    actual: 'Renforcer',
    expected: ['publier', 'lancer'],
    start: 0,
    end: 9,
    paragraph: 4,
    paragraphOffset: 0,
    commitment: 1,
    fingerprint: 'x',
  };
  const md = reviewMarkdown(analysis, [f], translator('en'), new Date('2026-11-29T00:00:00Z')).content;
  expect(md).toContain('# Jalon review report');
  expect(md).toContain('Generated on 2026-11-29');
  expect(md).toContain('## Commitment 2: Renforcer la participation');
  expect(md).toContain('To complete: Cost and resources, Indicator(s)');
  expect(md).toContain('- **Verbe terne** "Renforcer" (Commitment 2: Renforcer la participation) → publier; lancer');
  const fr = reviewMarkdown(analysis, [f], translator('fr')).content;
  expect(fr).toContain('Total du plan : 9 points sur 20 (45 %)');
  expect(fr).toContain(
    '- **Verbe terne** « Renforcer » (Engagement 2 : Renforcer la participation) → publier ; lancer',
  );
});

test("an English pane names its files and the sheet's columns in English", () => {
  const en = translator('en');
  const csv = milestonesCsv(analysis, en);
  expect(csv.name).toBe('jalon-milestones.csv');
  expect(parseCsv(csv.content.slice(1))[0]).toEqual([
    'commitment',
    'title',
    'milestone',
    'date',
    'status',
    'indicator',
    'baseline',
    'target',
    'lead',
    'cost',
  ]);
  expect(commitmentsJson(analysis, en).name).toBe('jalon-commitments.json');
  expect(reviewMarkdown(analysis, [], en).name).toBe('jalon-review.md');
  expect(reviewMarkdown(analysis, [], translator('fr')).name).toBe('jalon-relecture.md');
});

test('download goes through an object URL, never the network', () => {
  const created: Blob[] = [];
  (URL as unknown as { createObjectURL: (b: Blob) => string }).createObjectURL = (b: Blob) => {
    created.push(b);
    return 'blob:jalon/1';
  };
  (URL as unknown as { revokeObjectURL: (u: string) => void }).revokeObjectURL = () => undefined;
  const clicked: string[] = [];
  const spy = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    clicked.push(`${this.download} ${this.href}`);
  });
  download({ name: 'x.csv', type: 'text/csv', content: 'a,b' });
  expect(clicked).toEqual(['x.csv blob:jalon/1']);
  expect(created[0].type).toBe('text/csv');
  spy.mockRestore();
});
