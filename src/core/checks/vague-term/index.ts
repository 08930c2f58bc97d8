// Vague verbs and their nominalisations ("renforcer", "renforcement", "promote", "mise en place"): the action is
// stated as an intention. Data: ./fr.ts and ./en.ts (terms, exceptions, examples).
import { SEP_HYPHEN, SEP_STOP, type Token } from '../../text/tokenize';
import type { Finding, Lang } from '../../types';
import { paragraphFinding, severityOf, tokenFingerprint } from '../finding';
import { AUX_EN, AUX_FR, hitEnd, oneHitPerPlace, type Hit } from '../lexicon/match';
import type { TextCheck } from '../types';
import { sharedText, sharedWords } from '../../lint/texts';
import { bodyMay, localRole, type Sentence } from './roles';

const MESSAGE_KEYS: Record<Hit['kind'], string> = {
  verb: 'vague-term.verb',
  phrase: 'vague-term.verb',
  noun: 'vague-term.noun',
  participle: 'vague-term.participle',
};

export const vagueTerm: TextCheck = {
  id: 'vague-term',
  scope: 'text',
  defaultSeverity: 'warning',
  paragraph({ scan, rules, t }) {
    const { text, tokens } = scan;
    const base = severityOf(rules, 'vague-term', this.defaultSeverity);
    let sentence: Sentence | undefined; // made for the first hit only
    const out: Finding[] = [];
    const hits = scan.hits.filter(
      // "Federally-supported research": a hyphenated participle is an adjective of a compound, not an action.
      (h) => h.term.rule === 'vague-term' && !(h.kind === 'participle' && tokens[h.first].sep & SEP_HYPHEN),
    );
    for (const h of oneHitPerPlace(hits)) {
      if (h.accepted) continue;
      const verbal = h.kind !== 'participle' || participleIsVerbal(tokens, h, rules.lang);
      sentence ??= { text, tokens, vagueHits: hits, lang: rules.lang };
      // "The Treasury may consider …": a body's action under a modal of possibility, hedged, still its action.
      const hedged = bodyMay(sentence, h);
      const role = hedged ? 'action' : localRole(sentence, h, verbal);
      // A name is not a vague action, nor a question what the plan commits to, nor a word in another sense: no
      // finding at all.
      if (role === 'organisation-name' || role === 'question' || role === 'other-sense') continue;
      const start = tokens[h.first].start;
      const end = hitEnd(tokens, h);
      const actual = sharedWords(rules, text.slice(start, end));
      // The dictionary form as the author spells it: "modernise" is not answered with "modernize" (audit12 #22).
      const lemma = spelledAs(h.term.id, actual);
      const invited = role === 'action' && invitedTo(tokens, h, rules.lang);
      out.push(
        paragraphFinding(text, start, end, {
          ruleId: 'vague-term',
          severity: role === 'action' ? base : 'info',
          // Information only: the message says why, in the role's words (not « est flou »).
          message:
            role === 'action'
              ? sharedText(t, t, invited ? 'vague-term.invited' : MESSAGE_KEYS[h.kind], actual, lemma)
              : sharedText(t, t, `vague-term.info.${role}`, actual, infoWord(h.kind, actual, lemma)),
          note: sharedText(t, t, role === 'action' ? 'vague-term.note' : `vague-term.role.${role}`, actual, lemma),
          expected: h.term.expected.length > 0 ? h.term.expected : rules.defaultExpected,
          fingerprint: tokenFingerprint('vague-term', tokens, h.first, h.last),
          actual,
          data: {
            term: h.term.id,
            lemma: h.term.id,
            kind: h.kind,
            role,
            ...(invited ? { invited } : {}),
            ...(hedged ? { hedged } : {}),
          },
        }),
      );
    }
    return out;
  },
  assemble(findings, a) {
    // A word whose own role is not the action keeps its finding whatever its sentence says (only a template's
    // question, objective or answer changes it): its sentence need not be read.
    const roles = a.planRoles(findings, a, (f) => f.data?.role === 'action');
    return inPlanSpelling(findings, a.lang, a.source.text).flatMap((f, k) => {
      const role = roles[k];
      if (role === 'template') return []; // a template's question is not the author's text
      // The objective the template asks for, stated as "To strengthen…": a purpose in form, the action in fact.
      // The answer's first word names the action, even in the form of a participle ("Increasing the capacity…").
      const named = role === 'answer' && f.data?.role === 'participle';
      if (
        (role === 'objective' || role === 'answer') &&
        (f.data?.role === 'action' || f.data?.role === 'purpose' || named)
      )
        return {
          ...f,
          severity: severityOf(a, 'vague-term', this.defaultSeverity),
          message: a.t(MESSAGE_KEYS[f.data?.kind as Hit['kind']] ?? 'vague-term.verb', {
            actual: f.actual,
            lemma: spelledAs(String(f.data?.lemma), f.actual),
          }),
          note: a.t('vague-term.note', {
            actual: f.actual,
            lemma: spelledAs(String(f.data?.lemma), f.actual),
          }),
          data: { ...f.data, role: 'main-action' },
        };
      if (f.data?.role !== 'action' || role === undefined) return f;
      if (role !== 'context') return { ...f, data: { ...f.data, role } };
      // A body's hedged action ("may consider") stays a warning where the sentence, with no "will", reads as context.
      if (f.data?.hedged) return { ...f, data: { ...f.data, role: 'main-action' } };
      return {
        ...f,
        severity: 'info',
        message: a.t('vague-term.info.context', {
          actual: f.actual,
          lemma: infoWord(f.data?.kind as Hit['kind'], f.actual, spelledAs(String(f.data?.lemma), f.actual)),
        }),
        note: a.t('vague-term.role.context', { actual: f.actual }),
        data: { ...f.data, role },
      };
    });
  },
};

/**
 * The suggestions in the plan's own spelling: the data's are British ('digitise', 'consult N organisations'); a plan
 * that writes "-ize" more often than "-ise" for the verbs those suggestions use ("organization", "prioritize": the
 * United States, Canada) gets 'digitize', 'consult N organizations' (audit14, finding 17). The text is read only when
 * a suggestion has such a word.
 */
export function inPlanSpelling(findings: readonly Finding[], lang: Lang, text: string): readonly Finding[] {
  if (lang !== 'en' || !findings.some((f) => f.expected?.some((e) => BRITISH.test(e)))) return findings;
  let ize = 0;
  let ise = 0;
  for (const m of text.matchAll(SPELLED))
    if (m[1] === 'z' || m[1] === 'Z') ize++;
    else ise++;
  if (ize <= ise) return findings;
  return findings.map((f) =>
    f.expected?.some((e) => BRITISH.test(e))
      ? { ...f, expected: f.expected.map((e) => e.replace(BRITISH_ALL, '$1z$2')) }
      : f,
  );
}

// The verbs whose British "-ise" the suggestions write, and those a plan's spelling is read from.
const BRITISH = /\b(?:organi|digiti|moderni|prioriti|standardi)s(?:e|ed|es|ing|ations?)\b/;
const BRITISH_ALL = /\b(organi|digiti|moderni|prioriti|standardi)s(e|ed|es|ing|ations?)\b/g;
const SPELLED =
  /\b(?:organi|digiti|moderni|prioriti|standardi|recogni|mobili|utili|reali|speciali|summari)([sz])(?:e|ed|es|ing|ations?)\b/giu;

/**
 * The word an information message quotes: a verb by its dictionary form (« s’efforcer de », not the text's
 * « efforçant d’ »), a noun or a participle as written (« renforcement », « renforcés »).
 */
export const infoWord = (kind: Hit['kind'], actual: string, lemma: string) =>
  kind === 'verb' || kind === 'phrase' ? lemma : actual;

// « sont appelés à participer », "are invited to engage": a passive of inviting right before the verb (audit 13, #7).
const INVITED: Record<Lang, RegExp> = {
  fr: /^(?:appel|invit|convi|encourag|incit)(?:e|ee|es|ees)$/,
  en: /^(?:invited|encouraged|called|asked)$/,
};
const INVITED_TO: Record<Lang, ReadonlySet<string>> = { fr: new Set(['a']), en: new Set(['to']) };

/**
 * An action the public or others are invited to take, the inviter unnamed: the warning stays (a facilitator wants to
 * know who organises what), its message says why.
 */
function invitedTo(tokens: readonly Token[], h: Hit, lang: Lang): boolean {
  let k = h.first - 1;
  if (k < 1 || !INVITED_TO[lang].has(tokens[k].norm) || tokens[k + 1].sep & SEP_STOP) return false;
  k--;
  if (lang === 'en' && tokens[k].norm === 'upon') k--; // "called upon to"
  return k >= 0 && INVITED[lang].test(tokens[k].norm) && !(tokens[k + 1].sep & SEP_STOP);
}

/** A participle is verbal after an auxiliary (a été renforcé, se sont efforcés) or before an agent (par, by). */
function participleIsVerbal(tokens: readonly Token[], h: Hit, lang: Lang): boolean {
  const aux = lang === 'en' ? AUX_EN : AUX_FR;
  for (let k = h.first - 1; k >= 0 && k >= h.first - 3; k--) {
    if (tokens[k + 1].sep & SEP_STOP) break;
    if (aux.has(tokens[k].norm)) return true;
  }
  const next = tokens[h.last + 1];
  return next !== undefined && !(next.sep & SEP_STOP) && (next.norm === 'par' || next.norm === 'by');
}

/**
 * A lemma written with the author's -ise/-isation where the lexicon writes -ize/-ization (British and American
 * spellings of one word): the message quotes the word the author would write.
 */
export function spelledAs(lemma: string, actual: string): string {
  if (!lemma.includes('iz')) return lemma;
  const british = lemma.replace(/iz/g, 'is');
  // The stem before the ending ("modernis" of "modernise", "modernised", "modernising").
  const stem = british.replace(/e$/, '');
  return actual.toLowerCase().includes(stem) ? british : lemma;
}
