// The pane's form writes an answer typed a line each (its milestones) as one paragraph a line, inside the field's
// control, in as many round trips as a one-line answer (audit16, finding 7): Word reads it back, and Jalon with it,
// as several milestones.
import { analyze, answersToFieldWrites, fromParagraphs, templateBlocks } from '../../../src/core';
import { SYNCS } from '../../../src/word';
import { control, PROFILES, type HostProfile } from './fakeWord';
import { controlsOf } from './fake/model';
import { setup } from './helpers';

const LINES = [
  'Publish the equity data inventory – March 2023 – Subcommittee on Equitable Data',
  'Release the first disaggregated datasets – June 2023 – Subcommittee on Equitable Data',
  'Report on the use of the datasets – December 2023 – Subcommittee on Equitable Data',
];
// As the form gives them: Enter between the lines, a blank line and spaces an author leaves.
const TYPED = `${LINES[0]}\n${LINES[1]}  \r\n\n${LINES[2]}`;

const plan = (milestones?: string[]) => {
  const box = control('jalon:milestones');
  return [
    { text: 'Improve equitable data', heading: 2, tags: ['jalon:title'] },
    'The agencies will publish equitable data.',
    ...(milestones
      ? ['Milestones:', ...milestones.map((text) => ({ text, controls: [box] }))]
      : ['Lead agency: Office of Science and Technology Policy.']),
  ];
};

async function milestonesRead(host: Awaited<ReturnType<typeof setup>>['host']) {
  const paragraphs = await host.readParagraphs();
  const [c] = analyze(fromParagraphs(paragraphs), { lang: 'en' }).commitments;
  return c.fields.milestones?.map((m) => [m.text, m.date]);
}

const HOSTS: HostProfile[] = [PROFILES.windows365, PROFILES.web, PROFILES.mac];

describe('an answer of several lines written into the document', () => {
  it.each(HOSTS.map((p) => [p.name, p] as const))(
    'fills an existing control one paragraph a line (%s)',
    async (_, profile) => {
      const { d, host } = await setup(profile, plan(['To be decided']), 'en');
      const box = controlsOf(d.paragraphs[3])[0];
      const ps = await host.readParagraphs();
      const writes = answersToFieldWrites({ milestones: TYPED }, 'en');
      d.syncs = 0;
      await host.writeFields(ps[0].id, ps[ps.length - 1].id, writes);
      expect(d.syncs).toBe(SYNCS.writeFields);
      expect(d.texts().slice(3)).toEqual(LINES);
      for (const p of d.paragraphs.slice(3)) expect(controlsOf(p)).toEqual([box]);
      const controls = await host.readControls('jalon:milestones');
      expect(controls.map((c) => c.text)).toEqual([LINES.join('\n')]);
      expect(await milestonesRead(host)).toEqual([
        [LINES[0], '2023-03'],
        [LINES[1], '2023-06'],
        [LINES[2], '2023-12'],
      ]);
    },
  );

  it('replaces a control of several paragraphs by the new lines, nothing left of the old ones', async () => {
    const { d, host } = await setup(PROFILES.windows365, plan(['Old step – 2022', 'Other old step – 2022']), 'en');
    const ps = await host.readParagraphs();
    await host.writeFields(ps[0].id, ps[ps.length - 1].id, answersToFieldWrites({ milestones: TYPED }, 'en'));
    expect(d.texts().slice(3)).toEqual(LINES);
  });

  it.each(HOSTS.map((p) => [p.name, p] as const))(
    'creates a missing control holding one paragraph a line (%s)',
    async (_, profile) => {
      const { d, host } = await setup(profile, plan(), 'en');
      const ps = await host.readParagraphs();
      const writes = answersToFieldWrites({ milestones: TYPED, cost: '$2 million' }, 'en');
      d.syncs = 0;
      await host.writeFields(ps[0].id, ps[ps.length - 1].id, writes);
      expect(d.syncs).toBe(SYNCS.writeFields);
      const at = d.texts().indexOf(LINES[0]);
      expect(d.texts().slice(at - 1)).toEqual([writes[0].label, ...LINES, writes[1].label, '$2 million']);
      const boxes = d.paragraphs.slice(at, at + 3).map((p) => controlsOf(p));
      expect(boxes.map((b) => b.map((c) => c.tag))).toEqual([
        ['jalon:milestones'],
        ['jalon:milestones'],
        ['jalon:milestones'],
      ]);
      expect(new Set(boxes.map((b) => b[0]))).toHaveProperty('size', 1);
      expect(controlsOf(d.paragraphs[at + 3])).toEqual([]);
      expect(await milestonesRead(host)).toEqual([
        [LINES[0], '2023-03'],
        [LINES[1], '2023-06'],
        [LINES[2], '2023-12'],
      ]);
    },
  );

  it('takes as many round trips for thirty lines as for one', async () => {
    const many = Array.from({ length: 30 }, (_, i) => `Step ${i + 1} – ${i + 1} March 2023`);
    const counts: number[] = [];
    for (const answer of [many[0], many.join('\n')]) {
      const { d, host } = await setup(PROFILES.windows365, plan(['To be decided']), 'en');
      const ps = await host.readParagraphs();
      d.syncs = 0;
      await host.writeFields(ps[0].id, ps[ps.length - 1].id, answersToFieldWrites({ milestones: answer }, 'en'));
      counts.push(d.syncs);
    }
    expect(counts).toEqual([SYNCS.writeFields, SYNCS.writeFields]);
  });

  it('inserts a template whose field holds several lines one paragraph a line, in its round trips', async () => {
    const { d, host } = await setup(PROFILES.windows365, ['Plan'], 'en');
    d.selection = { para: 0, start: 0, end: 0 };
    d.syncs = 0;
    await host.insertAtCursor(templateBlocks('en', { values: { title: 'Improve equitable data', milestones: TYPED } }));
    expect(d.syncs).toBe(SYNCS.insertAtCursor);
    const at = d.texts().indexOf(LINES[0]);
    expect(d.texts().slice(at, at + 3)).toEqual(LINES);
    const [box] = controlsOf(d.paragraphs[at]);
    expect(box.tag).toBe('jalon:milestones');
    for (const p of d.paragraphs.slice(at, at + 3)) expect(controlsOf(p)).toEqual([box]);
    expect(controlsOf(d.paragraphs[at + 3])).not.toContain(box);
  });
});
