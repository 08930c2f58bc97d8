// The check of a list of phrases that are vague in themselves ("à terme", "plusieurs"): each hit of the rule is a
// finding with the rule's message, note and suggestions. Vague time, vague quantity and hedges are this kind of check.
import type { Finding, Severity } from '../../types';
import { paragraphFinding, severityOf, tokenFingerprint } from '../finding';
import type { AssembleContext, TextCheck } from '../types';
import { sharedText, sharedWords } from '../../lint/texts';
import { hitEnd, oneHitPerPlace } from './match';
import { NUM, SEP_CLOSE, SEP_OPEN, SEP_START, type Token } from '../../text/tokenize';

/**
 * The year of a note's example deadline (« d’ici le 31 décembre 2026 », « si le budget 2026 est voté ») until the
 * assembly knows the plan's: the last of the 2025-2026 plan the notes and suggestions are written for, whose year
 * before (« N de plus qu’en 2024 ») is a baseline's.
 */
export const EXAMPLE_YEAR = 2026;
const EXAMPLE_START = EXAMPLE_YEAR - 1;

export function phraseCheck(id: 'vague-time' | 'vague-quantity' | 'hedge', defaultSeverity: Severity): TextCheck {
  const message = `${id}.message`;
  const note = `${id}.note`;
  return {
    id,
    scope: 'text',
    defaultSeverity,
    paragraph({ scan, rules, t }) {
      const { text, tokens } = scan;
      const out: Finding[] = [];
      for (const h of oneHitPerPlace(scan.hits, id)) {
        if (h.accepted || (h.term.deadline && !inDeadlinePlace(text, tokens, h.first, h.last))) continue;
        const start = tokens[h.first].start;
        const end = hitEnd(tokens, h);
        const actual = sharedWords(rules, text.slice(start, end));
        // A date given loosely (a season) is there: information, with a message of its own.
        const loose = h.term.loose === true;
        // « D’ici l’automne 2023 », « courant 2023 »: the suggested month keeps the year the text gives (the data's
        // is an example), the phrase's own or, for a season, the one after it.
        const year =
          id !== 'vague-time'
            ? undefined
            : (yearAt(tokens, h.last) ?? (loose ? yearAt(tokens, h.last + 1) : undefined));
        const expected = year && h.term.expected ? h.term.expected.map((e) => e.replace(YEAR, year)) : h.term.expected;
        out.push(
          paragraphFinding(text, start, end, {
            ruleId: id,
            severity: loose ? 'info' : severityOf(rules, id, defaultSeverity),
            message: sharedText(t, t, loose ? `${id}.loose` : message, actual),
            note: t(loose ? `${id}.looseNote` : note, { year: EXAMPLE_YEAR }),
            expected,
            fingerprint: tokenFingerprint(id, tokens, h.first, h.last),
            actual,
            data: year ? { term: h.term.id, textYear: true } : { term: h.term.id },
          }),
        );
      }
      return out;
    },
    // In a commitment's context (the problem, what exists), a vague phrase describes; it is information only.
    assemble(findings, a) {
      const roles = a.planRoles(findings, a);
      return redated(
        a,
        findings.flatMap((f, k) => {
          if (roles[k] === 'template') return []; // a template's question is not the author's text
          return roles[k] === 'context' ? { ...f, severity: 'info' as const, data: { ...f.data, role: 'context' } } : f;
        }),
      );
    },
  };
}

/**
 * The notes' and suggestions' example years in the plan's when it states its period (planPeriod: « d’ici le 31
 * décembre 2020 » for a 2018-2020 plan, not 2026; « N de plus qu’en 2017 », the year before it, not 2024): the
 * paragraphs were read before the plan's period was.
 */
function redated(a: AssembleContext, out: Finding[]): Finding[] {
  const period = a.period(a.source, a.commitments);
  if (!period || (period.start === EXAMPLE_START && period.end === EXAMPLE_YEAR)) return out;
  const notes = new Map<string, string>();
  for (const id of ['vague-time', 'vague-quantity', 'hedge']) {
    const from = a.t(`${id}.note`, { year: EXAMPLE_YEAR });
    const to = a.t(`${id}.note`, { year: period.end });
    if (from !== to) notes.set(from, to);
  }
  // A suggestion's years, from the data as written: the example plan's last year, and the year before its first.
  const years = new Map([
    [String(EXAMPLE_YEAR), String(period.end)],
    [String(EXAMPLE_START - 1), String(period.start - 1)],
  ]);
  const dated = (s: string) => s.replace(/(?<!\d)(?:19|20)\d\d(?!\d)/g, (y) => years.get(y) ?? y);
  return out.map((f) => {
    if (f.data?.textYear) return f; // its suggestion's year is the text's own
    const note = f.note !== undefined ? notes.get(f.note) : undefined;
    const expected = f.expected.some((e) => dated(e) !== e) ? f.expected.map(dated) : f.expected;
    return note !== undefined || expected !== f.expected ? { ...f, ...(note ? { note } : {}), expected } : f;
  });
}

const YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/g;

/** The year the token at `k` writes, if it is one (« 2023 » of « d’ici l’automne 2023 »). */
function yearAt(tokens: readonly Token[], k: number): string | undefined {
  const word = tokens[k];
  return word && word.flags & NUM && /^(?:19|20)\d\d$/.test(word.norm) ? word.norm : undefined;
}

const BOUNDED = new Set(['jusqu', 'jusque', 'until', 'through', 'till']);

/**
 * Where a date is expected: the phrase fills a bracket, a table cell or a paragraph, or follows a date with "et" /
 * "and" ("Mai 2023 et en cours"); and it is not bounded by a date after it ("en cours jusqu'en juin 2020").
 */
function inDeadlinePlace(text: string, tokens: readonly Token[], first: number, last: number): boolean {
  const before = tokens[first - 1];
  const after = tokens[last + 1];
  if (after && BOUNDED.has(after.norm)) return false;
  const gapBefore = text.slice(before ? before.end : 0, tokens[first].start);
  const gapAfter = text.slice(tokens[last].end, after ? after.start : text.length);
  const opens = tokens[first].sep & (SEP_OPEN | SEP_START) || gapBefore.includes('|') || afterDate(tokens, first);
  const closes = !after || (after.sep & SEP_CLOSE) !== 0 || gapAfter.includes('|') || gapAfter.includes(')');
  return !!opens && closes;
}

/** "Mai 2023 et en cours": a year, then "et" / "and", just before. */
function afterDate(tokens: readonly Token[], first: number): boolean {
  const and = tokens[first - 1];
  const year = tokens[first - 2];
  return !!and && !!year && (and.norm === 'et' || and.norm === 'and') && !!(year.flags & NUM);
}
