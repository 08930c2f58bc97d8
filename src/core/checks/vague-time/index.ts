// Time expressions without a date ("à terme", "prochainement", "in due course"). Data: ./fr.ts and ./en.ts.
// Once the commitments are known, a milestone due after the end of the plan's period (its title's « 2022-2024 ») is
// noted for information: what will be delivered within the plan? A season (« D'ici le printemps 2022 ») is a date
// for the milestone's reading (it names a quarter, the precision Canada's tracker reports by), but a loose one: the
// data marks « d'ici le printemps » and kin `loose`, noted for information (a season reads several ways: give the month).
// A date the reader cannot take as written is a deadline nobody can check either: "12/01/2023" where the plan shows
// neither day/month nor month/day (12 January or December 1?), "31 June 2024" (a day June lacks); see dateDoubts.
// A table's status column (the OGP template's "New or ongoing") says whether the milestone continues an earlier plan,
// not when it ends: nothing there is a deadline.
import { fingerprintOf } from '../../commitments/hash';
import type { DateDoubt, planDates } from '../../dates';
import type { Translate } from '../../messages/translate';
import { foldSameLength } from '../../text/fold';
import type { SourceText } from '../../source';
import type { Finding, Lang } from '../../types';
import { phraseCheck } from '../lexicon/phrase-check';
import { oneHitPerPlace, type Hit } from '../lexicon/match';
import { timingRole, type Sentence } from '../vague-term/roles';
import type { AssembleContext, ParagraphScan, TextCheck } from '../types';
import { en } from './en';
import { fr } from './fr';

const phrases = phraseCheck('vague-time', 'warning');

export const vagueTime: TextCheck = {
  ...phrases,
  paragraph(context) {
    const out = phrases.paragraph(context);
    return out.length === 0 ? out : byRole(context.scan, context.rules.lang, context.t, out);
  },
  assemble(found, a) {
    const out = phrases.assemble ? phrases.assemble(objectives(found, a), a) : found;
    return doubtfulDates(a, afterPlan(a, datedFrequencies(a, inDateColumns(a.source, out))));
  },
};

// Words that say how often rather than when (folded): « (Décembre 2019 et en continu) », « Rapports publics réguliers
// … (Juin 2020) ». Where the item carries its date they ask for a rhythm, not for a date (audit13, finding 8). The
// severity stays: the vague-roles labels hold such words as warnings (as information, recall fell by 0.03-0.05).
const FREQUENCY =
  /^(?:regulier|reguliere|reguliers|regulieres|regulierement|periodiques?|periodiquement|en continu|de (?:facon|maniere) continue|continus|continues|au fil de l'eau|regular|regularly|periodic|periodically|on an ongoing basis|on a (?:regular|periodic|continuing) basis|continuously|continually)$/;
const YEAR = /(?<![\d/.-])(?:19|20)\d{2}(?![\d/])/;
// The item's date in a parenthesis that ends it: « … tâches principales. (Juin 2020) ».
const CLOSING_DATE = /\([^()]*(?<![\d/.-])(?:19|20)\d{2}(?![\d/])[^()]*\)\s*\.?\s*$/;

/**
 * A timing word in a purpose ("to have institutions routinely publish timely data") or a description says when
 * something wanted or described happens, not when the plan's action is due; beside the rhythm the clause states
 * ("regular interaction by holding a half yearly forum") it only repeats it: information, with the role's message
 * (roles.ts, timingRole). The
 * template's objective still turns it into the action (assemble).
 */
function byRole(scan: ParagraphScan, lang: Lang, t: Translate, out: Finding[]): Finding[] {
  let sentence: Sentence | undefined;
  const hits = oneHitPerPlace(scan.hits, 'vague-time');
  return out.map((f) => {
    if (f.severity !== 'warning' || f.data?.date !== undefined) return f;
    const h = hits.find((x) => scan.tokens[x.first].start === f.start);
    if (!h) return f;
    sentence ??= { text: scan.text, tokens: scan.tokens, vagueHits: scan.hits.filter(vagueWord), lang };
    const role = timingRole(sentence, h);
    if (!role) return f;
    return {
      ...f,
      severity: 'info' as const,
      message: t(`vague-time.info.${role}`, { actual: f.actual }),
      data: { ...f.data, role, warned: f.severity },
    };
  });
}

const vagueWord = (h: Hit) => h.term.rule === 'vague-term';

/**
 * "Main Objective: To regularly publish…": where the template's objective or its answer states the action as an aim,
 * a timing word the purpose made information is the action's again, with its warning.
 */
function objectives(found: Finding[], a: AssembleContext): Finding[] {
  const aims = found.filter((f) => f.data?.warned !== undefined);
  if (aims.length === 0) return found;
  const roles = a.planRoles(aims, a);
  const back = new Set(aims.filter((_, k) => roles[k] === 'objective' || roles[k] === 'answer'));
  if (back.size === 0) return found;
  return found.map((f) => {
    if (!back.has(f)) return f;
    const { role: _role, warned, ...data } = f.data ?? {};
    return {
      ...f,
      severity: warned as Finding['severity'],
      message: a.t('vague-time.message', { actual: f.actual }),
      data,
    };
  });
}

/**
 * A year in the word's own sentence, or a dated parenthesis closing its paragraph. The sentence is cut here, not by
 * the commitments' sentenceSpans: that module imports the date reader, which the pane's first script must not carry.
 */
function datedItem(a: AssembleContext, f: Finding): boolean {
  const p = a.source.paragraphs[f.paragraph];
  if (!p) return false;
  if (CLOSING_DATE.test(p.text)) return true;
  const at = f.start - p.start;
  const before = p.text.slice(0, at);
  const from = Math.max(...['. ', '! ', '? '].map((stop) => before.lastIndexOf(stop))) + 1;
  const after = p.text.slice(at);
  const stops = ['. ', '! ', '? '].map((stop) => after.indexOf(stop)).filter((k) => k >= 0);
  const to = stops.length > 0 ? at + Math.min(...stops) : p.text.length;
  return YEAR.test(p.text.slice(from, to));
}

/** Whether the offset lies in a milestone the commitment's reading found with its date (« … (Juin 2020) »). */
function inDatedMilestone(a: AssembleContext, offset: number): boolean {
  for (const c of a.commitments) {
    if (offset < c.start || offset >= c.end) continue;
    return (c.fields.milestones ?? []).some((m) => !!m.date && m.start <= offset && offset < m.end);
  }
  return false;
}

const FREQUENCY_EXPECTED = { fr: fr.frequencyExpected, en: en.frequencyExpected };

/** A frequency word in a dated item asks for the rhythm (its date is there), not for a date. */
function datedFrequencies(a: AssembleContext, out: Finding[]): Finding[] {
  const { t } = a;
  return out.map((f) => {
    if (f.ruleId !== 'vague-time' || f.data?.afterPlan || f.data?.date) return f;
    const folded = foldSameLength(f.actual).toLowerCase().replace(/’/g, "'");
    if (!FREQUENCY.test(folded) || !(datedItem(a, f) || inDatedMilestone(a, f.start))) return f;
    return {
      ...f,
      message: t('vague-time.frequency', { actual: f.actual }),
      note: t('vague-time.frequencyNote', { actual: f.actual }),
      expected: FREQUENCY_EXPECTED[a.lang],
      data: { ...f.data, frequency: true },
    };
  });
}

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

/** A warning on each date the author should write again (dateDoubts), read with the plan's own conventions. */
function doubtfulDates(a: AssembleContext, out: Finding[]): Finding[] {
  const { t } = a;
  const severity = a.severity['vague-time'] ?? 'warning';
  let conventions: ReturnType<typeof planDates> | undefined;
  for (const p of a.source.paragraphs) {
    // Most paragraphs hold no "/" and no day 29 to 31: they are not folded nor read.
    if (!p.text.includes('/') && !/\b(?:29|3[01])(?!\d)/.test(p.text)) continue;
    conventions ??= a.dates.conventions(a.source);
    for (const d of a.dates.doubts(p.text, conventions)) out.push(doubtFinding(a, t, severity, p.start, d));
  }
  return out;
}

function doubtFinding(
  a: AssembleContext,
  t: Translate,
  severity: Finding['severity'],
  base: number,
  d: DateDoubt,
): Finding {
  const months = t('vague-time.months').split('|');
  // A reading in words, as each usage writes it: « 12 janvier » / « 1er décembre »; "12 January" / "December 1".
  // Written in the messages' language, as the months are.
  const lang = a.messages;
  const words = (iso: string, dayFirst: boolean, withYear: boolean) => {
    const [y, m, dd] = iso.split('-').map(Number);
    const dayWord = lang === 'fr' && dd === 1 ? '1er' : String(dd);
    const text = lang === 'fr' || dayFirst ? `${dayWord} ${months[m - 1]}` : `${months[m - 1]} ${dd}`;
    return withYear ? (lang === 'en' && !dayFirst ? `${text}, ${y}` : `${text} ${y}`) : text;
  };
  const vars =
    d.kind === 'order'
      ? {
          actual: d.text,
          dm: words(d.readings![0], true, false),
          md: words(d.readings![1], false, false),
          dmWritten: words(d.readings![0], true, true),
          mdWritten: words(d.readings![1], false, true),
          year: d.year,
        }
      : { actual: d.text, month: months[d.month! - 1], days: d.days, year: d.year };
  const key = d.kind === 'order' ? 'dateOrder' : 'dateDay';
  return {
    ruleId: 'vague-time',
    source: 'jalon',
    severity,
    message: t(`vague-time.${key}`, vars),
    note: t(`vague-time.${key}Note`, vars),
    actual: d.text,
    expected: [],
    start: base + d.start,
    end: base + d.end,
    paragraph: -1, // placed by the assembly
    paragraphOffset: 0,
    fingerprint: fingerprintOf('vague-time', key, d.text),
    data: { date: d.kind, ...(d.readings ? { readings: d.readings } : {}) },
  };
}

/** A finding, for information, on each milestone due after the plan's last year. */
function afterPlan(a: AssembleContext, out: Finding[]): Finding[] {
  const period = a.period(a.source);
  if (!period) return out;
  const { t } = a;
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
