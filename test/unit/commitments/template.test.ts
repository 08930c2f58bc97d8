import {
  TEMPLATE_FIELDS,
  allFieldMeta,
  answersToFieldWrites,
  fieldMeta,
  templateBlocks,
  templateMarkdown,
} from '../../../src/core/template';
import type { InsertBlock } from '../../../src/core/document';
import type { ParagraphInput } from '../../../src/core/types';
import { readMd, readParas } from './helpers';

/** What a host does with the blocks: one paragraph per block, fields inside tagged controls. */
function asParagraphs(blocks: InsertBlock[]): ParagraphInput[] {
  return blocks.flatMap((b) =>
    b.text
      .split('\n')
      .map((text) => ({ text, headingLevel: b.kind === 'heading' ? b.level : 0, tags: b.tag ? [b.tag] : [] })),
  );
}

describe('the commitment template', () => {
  it('is data: ordered fields with fr/en labels, question, help and example', () => {
    expect(TEMPLATE_FIELDS[0].id).toBe('title');
    const ids = TEMPLATE_FIELDS.map((f) => f.id);
    for (const f of [
      'indicator',
      'baseline',
      'target',
      'milestones',
      'calendar',
      'cost',
      'lead',
      'partners',
      'actions',
      'accountability',
      'audience',
    ]) {
      expect(ids).toContain(f);
    }
    for (const f of TEMPLATE_FIELDS) {
      for (const lang of ['fr', 'en'] as const) {
        expect(f.label[lang].length).toBeGreaterThan(3);
        expect(f.question[lang]).toMatch(/\?$/);
        expect(f.help[lang].length).toBeGreaterThan(10);
        expect(f.example[lang].length).toBeGreaterThan(10);
      }
    }
    expect(fieldMeta('cost', 'fr')).toMatchObject({
      tag: 'jalon:cost',
      label: 'Coût et moyens',
      question: 'Quel est le coût estimé de cet engagement, et qui le finance ?',
    });
    expect(allFieldMeta('en').map((m) => m.tag)).toEqual(ids.map((id) => `jalon:${id}`));
  });

  it('renders Word blocks: a tagged title heading, then a label and a tagged field per template field', () => {
    const blocks = templateBlocks('fr', { values: { title: 'Ouvrir les données des transports' } });
    expect(blocks[0]).toEqual({
      kind: 'heading',
      level: 2,
      text: 'Ouvrir les données des transports',
      tag: 'jalon:title',
      placeholder: 'Engagement : titre',
    });
    const fields = blocks.filter((b) => b.kind === 'field');
    expect(fields.map((b) => b.tag)).toEqual(TEMPLATE_FIELDS.slice(1).map((f) => `jalon:${f.id}`));
    expect(fields.every((b) => b.placeholder && b.placeholder.endsWith('?'))).toBe(true);
    const costIdx = blocks.findIndex((b) => b.tag === 'jalon:cost');
    expect(blocks[costIdx - 1]).toEqual({ kind: 'label', text: 'Coût et moyens :' });
    expect(templateBlocks('en').find((b) => b.kind === 'label')?.text).toMatch(/:$/);
    expect(templateBlocks('fr', { only: ['cost', 'lead'] }).map((b) => b.tag ?? b.kind)).toEqual([
      'label',
      'jalon:cost',
      'label',
      'jalon:lead',
    ]);
  });

  it('reads a filled template back exactly from its tags', () => {
    const blocks = templateBlocks('fr', {
      values: {
        title: 'Ouvrir les données des transports',
        cost: '200 k€ et 1 ETP',
        milestones: 'Publication des horaires – T2 2019 [Réalisé]\nPublication des retards – 31 décembre 2019',
        lead: 'Direction générale des infrastructures, des transports et de la mer',
        indicator: 'Nombre de lignes dont les horaires sont publiés',
      },
    });
    const { commitments, source } = readParas([{ text: 'Plan de la DGITM' }, ...asParagraphs(blocks)]);
    expect(commitments).toHaveLength(1);
    const e = commitments[0];
    expect(e.title).toBe('Ouvrir les données des transports');
    expect(e.fields.cost).toMatchObject({ text: '200 k€ et 1 ETP', source: 'control' });
    expect(e.fields.lead?.source).toBe('control');
    expect(e.fields.indicator?.source).toBe('control');
    expect(e.fields.milestones?.map((j) => [j.date, j.status])).toEqual([
      ['2019-Q2', 'complete'],
      ['2019-12-31', undefined],
    ]);
    expect(source.text.slice(e.fields.cost!.start, e.fields.cost!.end)).toBe('200 k€ et 1 ETP');
    expect(e.missing).toEqual(expect.arrayContaining(['baseline', 'target', 'audience']));
    expect(e.missing).not.toContain('cost');
  });

  it('renders Markdown that `jalon check` reads back as labelled fields; empty fields carry a hidden prompt', () => {
    const text = templateMarkdown('fr', {
      values: {
        title: 'Créer un registre des algorithmes',
        cost: '80 k€',
        milestones: 'Ouverture du registre – mars 2019',
      },
    });
    expect(text.startsWith('## Créer un registre des algorithmes\n')).toBe(true);
    expect(text).toContain('**Coût et moyens :**\n80 k€');
    expect(text).toContain('<!-- Quelle est la situation de départ, chiffrée et datée ?');
    const [e] = readMd(text);
    expect(e.title).toBe('Créer un registre des algorithmes');
    expect(e.fields.cost?.text).toBe('80 k€');
    expect(e.fields.milestones?.[0].date).toBe('2019-03');
    // The hidden prompts are not read as the author's text.
    expect(e.fields.baseline).toBeUndefined();
    expect(e.fields.indicator).toBeUndefined();
    const empty = readMd(templateMarkdown('en'), 'en')[0];
    expect(empty.score).toBeLessThan(5);
  });

  it("maps a form's answers to FieldWrite[], leaving empty answers out", () => {
    const writes = answersToFieldWrites({ cost: ' 50 k€ ', lead: '', target: '100 % en 2020' }, 'fr');
    expect(writes).toEqual([
      { tag: 'jalon:target', label: 'Situation cible', text: '100 % en 2020' },
      { tag: 'jalon:cost', label: 'Coût et moyens', text: '50 k€' },
    ]);
  });
});
