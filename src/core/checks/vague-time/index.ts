// Time expressions without a date ("à terme", "prochainement", "in due course"). Data: ./fr.ts and ./en.ts.
// Once the commitments are known, a milestone due after the end of the plan's period (its title's « 2022-2024 ») is
// noted for information: what will be delivered within the plan? A season (« D'ici le printemps 2022 ») is a date
// for the milestone's reading (it names a quarter, the precision Canada's tracker reports by), but a loose one: the
// data marks « d'ici le printemps » and kin `loose`, noted for information (a season reads several ways: give the month).
// A table's status column (the OGP template's "New or ongoing") says whether the milestone continues an earlier plan,
// not when it ends: nothing there is a deadline.
import { fingerprintOf } from '../../commitments/hash';
import { planPeriod } from '../../commitments/period';
import { findings as catalogue } from '../../messages/findings';
import { translators } from '../../messages/translate';
import { foldSameLength } from '../../text/fold';
import type { SourceText } from '../../source';
import type { Finding } from '../../types';
import { phraseCheck } from '../lexicon/phrase-check';
import type { AssembleContext, TextCheck } from '../types';

const messages = translators(catalogue);
const phrases = phraseCheck('vague-time', 'warning');

export const vagueTime: TextCheck = {
  ...phrases,
  assemble(found, a) {
    const out = phrases.assemble ? phrases.assemble(found, a) : found;
    return afterPlan(a, inDateColumns(a.source, out));
  },
};

// Header words (accent-folded) of a column that holds a milestone's status rather than its date: "New or ongoing
// (commitment)", "Status", « Statut », « Nouveau ou en cours », « État d'avancement ».
const STATUS_HEADER =
  /^\s*(?:new or ongoing|ongoing or new|status|statut|etat(?: d'avancement)?|nouveau ou en cours|en cours ou nouveau|nouvel ou en cours)(?: (?:commitment|engagement|milestone|jalon))?\s*[:*]*\s*$/;

/** The findings, less those in a cell under a status column's header (row 0 of its table, same column). */
function inDateColumns(source: SourceText, out: Finding[]): Finding[] {
  const ps = source.paragraphs;
  if (!out.some((f) => ps[f.paragraph]?.cell)) return out;
  const headers = new Map<string, string>();
  for (const p of ps) if (p.cell?.row === 0) headers.set(`${p.cell.table}:${p.cell.column}`, p.text);
  return out.filter((f) => {
    const cell = ps[f.paragraph]?.cell;
    if (!cell || cell.row === 0) return true;
    const header = headers.get(`${cell.table}:${cell.column}`);
    return header === undefined || !STATUS_HEADER.test(foldSameLength(header).toLowerCase());
  });
}

/** A finding, for information, on each milestone due after the plan's last year. */
function afterPlan(a: AssembleContext, out: Finding[]): Finding[] {
  const period = planPeriod(a.source);
  if (!period) return out;
  const t = messages[a.lang];
  for (const c of a.commitments)
    for (const m of c.fields.milestones ?? []) {
      const year = m.date ? Number(m.date.slice(0, 4)) : NaN;
      if (!(year > period.end)) continue;
      // Where the milestone writes its year, with the month or season before it (« mars 2026 »): the last in its
      // text, else the first after it in its commitment (a table's date cell); else its text.
      const re = new RegExp(`(?:\\p{L}+\\.?\\s+)?(?<!\\d)${year}(?!\\d)`, 'gu');
      const text = a.source.text;
      let at: { index: number; length: number } | undefined;
      for (let hit = re.exec(m.text); hit; hit = re.exec(m.text))
        at = { index: m.start + hit.index, length: hit[0].length };
      if (!at) {
        const after = text.slice(m.end, Math.max(m.end, c.end));
        re.lastIndex = 0;
        const hit = re.exec(after);
        if (hit) at = { index: m.end + hit.index, length: hit[0].length };
      }
      const start = at ? at.index : m.start;
      const end = at ? at.index + at.length : m.end;
      const actual = text.slice(start, end);
      const vars = { actual, start: period.start, end: period.end };
      out.push({
        ruleId: 'vague-time',
        source: 'jalon',
        severity: 'info',
        message: t('vague-time.afterPlan', vars),
        note: t('vague-time.afterPlanNote', vars),
        actual,
        expected: [],
        start,
        end,
        paragraph: -1, // placed by the assembly
        paragraphOffset: 0,
        fingerprint: fingerprintOf('vague-time', 'after-plan', foldSameLength(m.text).replace(/\s+/g, ' ').trim()),
        data: { afterPlan: true, planEnd: period.end },
        commitment: c.index,
      });
    }
  return out;
}
