// A flattened list splits a sentence line by line: the items after a line ending in "to:" / « pour : » continue it
// (issue 13, point 4). The verb an item opens is what the line's action is for, unless the word before "to" makes it
// the action itself, as in prose.
import { analyze } from '../../../src/core';
import { fromParagraphs } from '../../../src/core/source';
import type { Lang, ParagraphInput } from '../../../src/core/types';

const item = (text: string): ParagraphInput => ({ text, listLevel: 0 });

function vague(paragraphs: ParagraphInput[], lang: Lang = 'en') {
  const source = fromParagraphs(paragraphs);
  return analyze(source, { lang })
    .findings.filter((f) => f.ruleId === 'vague-term')
    .map((f) => [source.text.slice(f.start, f.end), f.severity, f.data?.role]);
}

describe('vague-term: list items after a line ending in "to:"', () => {
  it('reads the verb an item opens as the purpose of the line above', () => {
    const found = vague([
      { text: 'Engage with makers of secondary legislation to:' },
      item('encourage them to create a list of their current in-force secondary legislation'),
      // The end of a wrapped line, left apart by a text file's reader.
      { text: 'duty' },
      item('encourage them to make their legislation publicly available on a website'),
    ]);
    expect(found.filter(([w]) => w === 'encourage')).toEqual([
      ['encourage', 'info', 'purpose'],
      ['encourage', 'info', 'purpose'],
    ]);
  });

  it('keeps the action where the line commits to it', () => {
    for (const opener of ['The ministry commits to:', 'The ministry will continue to:', 'The ministry will:'])
      expect(vague([{ text: opener }, item('Improve the portal')]).find(([w]) => w === 'Improve')).toEqual([
        'Improve',
        'warning',
        'action',
      ]);
  });

  it('keeps the action of an item under a line that ends otherwise, or of a word inside the item', () => {
    expect(vague([{ text: 'Engage with makers to:' }, { text: 'Improve the portal' }])[1]).toEqual([
      'Improve',
      'warning',
      expect.anything(),
    ]);
    expect(vague([{ text: 'Main activities:' }, item('Improve the portal')])).toEqual([
      ['Improve', 'warning', expect.anything()],
    ]);
  });

  it('reads « pour : » in French', () => {
    const found = vague([{ text: 'Travailler avec les ministères pour :' }, item('améliorer le portail')], 'fr');
    expect(found.find(([w]) => w === 'améliorer')).toEqual(['améliorer', 'info', 'purpose']);
  });
});
