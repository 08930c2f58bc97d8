// vague-term quality on the annotated development corpus (../shared/domain/vague-terms-corpus.txt):
// {x} must be flagged, <x> is a trap that must not be. Bar: precision >= 0.97 and recall >= 0.98.
// Second check on real text: the French of Canada's action plans must not crash the engine; a sample of its
// findings is printed for a person to read.
import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/core/analyze';
import { fromParagraphs } from '../../src/core/source';

const SHARED = join(__dirname, '../../../shared');

interface Gold {
  start: number;
  end: number;
  trap: boolean;
}

/** Strips {x} and <x> marks; returns the plain sentence and the marked spans. */
export function parseMarked(line: string): { text: string; spans: Gold[] } {
  let text = '';
  const spans: Gold[] = [];
  const re = /\{([^}]*)\}|<([^>]*)>/g;
  let last = 0;
  for (let m = re.exec(line); m; m = re.exec(line)) {
    text += line.slice(last, m.index);
    const word = m[1] ?? m[2];
    spans.push({ start: text.length, end: text.length + word.length, trap: m[2] !== undefined });
    text += word;
    last = m.index + m[0].length;
  }
  text += line.slice(last);
  return { text, spans };
}

function corpusScore(): { precision: number; recall: number } {
  const lines = readFileSync(join(SHARED, 'domain/vague-terms-corpus.txt'), 'utf8')
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '' && !l.startsWith('#'));
  const parsed = lines.map(parseMarked);
  const source = fromParagraphs(parsed.map((p) => ({ text: p.text })));
  const analysis = analyze(source, { lang: 'fr' });
  let tp = 0;
  let fpTrap = 0;
  let fpOther = 0;
  let gold = 0;
  let found = 0;
  const misses: string[] = [];
  const falses: string[] = [];
  const byPara = new Map<number, typeof analysis.findings>();
  for (const f of analysis.findings) {
    if (f.ruleId !== 'vague-term') continue;
    byPara.set(f.paragraph, [...(byPara.get(f.paragraph) ?? []), f]);
  }
  parsed.forEach((p, i) => {
    const fs = byPara.get(i) ?? [];
    const golds = p.spans.filter((s) => !s.trap);
    gold += golds.length;
    for (const g of golds) {
      if (fs.some((f) => f.paragraphOffset < g.end && f.paragraphOffset + (f.end - f.start) > g.start)) found++;
      else misses.push(`  MISS  ${p.text.slice(g.start, g.end)}  <-  ${p.text}`);
    }
    for (const f of fs) {
      const s = f.paragraphOffset;
      const e = s + (f.end - f.start);
      if (golds.some((g) => s < g.end && e > g.start)) tp++;
      else {
        const trap = p.spans.some((g) => g.trap && s < g.end && e > g.start);
        if (trap) fpTrap++;
        else fpOther++;
        falses.push(`  FP${trap ? '(trap)' : ''}  ${f.actual}  <-  ${p.text}`);
      }
    }
  });
  const fp = fpTrap + fpOther;
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = gold === 0 ? 0 : found / gold;
  console.log(`corpus: ${lines.length} sentences, ${gold} targets, ${tp + fp} vague-term findings`);
  console.log(
    `  true positives ${tp}, false positives ${fp} (on traps ${fpTrap}, elsewhere ${fpOther}), missed ${gold - found}`,
  );
  console.log(`  precision ${precision.toFixed(3)}  recall ${recall.toFixed(3)}`);
  for (const l of [...misses, ...falses]) console.log(l);
  return { precision, recall };
}

function realPlans(): boolean {
  const csv = readFileSync(join(SHARED, 'ogp-data/canada-nap-tracker-2018-2024.csv'), 'utf8');
  const rows = parse(csv, { columns: true, skip_empty_lines: true, relax_column_count: true }) as Record<
    string,
    string
  >[];
  const texts = new Set<string>();
  for (const r of rows) {
    for (const col of [
      'commitment_fr',
      'milestone_fr',
      'milestone_full_fr',
      'indicator_fr',
      'indicator_full_fr',
      'deadline_fr',
    ]) {
      const t = (r[col] ?? '').trim();
      if (t) texts.add(t);
    }
  }
  const paragraphs = [...texts].map((text) => ({ text }));
  let analysis;
  try {
    analysis = analyze(fromParagraphs(paragraphs), { lang: 'fr' });
  } catch (e) {
    console.log(`Canada plans (fr): CRASH ${(e as Error).stack}`);
    return false;
  }
  const counts = new Map<string, number>();
  for (const f of analysis.findings) counts.set(f.ruleId, (counts.get(f.ruleId) ?? 0) + 1);
  console.log(
    `\nCanada plans (fr): ${paragraphs.length} distinct texts, ${analysis.stats.words} words, findings: ` +
      [...counts].map(([k, v]) => `${k} ${v}`).join(', '),
  );
  console.log(
    `  Kandel-Moles ${analysis.stats.kandelMoles}, LIX ${analysis.stats.lix}, long sentences ${analysis.stats.longSentences}/${analysis.stats.sentences}`,
  );
  // A sample for a person to read: every 25th vague-term finding, and the jargon, in context.
  const sample = analysis.findings.filter((f) => f.ruleId === 'vague-term').filter((_, i) => i % 25 === 0);
  const jargon = analysis.findings.filter((f) => f.ruleId === 'jargon').slice(0, 12);
  for (const f of [...sample, ...jargon]) {
    const p = analysis.paragraphs[f.paragraph];
    const text = analysis.text.slice(p.start, p.end);
    const from = Math.max(0, f.paragraphOffset - 40);
    const ctx = text.slice(from, f.paragraphOffset + f.actual.length + 40).replace(/\s+/g, ' ');
    console.log(`  [${f.ruleId} ${f.severity}] ${f.actual}  …${ctx}…`);
  }
  const offsetsOk = analysis.findings.every((f) => analysis.text.slice(f.start, f.end) === f.actual);
  if (!offsetsOk) console.log('  offsets do not match the text');
  return offsetsOk;
}

export async function run(): Promise<boolean> {
  const { precision, recall } = corpusScore();
  const realOk = realPlans();
  const ok = precision >= 0.97 && recall >= 0.98 && realOk;
  console.log(`\nvague-term: precision ${precision.toFixed(3)} (bar 0.97), recall ${recall.toFixed(3)} (bar 0.98)`);
  return ok;
}
