import { analyze } from '../../../src/core/analyze';
import { continues, fromPlainText } from '../../../src/core/source';
import { read } from './helpers';

// A plan laid out as themes ("##") whose commitments are list items holding a heading ("- ###").
const PLAN = [
  '# Plan d’action national',
  'Préambule rédigé avec la société civile.',
  '## Thème 1 : données publiques',
  'Ce thème regroupe deux engagements.',
  '- ### Publier les subventions aux associations.',
  '    La DINUM publiera le jeu de données d’ici juin 2023.',
  '    Coût : 50 k€',
  '- ### Ouvrir le registre des algorithmes publics.',
  '    Etalab mettra en ligne le registre au T3 2023.',
  '## Thème 2 : participation',
  '1. ## Un titre numéroté',
  '- #hashtag n’est pas un titre',
  '-### pas un titre non plus',
  '- une puce ordinaire',
];

describe('fromPlainText: Markdown headings inside list items', () => {
  for (const eol of ['\n', '\r\n']) {
    it(`gives "- ###" and "1. ##" lines their heading level, offsets exact (${JSON.stringify(eol)})`, () => {
      const text = PLAN.join(eol);
      const source = fromPlainText(text, { markdown: true });
      expect(source.paragraphs.map((p) => p.headingLevel)).toEqual([1, 0, 2, 0, 3, 0, 0, 3, 0, 2, 2, 0, 0, 0]);
      source.paragraphs.forEach((p, i) => {
        expect(p.text).toBe(PLAN[i]);
        expect(text.slice(p.start, p.end)).toBe(PLAN[i]);
      });
    });
  }

  it('leaves plain text (.txt) lines without heading levels', () => {
    const source = fromPlainText(PLAN.join('\n'));
    expect(source.paragraphs.every((p) => p.headingLevel === 0)).toBe(true);
  });

  it('reads each list-item heading as a commitment, its title without the list and heading marks', () => {
    const text = PLAN.slice(0, 10).join('\r\n');
    const source = fromPlainText(text, { markdown: true });
    const es = read(source);
    expect(es.map((e) => e.title)).toEqual([
      'Publier les subventions aux associations.',
      'Ouvrir le registre des algorithmes publics.',
    ]);
    for (const e of es) expect(text.slice(e.start, e.start + e.title.length)).toBe(e.title);
    // The first commitment holds its indented body and stops at the next item; the second stops at the next theme.
    expect(es[0].fields.cost?.text).toBe('50 k€');
    expect(text.slice(es[0].start, es[0].end)).not.toContain('registre');
    expect(text.slice(es[1].start, es[1].end)).not.toContain('Thème 2');
  });
});

describe('fromPlainText: wrapped lines', () => {
  it('joins a line cut mid-sentence with the next, keeping the file offsets and line breaks', () => {
    const text =
      'Le ministère publiera les données essentielles des marchés publics et des\r\nconcessions avant la fin de 2026.\r\nCoût : 40 k€';
    const source = fromPlainText(text);
    expect(source.paragraphs.map((p) => p.text)).toEqual([
      'Le ministère publiera les données essentielles des marchés publics et des\r\nconcessions avant la fin de 2026.',
      'Coût : 40 k€',
    ]);
    for (const p of source.paragraphs) expect(text.slice(p.start, p.end)).toBe(p.text);
    expect(source.paragraphs.map((p) => (p as { line?: number }).line)).toEqual([0, 2]);
  });

  it('keeps apart lines that end a sentence, short lines, and lines that open a block or a label', () => {
    const lines = [
      'Le ministère publiera les données essentielles des marchés publics.',
      'ensuite une phrase qui commence en minuscule après un point final',
      'Une ligne courte',
      'suivie d’une minuscule',
      'Une ligne assez longue pour avoir été coupée par un logiciel de messagerie',
      '- un élément de liste qui commence par un tiret',
      'Une ligne assez longue pour avoir été coupée par un logiciel de messagerie',
      'indicateur : nombre de jeux de données publiés',
      'Une ligne assez longue pour avoir été coupée par un logiciel de messagerie',
      'Engagement 3 : ouvrir les données',
    ];
    expect(fromPlainText(lines.join('\n')).paragraphs.map((p) => p.text)).toEqual(lines);
  });

  it('finds a vague expression cut by the wrap, in one paragraph', () => {
    const text = 'Le secrétariat général et les directions concernées vont mettre en\nplace un comité de suivi.';
    const source = fromPlainText(text);
    expect(source.paragraphs).toHaveLength(1);
    const hit = analyze(source, { lang: 'fr' }).findings.find((f) => f.ruleId === 'vague-term');
    expect(hit && text.slice(hit.start, hit.end)).toBe('mettre en\nplace');
  });
});

// Lines cut where no sentence ends (a PDF copied as text): the cue is the line's last word or mark, in any language.
describe('continues: lines cut where no sentence, title or paragraph ends', () => {
  const joined: Array<[string, string]> = [
    ['To that end, the Ministry of Justice will', 'Develop a single portal for court decisions.'],
    ['between local communities and LSGs with the', 'Jogorku Kenesh of the Kyrgyz Republic in terms'],
    ['Milestone Activity having a', 'verifiable deliverable'],
    ['It will also support the', 'fight against corruption by:'],
    ['Commitment budget: 50 000 000 broken down as', 'follows :'],
    ['This commitment is geared towards ensuring that', 'Sierra Leone has a law on archives.'],
    ['On the other hand,', 'the same survey reported a mild increase'],
    ['the implemen-', 'tation of the plan'],
    ['Le décret sera publié par le ministère de la', 'Justice avant la fin de 2025.'],
    ['Les données sont ouvertes par les services de l’', 'État et des collectivités.'],
    ['Les directions et', 'les agences'],
    ['Publier les données des marchés publics et des', 'Concessions (DAJ).'],
    ['La consultation est ouverte aux associations,', 'aux syndicats et aux entreprises.'],
    ['Le portail sera mis à', 'jour chaque mois.'],
  ];
  const apart: Array<[string, string]> = [
    ['Engagement 3 : ouvrir les données', 'Le ministère publiera le registre en 2025.'],
    ['Improving access to legislation', 'We will improve access to legislation.'],
    ['Les actions portées par le ministère de la', 'Échéance : juin 2025'],
    ['Responsible: the Ministry of', 'Deadline: June 2025'],
    ['The commitment will be carried out by the', '- Ministry of Finance'],
    ['Les actions portées par le ministère et', '1. la direction du budget'],
    ['It will use innovation and technology to reach all resources; and', '\uf0d8 Using innovation and technology.'],
    [
      'New August 2016 December 2017, as agreed with the commission',
      'b) ministry in charge of the subject of mass media',
    ],
    ['The plan failed for lack of political will', 'The Ministry has since appointed a lead.'],
    ['The portal was launched in May', '2020 figures show a rise.'],
    ['Si une date manque, précisez-la', 'Le tableau suivant donne les échéances.'],
    ['Une ligne courte', 'suivie d’une minuscule'],
    ['Les données seront publiées.', 'Le ministère rendra compte au Parlement.'],
    ['Les directions et', ''],
  ];
  it.each(joined)('joins %j with %j', (previous, next) => expect(continues(previous, next)).toBe(true));
  it.each(apart)('keeps %j apart from %j', (previous, next) => expect(continues(previous, next)).toBe(false));

  it("reads a sentence cut after an article as one paragraph, its offsets the file's", () => {
    const text = 'Objectif\nLes données seront publiées par le ministère de la\nJustice avant 2026.\nCoût : 40 k€';
    const source = fromPlainText(text);
    expect(source.paragraphs.map((p) => p.text)).toEqual([
      'Objectif',
      'Les données seront publiées par le ministère de la\nJustice avant 2026.',
      'Coût : 40 k€',
    ]);
    for (const p of source.paragraphs) expect(text.slice(p.start, p.end)).toBe(p.text);
  });
});
