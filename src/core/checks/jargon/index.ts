// Jargon and acronyms a member of the public would not understand ("open data", "KPI", "DINUM"): flagged once, at
// their first use, unless explained right there or defined in a glossary section. Data: ./fr.ts and ./en.ts.
// Over 400 lines: a term is flagged unless the text defines it, and the ways plans define a term or an acronym
// (brackets, a glossary, "(CTA; …)", "…, or HISPs", "also known as") are read here beside the flagging they decide.
import { BODY_WORDS_EN } from './en';
import { BODY_WORDS_FR } from './fr';
import {
  CAP,
  ELIDED,
  LETTERS,
  NUM,
  SEP_CLOSE,
  SEP_OPEN,
  SEP_OTHER,
  SEP_PAUSE,
  SEP_START,
  SEP_STOP,
  UPPER,
  tokenize,
  type Token,
} from '../../text/tokenize';
import type { Finding } from '../../types';
import { fields } from '../../messages/fields';
import { fingerprintOfHashes } from '../../lint/fingerprint';
import { contextHashes, severityOf } from '../finding';
import type { CompiledRules, CompiledTerm } from '../lexicon/compile';
import { hitEnd, oneHitPerPlace } from '../lexicon/match';
import type { DocumentContext, ParagraphScan, TextCheck } from '../types';

/** A jargon word or acronym seen in a paragraph; whether it is flagged depends on the document. */
export interface JargonOccurrence {
  key: string;
  start: number; // paragraph-relative
  end: number;
  /** Explained right here: "open data (données publiques…)" or "Direction … (DINUM)". */
  explained: boolean;
  acronym: boolean;
  term?: CompiledTerm;
  hashes: readonly [number, number, number, number, number];
}

/**
 * What a paragraph tells the jargon check: the jargon it holds, and whether its words are a glossary heading
 * (« Glossaire », « 2. Sigles »), read from the words the paragraph's scan made rather than tokenized again.
 */
export type JargonItem = JargonOccurrence | { glossaryHeading: true };

const isOccurrence = (item: JargonItem): item is JargonOccurrence => !('glossaryHeading' in item);

export const jargon: TextCheck<JargonItem> = {
  id: 'jargon',
  scope: 'text',
  defaultSeverity: 'suggestion',
  paragraph({ scan, rules }) {
    const { tokens } = scan;
    const out: JargonOccurrence[] = [];
    for (const h of oneHitPerPlace(scan.hits, 'jargon')) {
      if (h.accepted) continue;
      const start = tokens[h.first].start;
      const end = hitEnd(tokens, h);
      if (
        inOwnLabel(scan.text, end, h.term.key) ||
        inAddressOrPath(scan, start, end) ||
        inBodyName(tokens, h.first, h.last) ||
        inCapitalisedName(tokens, h.first, h.last)
      )
        continue;
      const actual = scan.text.slice(start, end);
      out.push({
        key: h.term.key,
        start,
        end,
        explained: explainedHere(scan.text, tokens, h.first, h.last),
        // A listed acronym (« PGO », "API") is an acronym to spell out once, as an unlisted one is.
        acronym: actual === h.term.id && /^\p{Lu}{2,8}$/u.test(actual),
        term: h.term,
        hashes: contextHashes(tokens, h.first, h.last),
      });
    }
    out.push(...acronyms(scan, rules, out));
    return isGlossaryHeading(scan, rules) ? [...out, { glossaryHeading: true }] : out;
  },
  document(items, d) {
    const { source, rules, t } = d;
    const glossary = glossaryRegions(items, d);
    const defined = new Set<string>();
    for (const [from, to] of glossary)
      for (let p = from; p < to; p++) {
        for (const token of tokenize(source.paragraphs[p].text)) defined.add(token.norm);
        for (const o of items[p]) if (isOccurrence(o)) defined.add(o.key);
      }
    const inGlossary = (p: number): boolean => glossary.some(([from, to]) => p >= from - 1 && p < to);
    const seen = new Set<string>();
    const out: Finding[] = [];
    const title = planTitle(source);
    items.forEach((occurrences, p) => {
      // The plan's title names the programme (« … pour un gouvernement ouvert »): the body's first use is explained.
      if (occurrences.length === 0 || inGlossary(p) || p === title) return;
      const base = source.paragraphs[p].start;
      const text = source.paragraphs[p].text;
      // A heading names its subject ("Commitment 1: Open data") and has no room for an explanation: the body's first
      // use is the one to explain (an acronym spelled out in the heading is known from there on).
      const heading = isHeading(source.paragraphs[p]);
      for (const o of occurrences) {
        if (!isOccurrence(o) || seen.has(o.key)) continue;
        if (heading && !o.explained) continue;
        seen.add(o.key);
        if (o.explained || defined.has(o.key)) continue;
        const actual = text.slice(o.start, o.end);
        const explanation = o.term?.explanation;
        // An anglicism with an official French term (« open data »): the term is the suggestion, not a gloss.
        const replacement = o.acronym ? undefined : o.term?.expected[0];
        const example = explanation && !replacement ? spelledOut(actual, explanation) : undefined;
        const vars = { actual, explanation, example, replacement };
        // An official term (« données ouvertes »): what to write, explained for information only.
        const official = o.term?.loose === true;
        out.push({
          ruleId: 'jargon',
          source: 'jalon',
          severity: official ? 'info' : severityOf(rules, 'jargon', this.defaultSeverity),
          message: t(
            o.acronym
              ? 'jargon.acronym'
              : replacement
                ? 'jargon.replace'
                : official
                  ? 'jargon.official'
                  : 'jargon.term',
            vars,
          ),
          note: o.acronym
            ? t(explanation ? 'jargon.acronymNoteExplained' : 'jargon.acronymNote', vars)
            : replacement
              ? t('jargon.replaceNote', vars)
              : t(example ? 'jargon.termNoteExample' : 'jargon.termNote', vars),
          actual,
          expected: replacement ? [replacement] : example ? [example] : [],
          start: base + o.start,
          end: base + o.end,
          paragraph: p,
          paragraphOffset: o.start,
          fingerprint: fingerprintOfHashes('jargon', ...o.hashes),
          data: { term: o.term?.id ?? actual, acronym: o.acronym },
          commitment: undefined, // known once the plan is read (assembleAnalysis)
        });
      }
    });
    return out;
  },
};

// The words of Jalon's own field labels, folded (« redevabilite » of « Contribution à la transparence, à la
// redevabilité, à la participation »): made on first use.
let labelWords: Set<string> | undefined;

/**
 * A word of Jalon's own labels in the label that opens its paragraph (« Redevabilité : un bilan… », the template's
 * « Contribution à la transparence, à la redevabilité, à la participation : »): the OGP's own value, named by Jalon's
 * template; the author cannot act on a remark there (audit15, finding 12). The same word in prose is flagged.
 */
function inOwnLabel(text: string, end: number, key: string): boolean {
  labelWords ??= new Set(
    (['fr', 'en'] as const).flatMap((lang) =>
      Object.values(fields[lang]).flatMap((f) =>
        typeof f === 'object' && typeof (f as { label?: unknown }).label === 'string'
          ? tokenize((f as { label: string }).label).map((w) => w.norm)
          : [],
      ),
    ),
  );
  if (!labelWords.has(key)) return false;
  const colon = text.indexOf(':');
  return colon >= end && colon <= 120 && !/[.!?;]/.test(text.slice(0, colon));
}

/**
 * A heading: styled as one (Word, Markdown), or a commitment's title line as plans write it without a style
 * ("Commitment 1: Open data", « Engagement 3 : Données ouvertes »): short, with no sentence in it.
 */
function isHeading(p: { text: string; headingLevel?: number }): boolean {
  if ((p.headingLevel ?? 0) > 0) return true;
  const text = p.text.trim();
  return text.length <= 150 && /^(?:commitment|engagement)\s*(?:n[°o]\s*)?\d+\b/i.test(text) && !/[.!?]\s/.test(text);
}

/**
 * A web address, or a path or repository name written without spaces (« open-data/ckanext-canada »): its words name
 * a place, they are not prose to explain.
 */
function inAddressOrPath(scan: ParagraphScan, start: number, end: number): boolean {
  if (scan.notProse.some(([a, b]) => a <= start && start < b)) return true;
  const { text } = scan;
  if (/\s/.test(text.slice(start, end))) return false;
  let a = start;
  let b = end;
  while (a > 0 && !/[\s()«»"“”'’,;]/.test(text[a - 1])) a--;
  while (b < text.length && !/[\s()«»"“”'’,;]/.test(text[b])) b++;
  const word = text.slice(a, b);
  // A domain name written without its scheme (« data.gouv.fr », "open.canada.ca"): a site's name, not a word.
  return /\p{L}\/\p{L}/u.test(word) || DOMAIN.test(word);
}

const DOMAIN =
  /^[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.(?:fr|ca|gouv|gov|org|com|net|eu|int|uk|be|ch|lu|qc|quebec|info|io)\.?$/iu;

/**
 * A capitalised word inside a name of several capitalised words (« l’Open Knowledge Foundation France », « Open Data
 * Charter »): the name is written as its holder writes it, not jargon to explain. The hit and the word after it are
 * capitalised, with no stop between them.
 */
function inCapitalisedName(tokens: readonly Token[], first: number, last: number): boolean {
  const next = tokens[last + 1];
  if (!next || next.sep & (SEP_PAUSE | SEP_STOP | SEP_OPEN | SEP_CLOSE | SEP_OTHER)) return false;
  for (let k = first; k <= last; k++) if (!(tokens[k].flags & CAP) || tokens[k].flags & UPPER) return false;
  return !!(next.flags & CAP) && !(next.flags & UPPER);
}

// Both languages' words: a French plan names the "Open Government Partnership" too.
const BODY_WORDS = new Set(`${BODY_WORDS_FR} ${BODY_WORDS_EN}`.split(' '));
// What joins a body's word to the rest of its name: a preposition (« Forum du… », "Council on…"), then an article.
// Not « a » nor « en »: « Le Comité a publié en données ouvertes », « Le Comité en fera… » are not names.
const NAME_PREPOSITIONS = new Set('de du des d pour sur au aux of for on'.split(' '));
const NAME_ARTICLES = new Set('le la l les un une the'.split(' '));

/**
 * Whether the words [first, last] of a lexicon hit stand inside the capitalised name of a body, beyond them: « Forum
 * du gouvernement ouvert », « Comité d’orientation sur le gouvernement ouvert », "Open Government Forum", "Council on
 * Open Government". The name is the body's, not jargon to explain there (issue 16). Not when the data lists the whole
 * name (the hit is then the name, nothing of it lies beyond), nor for an acronym. Before the hit, the body's word is
 * joined to it by prepositions and articles, with a word after each (« d’orientation sur le »): a verb after the body
 * (« Le Ministère publie des données ouvertes ») breaks the name. A capitalised hit followed by a capitalised word
 * ("Open Government Forum") is any name's, the body's included: inCapitalisedName.
 */
function inBodyName(tokens: readonly Token[], first: number, last: number): boolean {
  const BREAK = SEP_PAUSE | SEP_STOP | SEP_OPEN | SEP_CLOSE | SEP_OTHER | SEP_START;
  const joined = (k: number) => k < tokens.length && !(tokens[k].sep & BREAK); // k follows k - 1 within a phrase
  const capital = (k: number) => !!(tokens[k].flags & CAP);
  const body = (k: number) => capital(k) && !(tokens[k].flags & UPPER) && BODY_WORDS.has(tokens[k].norm);
  for (let k = first; k <= last; k++) if (tokens[k].flags & UPPER) return false;
  // Before: back over links (and the words after them) to the body's word, at most five words away.
  const link = (k: number) => NAME_PREPOSITIONS.has(tokens[k].norm) || NAME_ARTICLES.has(tokens[k].norm);
  if (first > 0 && joined(first) && link(first - 1))
    for (let k = first - 1; k > 0 && k >= first - 5 && joined(k); k--) {
      if (body(k - 1) && NAME_PREPOSITIONS.has(tokens[k].norm)) return true;
      // A word that is not a link must follow one (« d’orientation »); a name's capitalised word is one too.
      if (!link(k) && !link(k - 1)) break;
    }
  return false;
}

/**
 * The plan's title: one of the document's first two paragraphs with words, a short line naming a plan (« Plan d’action
 * national du Canada pour un gouvernement ouvert 2022-2024 », "Open Government National Action Plan") rather than a
 * sentence or a commitment. -1 when there is none.
 */
function planTitle(source: DocumentContext['source']): number {
  // The first two paragraphs with words: a converted document may open on its file's name (« fr-canada-pan-2022-2024 »).
  let seen = 0;
  for (let k = 0; k < source.paragraphs.length && seen < 2; k++) {
    if (!/\p{L}/u.test(source.paragraphs[k].text)) continue;
    seen++;
    const text = source.paragraphs[k].text.replace(/^[\s#*_]+|[\s*_]+$/g, '');
    const words = text.split(/\s+/).length;
    const named = /\b(?:plan|PAN|NAP)\b/i.test(text) && !/^(?:engagement|commitment|jalon|milestone)s?\b/i.test(text);
    if (named && words >= 3 && words <= 25 && !/[.!?:]$/.test(text)) return k;
  }
  return -1;
}

/**
 * "open data (données publiques…)" or "Direction interministérielle du numérique (DINUM)"; or a name's other acronym
 * beside its own in a short parenthesis after it: « Partenariat pour un gouvernement ouvert (PGO, en anglais OGP) ».
 */
function explainedHere(text: string, tokens: readonly Token[], first: number, last: number): boolean {
  const next = tokens[last + 1];
  if (next !== undefined && next.sep & SEP_OPEN) return true;
  if (first > 0 && !!(tokens[first].sep & SEP_OPEN) && (next === undefined || !!(next.sep & SEP_CLOSE))) return true;
  return inAcronymAside(tokens, first, last) || (first === last && definedAmerican(text, tokens, first));
}

/**
 * An acronym defined as US federal texts define one (audit14, finding 13): first in a parenthesis that goes on after a
 * semicolon ("Corporate Transparency Act (CTA; Public Law 116-283)"), or joined by "or" to the words it stands for,
 * whose initials spell it ("high impact service providers," or HISPs, "the BIL or Bipartisan Infrastructure
 * Law").
 */
function definedAmerican(text: string, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!/^\p{Lu}{2,}s?$/u.test(text.slice(t.start, t.end))) return false;
  if (i > 0 && t.sep & SEP_OPEN && /^\s*;/.test(text.slice(t.end, tokens[i + 1]?.start ?? text.length))) return true;
  const letters = acronymLetters(text.slice(t.start, t.end));
  const next = tokens[i + 1];
  if (next?.norm === 'or' && !(next.sep & (SEP_STOP | SEP_CLOSE)) && initialsAfter(tokens, i + 2) === letters)
    return true;
  const or = tokens[i - 1];
  return !!or && or.norm === 'or' && !(t.sep & (SEP_STOP | SEP_OPEN)) && initialsBefore(tokens, i - 1, letters);
}

/** An acronym's letters, lower case, its plural's « s » dropped ("HISPs": hisp). */
const acronymLetters = (word: string): string => word.replace(/(?<=\p{Lu})s$/u, '').toLowerCase();

/** Small words a name's acronym skips ("Infrastructure Investment and Jobs Act": IIJA). */
const NAME_LINKS = new Set(['and', 'of', 'the', 'for', 'on', 'in', 'to', 'de', 'du', 'des', 'et']);

/** The initials of the capitalised words from `k` on, up to the first that is not a name's (links skipped). */
function initialsAfter(tokens: readonly Token[], k: number): string {
  let out = '';
  for (; k < tokens.length && out.length < 9; k++) {
    const t = tokens[k];
    if (out && t.sep & (SEP_STOP | SEP_PAUSE | SEP_OPEN | SEP_CLOSE)) break;
    if (NAME_LINKS.has(t.norm) && out) continue;
    if (!(t.flags & CAP)) break;
    out += t.norm[0];
  }
  return out;
}

/** Whether the words before `or` (token `k`), links skipped, end on words whose initials spell `letters`. */
function initialsBefore(tokens: readonly Token[], k: number, letters: string): boolean {
  let out = '';
  for (let j = k - 1; j >= 0 && out.length < letters.length; j--) {
    if (NAME_LINKS.has(tokens[j].norm) && out) continue;
    out = tokens[j].norm[0] + out;
    if (tokens[j].sep & (SEP_STOP | SEP_START)) break;
  }
  return out === letters;
}

/** The words that may join a name's acronyms in a parenthesis: « (MEI, en anglais IRM) », "(IRM, in French MEI)". */
const ASIDE_WORDS = new Set(['en', 'anglais', 'francais', 'in', 'english', 'french', 'ou', 'or']);

/**
 * A parenthesis after words that holds only acronyms and the words that join them, the first an acronym:
 * « (PGO, en anglais OGP) » names both, where « (DINUM et SGG) » and « (BAC/SCT) » list two.
 */
function inAcronymAside(tokens: readonly Token[], first: number, last: number): boolean {
  const BREAK = SEP_OPEN | SEP_CLOSE | SEP_STOP;
  let open = first;
  while (open > 0 && !(tokens[open].sep & BREAK)) open--;
  if (open === 0 || (tokens[open].sep & BREAK) !== SEP_OPEN) return false;
  let close = last + 1;
  while (close < tokens.length && !(tokens[close].sep & BREAK)) close++;
  if (close < tokens.length && !(tokens[close].sep & SEP_CLOSE)) return false;
  const acronym = (t: Token) => !!(t.flags & UPPER) && !(t.flags & NUM);
  if (!acronym(tokens[open]) || close - open > 5) return false;
  let joined = false;
  for (let k = open + 1; k < close; k++) {
    if (ASIDE_WORDS.has(tokens[k].norm)) joined = true;
    else if (!acronym(tokens[k])) return false;
  }
  return joined;
}

const PLURAL_ACRONYM = /^\p{Lu}{2,7}s$/u;

/**
 * text[start, end) is capitals then an « s » (PLURAL_ACRONYM). Most words are not cut out to be asked: a word that
 * does not end in « s », or that starts with a to z, cannot be one. Exported for its test (speed-equivalence.test.ts).
 */
export function pluralAcronym(text: string, start: number, end: number): boolean {
  const first = text.charCodeAt(start);
  if (text.charCodeAt(end - 1) !== 115 || end - start < 3 || (first >= 97 && first <= 122)) return false;
  return PLURAL_ACRONYM.test(text.slice(start, end));
}

/** Words in capitals that are not in the lexicon (`known`: its jargon here): acronyms to spell out, unless shouted. */
function acronyms(scan: ParagraphScan, rules: CompiledRules, known: readonly JargonOccurrence[]): JargonOccurrence[] {
  const { text, tokens, notProse } = scan;
  // A heading in capitals is not a string of acronyms.
  let lettered = 0;
  let upper = 0;
  for (const t of tokens) {
    if (t.flags & LETTERS) lettered++;
    if (t.flags & UPPER) upper++;
  }
  if (upper === 0 || (lettered >= 3 && upper * 2 >= lettered)) return [];
  const out: JargonOccurrence[] = [];
  tokens.forEach((t, i) => {
    // A plural acronym ("Federal Inspectors General (IGs)") counts where it is defined: its singular is then known.
    if (!(t.flags & UPPER) && !(t.flags & NUM) && pluralAcronym(text, t.start, t.end)) {
      if (explainedHere(text, tokens, i, i) && !rules.notAcronyms.has(text.slice(t.start, t.end - 1)))
        out.push({
          key: t.norm.slice(0, -1),
          start: t.start,
          end: t.end,
          explained: true,
          acronym: true,
          hashes: contextHashes(tokens, i, i),
        });
      return;
    }
    if (!(t.flags & UPPER) || t.flags & NUM || t.flags & ELIDED) return;
    // A currency's prefix ("NZ$400,000", "US$ 2 million"): the money's unit, not an acronym.
    if (text[t.end] === '$') return;
    // A code or a reference (« US0143 », « T3 », « G20 »), not an acronym to spell out; « LGBTQ2S » is one.
    if (/^\p{Lu}+\d{2,}$|^\p{Lu}\d+$/u.test(text.slice(t.start, t.end))) return;
    const length = t.end - t.start;
    if (length < 2 || length > 8 || known.some((o) => o.start === t.start)) return;
    if (notProse.some(([a, b]) => a <= t.start && t.start < b)) return;
    // Part of a domain name (« GOV.UK », "NHS.UK"): a site's name, read as written, not an acronym to spell out.
    if (
      /^\.\p{L}/u.test(text.slice(t.end, t.end + 2)) ||
      /\p{L}\.$/u.test(text.slice(Math.max(0, t.start - 2), t.start))
    )
      return;
    // A word in a run of capitals ("AMELIORER L'ACCES") is shouting, not an acronym.
    const prev = i > 0 && !(t.sep & (SEP_STOP | SEP_OTHER)) ? tokens[i - 1] : undefined;
    const next =
      tokens[i + 1] !== undefined && !(tokens[i + 1].sep & (SEP_STOP | SEP_OTHER)) ? tokens[i + 1] : undefined;
    if ((prev && (prev.flags & UPPER || (prev.flags & CAP && prev.flags & ELIDED))) || (next && next.flags & UPPER))
      return;
    if (rules.notAcronyms.has(text.slice(t.start, t.end)) || rules.accepted.has(t.norm)) return;
    out.push({
      key: t.norm,
      start: t.start,
      end: t.end,
      explained: explainedHere(text, tokens, i, i),
      acronym: true,
      hashes: contextHashes(tokens, i, i),
    });
  });
  return out;
}

/**
 * The words to write instead: the term with its explanation in parentheses ("open data (données publiques...)"),
 * or the explanation alone when it names the term already ("Haute Autorité ... (HATVP)" for HATVP).
 */
function spelledOut(actual: string, explanation: string): string {
  const at = explanation.indexOf(actual);
  const isLetter = (c: string | undefined) => c !== undefined && /\p{L}/u.test(c);
  const named = at >= 0 && !isLetter(explanation[at - 1]) && !isLetter(explanation[at + actual.length]);
  return named ? explanation : `${actual} (${explanation})`;
}

/** Possible glossary heading: at most five words, numbers dropped ("2. Glossaire" -> "glossaire"). */
function headingWords(tokens: readonly Token[]): string {
  if (tokens.length === 0 || tokens.length > 5) return '';
  return tokens
    .filter((t) => !(t.flags & NUM))
    .map((t) => t.norm)
    .join(' ');
}

/** Whether a paragraph's words are a glossary heading: a short paragraph whose words are one of the rules' headings. */
function isGlossaryHeading(scan: ParagraphScan, rules: CompiledRules): boolean {
  if (scan.text.length > 300) return false; // a heading is short
  const words = headingWords(scan.tokens);
  return words !== '' && rules.glossaryHeadings.has(words);
}

/**
 * Paragraph ranges [from, to) that follow a "Glossaire" / "Sigles" heading (as each paragraph's items say), up to
 * the next heading of its level.
 */
function glossaryRegions(items: readonly (readonly JargonItem[])[], d: DocumentContext): [number, number][] {
  const regions: [number, number][] = [];
  const ps = d.source.paragraphs;
  for (let p = 0; p < ps.length; p++) {
    if (!items[p].some((item) => !isOccurrence(item))) continue;
    const level = ps[p].headingLevel ?? 0;
    let q = p + 1;
    while (q < ps.length) {
      const l = ps[q].headingLevel ?? 0;
      if (l > 0 && (level === 0 || l <= level)) break;
      q++;
    }
    regions.push([p + 1, q]);
    p = q - 1;
  }
  return regions;
}
