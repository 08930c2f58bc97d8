// The advice's subject (issue 13, point 5), measured as a facilitator reads it: for each labelled commitment of real
// plans, the subject whose examples Jalon would show under its missing fields, against the subjects a reader said
// fit (test/eval/advice-labels/). An example is off-topic when its subject is not one of them; a commitment is
// covered when it gets a subject. Keywords are written from the `tune` items only; the bars hold on `test`.
import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readDraft } from '../../src/cli/input';
import { BANKS, commitmentAdvice, commitmentSubject, subjectOf } from '../../src/core/checks/missing-field/advice';
import { readCommitments } from '../../src/core/commitments';
import { loadAdviceLabels, type AdviceItem } from './advice-labels/load';

const DATA = join(__dirname, '../../../shared/ogp-data');

/**
 * Bars on samples A and B (see advice-labels/README.md): first set under their held-out figures (≤ 18 %, ≥ 72 %),
 * raised under the figures of the round that added four subjects (8.9 %, 80.6 %), so that they keep what it gained.
 */
const BARS = { maxOffTopic: 0.12, minCovered: 0.77 };
/** Sample C, labelled before that round and measured once at its end (15.1 %, 77.6 %): bars under its figures. */
const BARS_C = { maxOffTopic: 0.18, minCovered: 0.74 };

interface Judged {
  item: AdviceItem;
  given?: string;
}

function judge(items: AdviceItem[]): Judged[] {
  const irm = new Map(
    (
      parse(readFileSync(join(DATA, 'ogp-irm-rated-commitments-open-parliament-subset.csv')), {
        columns: true,
      }) as Array<Record<string, string>>
    ).map((r) => [r.commitment_id, r]),
  );
  const drafts = new Map<string, ReturnType<typeof readCommitments>>();
  const texts = new Map<string, string>();
  return items.map((item) => {
    if (item.irm) {
      const row = irm.get(item.irm);
      if (!row) throw new Error(`advice labels: no IRM commitment ${item.irm}`);
      return { item, given: subjectOf(row.title, row.text) };
    }
    const file = item.draft!;
    if (!drafts.has(file)) {
      const d = readDraft(join(DATA, file));
      texts.set(file, d.source.text);
      drafts.set(file, readCommitments(d.source, { lang: 'fr', earlierPlans: null }));
    }
    const text = texts.get(file)!;
    const c = drafts.get(file)!.find((x) => x.start <= item.offset! && item.offset! < x.end);
    if (!c) throw new Error(`advice labels: no commitment at ${file}:${item.offset}`);
    return { item, given: commitmentSubject(text, c) };
  });
}

const pct = (n: number, d: number) => (d === 0 ? '-' : `${((100 * n) / d).toFixed(1)} %`);

function summary(name: string, js: Judged[]) {
  const given = js.filter((j) => j.given);
  const off = given.filter((j) => !j.item.subjects.includes(j.given!));
  const coverable = js.filter((j) => j.item.subjects.length > 0);
  const covered = coverable.filter((j) => j.given && j.item.subjects.includes(j.given));
  console.log(
    `${name}: ${js.length} commitments, ${given.length} with an example (${pct(given.length, js.length)}), ` +
      `${off.length} off-topic (${pct(off.length, given.length)}); ` +
      `on its subject for ${covered.length} of ${coverable.length} the bank covers (${pct(covered.length, coverable.length)})`,
  );
  return { offTopic: given.length ? off.length / given.length : 0, covered: covered.length / coverable.length };
}

/** Per missing-field finding, as the last closing note counted on the French drafts. */
function findings(items: AdviceItem[]) {
  for (const file of [...new Set(items.filter((i) => i.draft).map((i) => i.draft!))]) {
    const d = readDraft(join(DATA, file));
    let missing = 0;
    let withExample = 0;
    let offTopic = 0;
    for (const c of readCommitments(d.source, { lang: 'fr', earlierPlans: null })) {
      const label = items.find((i) => i.draft === file && c.start <= i.offset! && i.offset! < c.end);
      const subject = commitmentSubject(d.source.text, c);
      const advice = commitmentAdvice(d.source.text, c, 'fr');
      missing += c.missing.length;
      for (const a of Object.values(advice)) {
        withExample++;
        if (a.source && subject && label && !label.subjects.includes(subject)) offTopic++;
      }
    }
    console.log(`  ${file}: ${missing} missing fields, ${withExample} with an example, ${offTopic} off-topic`);
  }
}

/** Prints a group's figures, each sample's, the drafts' findings and every miss; returns its figures. */
function report(name: string, items: AdviceItem[]) {
  const js = judge(items);
  const all = summary(name, js);
  summary(
    `  ${name}, English (IRM)`,
    js.filter((j) => j.item.irm),
  );
  summary(
    `  ${name}, French (drafts)`,
    js.filter((j) => j.item.draft),
  );
  const samples = [...new Set(items.flatMap((i) => (i.sample ? [i.sample] : [])))];
  if (samples.length > 1)
    for (const s of samples)
      summary(
        `  ${name}, sample ${s}`,
        js.filter((j) => j.item.sample === s),
      );
  findings(items);
  for (const j of js) {
    const wrong = j.given ? !j.item.subjects.includes(j.given) : j.item.subjects.length > 0;
    if (wrong)
      console.log(
        `    ${j.given ? 'off-topic' : 'none     '} ${j.item.irm ?? `${j.item.draft} engagement ${j.item.commitment}`}: ` +
          `${j.given ?? '-'} (labelled ${j.item.subjects.join(', ') || j.item.topic || '-'})`,
      );
  }
  return all;
}

function barred(figures: { offTopic: number; covered: number }, bars: { maxOffTopic: number; minCovered: number }) {
  const offOk = figures.offTopic <= bars.maxOffTopic;
  const covOk = figures.covered >= bars.minCovered;
  console.log(
    `${offOk ? 'ok  ' : 'FAIL'} off-topic share ${pct(figures.offTopic, 1)} (bar ≤ ${pct(bars.maxOffTopic, 1)})`,
  );
  console.log(
    `${covOk ? 'ok  ' : 'FAIL'} on its subject ${pct(figures.covered, 1)} (bar ≥ ${pct(bars.minCovered, 1)})`,
  );
  return offOk && covOk;
}

export async function run(): Promise<boolean> {
  const { tune, test } = loadAdviceLabels(BANKS.fr.subjects.map((s) => s.id));
  report('tune', tune);
  const ab = report(
    'test',
    test.filter((i) => i.sample !== 'C'),
  );
  const abOk = barred(ab, BARS);
  const c = report(
    'test C',
    test.filter((i) => i.sample === 'C'),
  );
  return barred(c, BARS_C) && abOk;
}
