// The demo's document writes a field's answer one paragraph a line, as Word's layer does (audit16, finding 7).
import { DemoDocument } from '../../../src/demo/DemoDocument';

const OLD = ['Old step – 2022', 'Other old step – 2022'];

test('an answer of several lines replaces the paragraphs of its field, one paragraph a line', async () => {
  const host = new DemoDocument([
    { text: 'Commitment 1: Open data', heading: 2 },
    { text: 'Milestones' },
    ...OLD.map((text) => ({ text, tag: 'jalon:milestones' })),
    { text: 'Lead agency' },
    { text: 'Treasury Board', tag: 'jalon:lead' },
  ]);
  const [title, , firstOld, secondOld, , last] = host.paragraphs;
  await host.highlight([{ paragraphId: secondOld.id, start: 0, end: 3, kind: 'warning' }]);
  await host.writeFields(title.id, last.id, [
    {
      tag: 'jalon:milestones',
      label: 'Milestones',
      text: 'Step one – March 2023\n\nStep two – June 2023  \r\nStep three',
    },
    { tag: 'jalon:cost', label: 'Cost', text: '$2 million\nover two years' },
  ]);
  expect(host.paragraphs.map((p) => [p.text, p.tag])).toEqual([
    ['Commitment 1: Open data', undefined],
    ['Milestones', undefined],
    ['Step one – March 2023', 'jalon:milestones'],
    ['Step two – June 2023', 'jalon:milestones'],
    ['Step three', 'jalon:milestones'],
    ['Lead agency', undefined],
    ['Treasury Board', 'jalon:lead'],
    ['Cost', undefined],
    ['$2 million', 'jalon:cost'],
    ['over two years', 'jalon:cost'],
  ]);
  expect(host.paragraphs[2].id).toBe(firstOld.id);
  expect(host.highlights).toEqual([]);
});
