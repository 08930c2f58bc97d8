// Copy-paste detection against the shipped earlier-plans corpus, on texts that are NOT the corpus's own:
// the US Fifth plan's tracker restates each commitment in shorter words (sub-commitment texts). A commitment
// re-submitted in those words should be found (recall); it should point to the right commitment (precision);
// and Canada's indicators, French side, should not match US commitments (false alarms across plans).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { shippedCorpus } from '../../src/core';
import { duplicate } from '../../src/core/checks/duplicate';
import { readSingleCommitment } from '../../src/core/commitments';
import { fromPlainText } from '../../src/core/source';
import { buildCorpusData, CORPUS_FILE } from '../../scripts/build-earlier-corpus';
import type { Finding, Lang } from '../../src/core/types';

const DATA = join(__dirname, '../../../shared/ogp-data');

function words(s: string): Set<string> {
  return new Set(
    s
      .toLowerCase()
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .match(/[a-z]{4,}/g) ?? [],
  );
}
function titleSimilarity(a: string, b: string): number {
  const x = words(a);
  const y = words(b);
  let inter = 0;
  for (const w of x) if (y.has(w)) inter++;
  return inter / Math.max(1, Math.min(x.size, y.size));
}

function check(title: string, text: string, lang: Lang): Finding | undefined {
  const source = fromPlainText(`${title}\n${text}`);
  const e = readSingleCommitment(source, { lang, earlierPlans: null });
  if (!e) return undefined;
  return duplicate.run({ source, commitments: [e], options: { lang, earlierPlans: shippedCorpus() } })[0];
}

export async function run(): Promise<boolean> {
  // The shipped corpus must be what the builder makes of ../shared today with today's shingling code.
  const current = JSON.stringify(buildCorpusData(DATA).data) === readFileSync(CORPUS_FILE, 'utf8');
  console.log(current ? 'shipped corpus is up to date' : 'shipped corpus is STALE: run `npm run build:corpus`');

  const tracker = parse(readFileSync(join(DATA, 'us-nap5-2022-2024-tracker.csv')), { columns: true }) as Record<
    string,
    string
  >[];
  const byCommitment = new Map<string, { title: string; parts: string[] }>();
  for (const r of tracker) {
    const c = byCommitment.get(r.commitment_id) ?? { title: r.commitment_title, parts: [] };
    c.parts.push(r.sub_commitment_text);
    byCommitment.set(r.commitment_id, c);
  }
  let found = 0;
  let right = 0;
  const t0 = performance.now();
  for (const c of byCommitment.values()) {
    const f = check(c.title, c.parts.join('\n'), 'en');
    if (!f) continue;
    found++;
    const ref = f.data!.ref as { country: string; title: string };
    if (ref.country === 'United States' && titleSimilarity(ref.title, c.title) >= 0.5) right++;
  }
  const n = byCommitment.size;
  console.log(`US Fifth plan, tracker wording vs plan wording: ${n} commitments`);
  console.log(`  flagged as repeating an earlier commitment: ${found} (${((100 * found) / n).toFixed(0)} %)`);
  console.log(`  pointing to the right commitment: ${right} of ${found}`);

  const canada = parse(readFileSync(join(DATA, 'canada-nap-tracker-2018-2024.csv')), { columns: true }) as Record<
    string,
    string
  >[];
  // Canada's French indicators, one by one, are short and all in the corpus (as part of their commitment):
  // each should match a Canadian commitment (French side), never another country's.
  let cFound = 0;
  let cWrong = 0;
  const sample = canada.filter((_, i) => i % 3 === 0);
  for (const r of sample) {
    const f = check(r.milestone_fr, `${r.milestone_full_fr}\n${r.indicator_full_fr}`, 'fr');
    if (!f) continue;
    cFound++;
    const ref = f.data!.ref as { country: string; plan: string };
    if (ref.country !== 'Canada' || !ref.plan.endsWith('(FR)')) cWrong++;
  }
  console.log(`Canada, French milestone + indicator pasted alone: ${sample.length} texts`);
  console.log(
    `  flagged: ${cFound} (${((100 * cFound) / sample.length).toFixed(0)} %), pointing outside Canada's French plans: ${cWrong}`,
  );
  console.log(`  time: ${((performance.now() - t0) / (n + sample.length)).toFixed(1)} ms per commitment`);
  const precision = found > 0 ? right / found : 0;
  return current && precision >= 0.8 && cWrong === 0;
}
