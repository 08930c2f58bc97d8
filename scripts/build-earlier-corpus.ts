// Builds src/core/commitments/data/earlier-plans.json from the real plan texts in ../shared/ogp-data:
// Canada's 4th and 5th plans (English and French), the US Fifth plan, and the IRM-rated subset.
// Only hashes are written (sampled shingle hashes, sentence hashes) with a short reference per commitment:
// the texts themselves never enter the repository.
// Usage: npx tsx scripts/build-earlier-corpus.ts [path/to/ogp-data]
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { buildCorpus, corpusToData, type CorpusData, type EarlierRef } from '../src/core/checks/duplicate/corpus';

let dataDir = join(__dirname, '../../shared/ogp-data');
export const CORPUS_FILE = join(__dirname, '../src/core/checks/duplicate/earlier-plans.json');
// One shingle in 4 (by hash value): keeps the file to a few hundred KB; Jaccard and containment estimated on
// the same sample stay unbiased, and commitments that repeat each other share dozens of sampled shingles.
export const SAMPLE_MOD = 4;

type Entry = EarlierRef & { text: string };

function csv(file: string): Record<string, string>[] {
  return parse(readFileSync(join(dataDir, file)), { columns: true, skip_empty_lines: true, relax_column_count: true });
}

function canada(): Entry[] {
  const rows = csv('canada-nap-tracker-2018-2024.csv');
  const byKey = new Map<string, { ref: EarlierRef; parts: Set<string> }>();
  for (const r of rows) {
    for (const lang of ['en', 'fr'] as const) {
      const key = `${r.plan}|${r.commitment_id}|${lang}`;
      let e = byKey.get(key);
      if (!e) {
        e = {
          ref: {
            country: 'Canada',
            plan: `${r.plan}${lang === 'fr' ? ' (FR)' : ''}`,
            id: r.commitment_id,
            title: r[`commitment_${lang}`] ?? '',
          },
          parts: new Set(),
        };
        byKey.set(key, e);
      }
      for (const col of [`milestone_full_${lang}`, `indicator_full_${lang}`]) {
        const t = (r[col] ?? '').trim();
        if (t) e.parts.add(t.endsWith('.') ? t : `${t}.`);
      }
    }
  }
  return [...byKey.values()].filter((e) => e.parts.size > 0).map((e) => ({ ...e.ref, text: [...e.parts].join('\n') }));
}

function unitedStates(): Entry[] {
  const md = readFileSync(join(dataDir, 'us-nap5-2022-2024-plan.md'), 'utf8');
  const entries: Entry[] = [];
  const lines = md.split(/\r?\n/);
  let current: { title: string; body: string[] } | null = null;
  const flush = () => {
    if (current && current.body.join(' ').trim().length > 0) {
      entries.push({
        country: 'United States',
        plan: 'Fifth U.S. Open Government National Action Plan (2022-2024)',
        id: `US-NAP5-${entries.length + 1}`,
        title: current.title,
        text: current.body.join('\n'),
      });
    }
    current = null;
  };
  for (const line of lines) {
    const sub = /^\s*-\s*###\s+(.*)$/.exec(line);
    if (sub) {
      flush();
      current = { title: sub[1].replace(/\.$/, ''), body: [] };
    } else if (/^##\s/.test(line)) flush();
    else if (current) current.body.push(line.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1'));
  }
  flush();
  return entries;
}

function irmSubset(): Entry[] {
  return csv('ogp-irm-rated-commitments-open-parliament-subset.csv')
    .filter((r) => (r.text ?? '').trim().length > 0)
    .map((r) => ({ country: r.country, plan: r.plan, id: r.commitment_id, title: r.title, text: r.text }));
}

export function earlierEntries(dir = dataDir): Entry[] {
  dataDir = dir;
  return [...canada(), ...unitedStates(), ...irmSubset()];
}

/** The corpus data as the script writes it (the duplicates eval checks that the shipped file is current). */
export function buildCorpusData(dir = dataDir): { entries: Entry[]; data: CorpusData } {
  const entries = earlierEntries(dir);
  const corpus = buildCorpus(entries, { sampleMod: SAMPLE_MOD });
  const data = corpusToData(corpus, [
    'canada-nap-tracker-2018-2024.csv (open-data/ckanext-canada)',
    'us-nap5-2022-2024-plan.md (GSA/open.usa.gov)',
    'ogp-irm-rated-commitments-open-parliament-subset.csv (g0v/ogp-commitments)',
  ]);
  return { entries, data };
}

function main(): void {
  const { entries, data } = buildCorpusData(process.argv[2] ?? dataDir);
  const json = JSON.stringify(data);
  writeFileSync(CORPUS_FILE, json);
  const counts = new Map<string, number>();
  for (const e of entries) counts.set(e.country, (counts.get(e.country) ?? 0) + 1);
  console.log(
    `${entries.length} commitments (${[...counts]
      .filter(([, n]) => n > 5)
      .map(([c, n]) => `${c} ${n}`)
      .join(', ')}, ...)`,
  );
  console.log(`wrote ${CORPUS_FILE}: ${(json.length / 1024).toFixed(0)} KB`);
}

if (require.main === module) main();
