// Over 400 lines: the house-rules file's schema, its validation with located errors and its merge into the rules
// are one contract with the organisations that write these files; apart, they would drift.
// An organisation's house rules: a JSON file that adds or removes terms and exceptions, changes severities,
// turns rules off, lists accepted vocabulary and the shared ignore list. Validated with a JSON schema (ajv);
// every error names the line and column of the bad value, in French and English (the catalogue's `rules` namespace),
// once per bad value; a check's name misspelt anywhere comes with the nearest names. Severities may be written as the
// reports show them (« erreur », « avertissement »…). What the file says that changes nothing (a term removed that no
// check has) is a warning.
//
// Example:
// {
//   "name": "Ministère de l'exemple",
//   "rules": { "vague-quantity": "off", "vague-term": { "severity": "error" } },
//   "add": [
//     { "rule": "vague-term", "term": "rationaliser", "nouns": ["rationalisation"] },
//     { "rule": "jargon", "term": "DSI", "caseSensitive": true, "explanation": "direction des systèmes d'information" }
//   ],
//   "remove": [{ "rule": "vague-term", "term": "développer" }],
//   "exceptions": { "add": [{ "rule": "vague-term", "term": "soutenir", "pattern": "_ scolaire", "why": "soutien scolaire" }] },
//   "accept": ["open data"],
//   "ignore": { "fingerprints": [], "terms": ["simplifier"], "rules": [] }
// }
// Patterns: see TokenPattern in src/core/checks/lexicon/types.ts ("_" is the term, "#" a number, "Aa" a capitalised word).
import Ajv, { type ErrorObject } from 'ajv';
import { SEVERITIES } from '../checks/finding';
import { RULE_IDS } from '../checks/ids';
import type { LexiconRule } from '../checks/lexicon/compile';
import { compileException, compileSequence, PatternError, patternWords } from '../checks/lexicon/patterns';
import type { LexiconData } from '../checks/lexicon/types';
import { LEXICON_DATA } from '../checks/text';
import { rules as messages } from '../messages';
import { translators, type Translate, type Vars } from '../messages/translate';
import { foldWord } from '../text/fold';
import type { Lang, Severity } from '../types';
import type { HouseRules } from './house-overrides';

export { houseRulesOverrides, ruleEnabled, type HouseRules } from './house-overrides';

export interface HouseRulesError {
  line: number; // 1-based
  column: number; // 1-based
  /** JSON pointer of the bad value ("/add/2/rule"), '' for the whole file. */
  path: string;
  message: { fr: string; en: string };
}

/**
 * Errors make the file refused; warnings (`ok` and warned of) name what the file says that changes nothing: a term
 * removed, or an exception added or removed, that none of the check's terms or exceptions matches.
 */
export type HouseRulesResult =
  | { ok: true; rules: HouseRules; errors: []; warnings: HouseRulesError[] }
  | { ok: false; rules?: undefined; errors: HouseRulesError[]; warnings: [] };

const TERM_RULES: readonly LexiconRule[] = ['vague-term', 'jargon', 'vague-time', 'vague-quantity', 'hedge'];

/**
 * The severities a house-rules file may write: the English names and the French ones the reports and the pane show
 * (« erreur », « avertissement »…), in small letters or with a capital. parseHouseRules turns them into Severity.
 */
const SEVERITY_NAMES: ReadonlyMap<string, Severity> = new Map(
  (
    [...SEVERITIES.map((s) => [s, s]), ['erreur', 'error'], ['avertissement', 'warning'], ['information', 'info']] as [
      string,
      Severity,
    ][]
  ).flatMap(([name, severity]) => [
    [name, severity],
    [name[0].toUpperCase() + name.slice(1), severity],
  ]),
);
/** The severities in each language, as a message lists them. */
const SEVERITY_WORDS = {
  fr: ['erreur', 'avertissement', 'suggestion', 'information'],
  en: ['error', 'warning', 'suggestion', 'info'],
};
const severityList = (lang: Lang): string => SEVERITY_WORDS[lang].join(', ');

const ruleIdSchema = { type: 'string', enum: [...RULE_IDS] };
const termRuleSchema = { type: 'string', enum: TERM_RULES };
const langSchema = { type: 'string', enum: ['fr', 'en'] };
const nonEmpty = { type: 'string', minLength: 1 };
const stringList = { type: 'array', items: nonEmpty };

/** The JSON schema of house rules (draft-07), also useful to editors. */
export const houseRulesSchema = {
  $id: 'https://jalon.local/house-rules.schema.json',
  type: 'object',
  additionalProperties: false,
  properties: {
    $schema: { type: 'string' },
    version: { type: 'integer', enum: [1] },
    name: { type: 'string' },
    rules: {
      type: 'object',
      propertyNames: ruleIdSchema,
      additionalProperties: {
        anyOf: [
          { type: 'string', enum: ['off', 'on'] },
          {
            type: 'object',
            additionalProperties: false,
            properties: {
              enabled: { type: 'boolean' },
              severity: { type: 'string', enum: [...SEVERITY_NAMES.keys()] },
            },
          },
        ],
      },
    },
    add: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['rule', 'term'],
        properties: {
          rule: termRuleSchema,
          term: nonEmpty,
          lang: langSchema,
          kind: { type: 'string', enum: ['verb', 'noun', 'phrase'] },
          nouns: stringList,
          after: nonEmpty,
          explanation: nonEmpty,
          expected: stringList,
          caseSensitive: { type: 'boolean' },
        },
      },
    },
    remove: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['term'],
        properties: { rule: termRuleSchema, term: nonEmpty, lang: langSchema },
      },
    },
    exceptions: {
      type: 'object',
      additionalProperties: false,
      properties: {
        add: {
          type: 'array',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['rule', 'pattern'],
            properties: {
              rule: termRuleSchema,
              term: nonEmpty,
              pattern: nonEmpty,
              lang: langSchema,
              kinds: { type: 'array', items: { type: 'string', enum: ['verb', 'participle', 'noun'] } },
              why: { type: 'string' },
            },
          },
        },
        remove: {
          type: 'array',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['pattern'],
            properties: { rule: termRuleSchema, term: nonEmpty, pattern: nonEmpty, lang: langSchema },
          },
        },
      },
    },
    accept: stringList,
    ignore: {
      type: 'object',
      additionalProperties: false,
      properties: {
        fingerprints: stringList,
        terms: stringList,
        rules: { type: 'array', items: ruleIdSchema },
      },
    },
  },
} as const;

type Validator = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };
let validator: Validator | undefined;
function validate(): Validator {
  validator ??= new Ajv({ allErrors: true, strict: true }).compile(houseRulesSchema) as Validator;
  return validator;
}

/** Parses and validates a house-rules file; errors name the line of the bad value. */
export function parseHouseRules(json: string): HouseRulesResult {
  const text = json.charCodeAt(0) === 0xfeff ? json.slice(1) : json;
  const positions = new Map<string, number>();
  let value: unknown;
  try {
    value = new PositionalParser(text, positions).parseDocument();
  } catch (e) {
    if (e instanceof JsonSyntaxError) {
      const { line, column } = lineColumn(text, e.offset);
      const message = both('invalidJson', (t) => ({ reason: t(`json.${e.key}`, e.vars) }));
      return { ok: false, errors: [{ line, column, path: '', message }], warnings: [] };
    }
    throw e;
  }
  const at = (path: string): { line: number; column: number } => {
    let p = path;
    while (!positions.has(p) && p !== '') p = p.slice(0, p.lastIndexOf('/'));
    return lineColumn(text, positions.get(p) ?? 0);
  };
  const errors: HouseRulesError[] = [];
  const v = validate();
  if (!v(value)) {
    for (const err of v.errors ?? []) {
      if (!worthSaying(err, value)) continue;
      let path = err.instancePath;
      if (err.keyword === 'additionalProperties')
        path += `/${escapePointer(String(err.params.additionalProperty))}#key`;
      if (err.keyword === 'propertyNames') path += `/${escapePointer(String(err.params.propertyName))}#key`;
      const { line, column } = at(path);
      errors.push({ line, column, path: path.replace(/#key$/, ''), message: describe(err, valueAt(value, path)) });
    }
    return { ok: false, errors: dedupe(errors), warnings: [] };
  }
  const rules = value as HouseRules;
  // Patterns are a small language of their own: check them too.
  const checkPattern = (path: string, pattern: string, compile: (p: string) => unknown): void => {
    try {
      compile(pattern);
    } catch (e) {
      if (!(e instanceof PatternError)) throw e;
      const { line, column } = at(path);
      errors.push({
        line,
        column,
        path,
        message: both('invalidPattern', (t) => ({ pattern, reason: t(`patternReason.${e.reason}`, e.vars) })),
      });
    }
  };
  rules.exceptions?.add?.forEach((x, i) => checkPattern(`/exceptions/add/${i}/pattern`, x.pattern, compileException));
  rules.add?.forEach((x, i) => {
    if (x.after) checkPattern(`/add/${i}/after`, x.after, compileSequence);
  });
  if (errors.length > 0) return { ok: false, errors, warnings: [] };
  // « erreur », « avertissement »…: the names a report shows are the engine's severities.
  for (const setting of Object.values(rules.rules ?? {}))
    if (typeof setting === 'object' && setting.severity) setting.severity = SEVERITY_NAMES.get(setting.severity);
  return { ok: true, rules, errors: [], warnings: termWarnings(rules, at) };
}

function dedupe(errors: HouseRulesError[]): HouseRulesError[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const k = `${e.path}\u0000${e.message.en}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** A rule's setting: "/rules/vague-term" for any error at or under it. */
const SETTING = /^\/rules\/([^/]+)/;

/**
 * Whether an error of the schema is the one to say about its value. One wrong value gets one message: a setting
 * that is neither "off", "on" nor an object gets its own (not one per branch of the schema's anyOf), an object gets
 * those of the object's branch; a rule name unknown is said once (not also by its name's enum), and its setting not.
 */
function worthSaying(err: ErrorObject, data: unknown): boolean {
  if (err.keyword === 'anyOf' || err.propertyName !== undefined) return false;
  const setting = SETTING.exec(err.instancePath);
  if (!setting) return true;
  if (!(RULE_IDS as readonly string[]).includes(unescapePointer(setting[1]))) return false;
  const value = valueAt(data, setting[0]);
  const objectBranch = err.schemaPath.includes('/anyOf/1/');
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) return objectBranch;
  // A string or anything else: the string branch's enum, said by describe as a setting.
  return !objectBranch && err.instancePath === setting[0] && (typeof value !== 'string' || err.keyword === 'enum');
}

function valueAt(data: unknown, pointer: string): unknown {
  let v = data;
  for (const part of pointer.replace(/#key$/, '').split('/').slice(1)) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[unescapePointer(part)];
  }
  return v;
}

type Both = HouseRulesError['message'];
let texts: Record<Lang, Translate> | undefined;

/** A text of the catalogue's house-rules namespace in both languages; `vars` may depend on the language. */
function both(key: string, vars: Vars | ((t: Translate, lang: Lang) => Vars) = {}): Both {
  const t = (texts ??= translators(messages));
  const say = (lang: Lang) => t[lang](key, typeof vars === 'function' ? vars(t[lang], lang) : vars);
  return { fr: say('fr'), en: say('en') };
}

/** "; did you mean “a” or “b”?" for the names nearest to `name`, '' when none is near. */
function didYouMean(name: string, known: readonly string[]): (t: Translate) => string {
  const near = nearest(name, known);
  return (t) =>
    near.length === 0 ? '' : t('didYouMean', { names: near.map((text) => t('quoted', { text })).join(t('or')) });
}

/** An unknown check's name: the nearest checks, then all of them. */
function unknownCheck(name: string, known: readonly string[]): Both {
  const mean = didYouMean(name, known);
  return both('unknownCheck', (t) => ({ name, didYouMean: mean(t), checks: known.join(', ') }));
}

function describe(err: ErrorObject, value: unknown): Both {
  const where = err.instancePath || '/';
  const p = err.params as Record<string, unknown>;
  const setting = SETTING.exec(err.instancePath);
  if (setting && err.instancePath === setting[0] && err.schemaPath.includes('/anyOf/0/')) {
    // Neither "off", "on" nor an object.
    const shown = typeof value === 'string' ? value : JSON.stringify(value);
    const severity = typeof value === 'string' && nearest(value, [...SEVERITY_NAMES.keys()], 0).length > 0;
    return severity
      ? both('settingSeverity', { value: shown, check: setting[1] })
      : both('settingInvalid', (_, lang) => ({ value: shown, check: setting[1], severities: severityList(lang) }));
  }
  switch (err.keyword) {
    case 'additionalProperties':
      return both('unknownField', { field: String(p.additionalProperty), where });
    case 'required':
      return both('missingField', { field: String(p.missingProperty), where });
    case 'enum': {
      const given = String(value);
      if (setting && err.instancePath.endsWith('/severity')) {
        const mean = didYouMean(given, [...SEVERITY_WORDS.fr, ...SEVERITY_WORDS.en]);
        return both('unknownSeverity', (t, lang) => ({
          value: given,
          didYouMean: mean(t),
          severities: severityList(lang),
          other: severityList(lang === 'fr' ? 'en' : 'fr'),
        }));
      }
      if (/^\/ignore\/rules\/\d+$/.test(err.instancePath)) return unknownCheck(given, RULE_IDS);
      if (err.instancePath.endsWith('/rule')) {
        if ((RULE_IDS as readonly string[]).includes(given))
          return both('noTerms', { check: given, checks: TERM_RULES.join(', ') });
        return unknownCheck(given, TERM_RULES);
      }
      return both('notAllowed', { where, allowed: (p.allowedValues as unknown[]).join(', ') });
    }
    case 'type':
      return both('wrongType', { where, type: String(p.type) });
    case 'minLength':
      return both('emptyText', { where });
    case 'propertyNames':
      return unknownCheck(String(p.propertyName), RULE_IDS);
    default:
      return both('otherError', (t) => ({ where, reason: err.message ?? t('invalid') }));
  }
}

/** How names are compared: case, and "_" or spaces for "-", do not count. */
const nameKey = (s: string): string => foldWord(s).replace(/[\s_]+/g, '-');

/**
 * The known names nearest to `name` (edit distance on nameKey, a swap of two letters counting one), if within
 * `max` edits (by default a third of the name's length, at least 1, at most 3); the nearest only.
 */
export function nearest(name: string, known: readonly string[], max?: number): string[] {
  const key = nameKey(name);
  const limit = max ?? Math.min(3, Math.max(1, Math.floor(key.length / 3)));
  let best = Infinity;
  let out: string[] = [];
  for (const k of known) {
    const d = editDistance(key, nameKey(k));
    if (d > limit) continue;
    if (d < best) {
      best = d;
      out = [k];
    } else if (d === best && !out.includes(k)) out.push(k);
  }
  return out.slice(0, 3);
}

/** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
function editDistance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push([i]);
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        rows[0].push(j);
        continue;
      }
      let d = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2][j - 2] + 1);
      rows[i].push(d);
    }
  }
  return rows[a.length][b.length];
}

/** Each lexicon check's data, by the rule's id. */
const DATA_OF: Record<LexiconRule, keyof LexiconData> = {
  'vague-term': 'vagueTerm',
  'vague-time': 'vagueTime',
  'vague-quantity': 'vagueQuantity',
  hedge: 'hedge',
  jargon: 'jargon',
};

/** A lexicon check's terms in one language, as removals find them (compileRules: folded id) and as shown. */
function termsOf(rules: HouseRules, rule: LexiconRule, lang: Lang): Map<string, string> {
  const data = LEXICON_DATA[lang][DATA_OF[rule]];
  const out = new Map<string, string>();
  for (const e of data.terms) {
    const id = 'lemma' in e ? e.lemma : e.term;
    out.set(foldWord(id), id.replace(/\|\S+/g, ''));
  }
  for (const a of rules.add ?? [])
    if (a.rule === rule && (!a.lang || a.lang === lang)) out.set(foldWord(a.term), a.term);
  return out;
}

/** Where a house rule (of a language, or of both) looks for its term: the languages it applies to. */
const langsOf = (x: { lang?: Lang }): Lang[] => (x.lang ? [x.lang] : ['fr', 'en']);

/**
 * What the file says that changes nothing, as compileRules reads it: a term removed that none of the checks' terms
 * (theirs or the file's additions) is, an exception added to a term no check has, an exception removed that no
 * check has. Each names the nearest term when one is near (a typing slip: « dévelloper »).
 */
function termWarnings(rules: HouseRules, at: (path: string) => { line: number; column: number }): HouseRulesError[] {
  const warnings: HouseRulesError[] = [];
  const warn = (path: string, message: Both) => warnings.push({ ...at(path), path, message });
  const unmatched = (term: string, rule: LexiconRule | undefined, langs: Lang[]) => {
    const checks = rule ? [rule] : TERM_RULES;
    const known = langs.flatMap((lang) => checks.map((r) => termsOf(rules, r, lang)));
    if (known.some((terms) => terms.has(foldWord(term)))) return undefined;
    return nearest(
      term,
      known.flatMap((terms) => [...terms.values()]),
      2,
    );
  };
  rules.remove?.forEach((r, i) => {
    const near = unmatched(r.term, r.rule as LexiconRule | undefined, langsOf(r));
    if (!near) return;
    const mean = didYouMean(r.term, near);
    const key = r.rule ? 'removeNoTerm' : 'removeNoTermAnyCheck';
    warn(
      `/remove/${i}/term`,
      both(key, (t) => ({ term: r.term, check: r.rule, didYouMean: mean(t) })),
    );
  });
  rules.exceptions?.add?.forEach((x, i) => {
    if (!x.term) return;
    // An exception is attached to the terms whose words are its term's (compileRules).
    const words = (t: string) => patternWords(foldWord(t)).join(' ');
    const langs = langsOf(x);
    const has = langs.some((lang) =>
      [...termsOf(rules, x.rule, lang).values()].some((t) => words(t) === words(x.term!)),
    );
    if (has) return;
    const mean = didYouMean(
      x.term,
      langs.flatMap((lang) => [...termsOf(rules, x.rule, lang).values()]),
    );
    const vars = (t: Translate) => ({ term: x.term, check: x.rule, didYouMean: mean(t) });
    warn(`/exceptions/add/${i}/term`, both('exceptionNoTerm', vars));
  });
  rules.exceptions?.remove?.forEach((x, i) => {
    const key = (e: { term?: string; pattern: string }) => `${e.term ? foldWord(e.term) : ''}\u0000${e.pattern}`;
    const langs = langsOf(x);
    const exceptions = langs.flatMap((lang) => [
      ...TERM_RULES.flatMap((r) => LEXICON_DATA[lang][DATA_OF[r]].exceptions),
      ...(rules.exceptions?.add ?? []).filter((e) => !e.lang || e.lang === lang),
    ]);
    if (exceptions.some((e) => key(e) === key(x))) return;
    const sameTerm = exceptions.filter((e) => (e.term ? foldWord(e.term) : '') === (x.term ? foldWord(x.term) : ''));
    const mean = didYouMean(
      x.pattern,
      sameTerm.map((e) => e.pattern),
    );
    const vars = (t: Translate) => ({ term: x.term, pattern: x.pattern, didYouMean: mean(t) });
    warn(`/exceptions/remove/${i}/pattern`, both(x.term ? 'removeNoExceptionOfTerm' : 'removeNoException', vars));
  });
  return warnings;
}

function escapePointer(s: string): string {
  return s.replace(/~/g, '~0').replace(/\//g, '~1');
}

function unescapePointer(s: string): string {
  return s.replace(/~1/g, '/').replace(/~0/g, '~');
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** What is wrong, as a key of the catalogue's `rules.json` texts, and where. */
class JsonSyntaxError extends Error {
  constructor(
    readonly offset: number,
    readonly key: keyof (typeof messages)['fr']['json'],
    readonly vars: Vars = {},
  ) {
    super(key);
  }
}

/** A small JSON parser that records where each value (and each key, as "path#key") starts. */
class PositionalParser {
  private i = 0;
  constructor(
    private readonly s: string,
    private readonly positions: Map<string, number>,
  ) {}

  parseDocument(): unknown {
    this.ws();
    if (this.i >= this.s.length) throw new JsonSyntaxError(this.i, 'empty');
    const v = this.value('');
    this.ws();
    if (this.i < this.s.length) throw this.unexpected();
    return v;
  }

  private unexpected(): JsonSyntaxError {
    if (this.i >= this.s.length) return new JsonSyntaxError(this.i, 'unexpectedEnd');
    const ch = this.s[this.i];
    return new JsonSyntaxError(this.i, 'unexpectedCharacter', { character: ch });
  }

  private ws(): void {
    while (this.i < this.s.length && ' \t\n\r'.includes(this.s[this.i])) this.i++;
  }

  private value(path: string): unknown {
    this.ws();
    this.positions.set(path, this.i);
    const ch = this.s[this.i];
    if (ch === '{') return this.object(path);
    if (ch === '[') return this.array(path);
    if (ch === '"') return this.string();
    if (ch === 't' && this.s.startsWith('true', this.i)) return ((this.i += 4), true);
    if (ch === 'f' && this.s.startsWith('false', this.i)) return ((this.i += 5), false);
    if (ch === 'n' && this.s.startsWith('null', this.i)) return ((this.i += 4), null);
    const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(this.s.slice(this.i, this.i + 64));
    if (m) {
      this.i += m[0].length;
      return Number(m[0]);
    }
    throw this.unexpected();
  }

  private object(path: string): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    this.i++;
    this.ws();
    if (this.s[this.i] === '}') {
      this.i++;
      return out;
    }
    for (;;) {
      this.ws();
      if (this.s[this.i] !== '"') {
        throw new JsonSyntaxError(this.i, 'fieldName');
      }
      const keyAt = this.i;
      const key = this.string();
      const childPath = `${path}/${escapePointer(key)}`;
      this.positions.set(`${childPath}#key`, keyAt);
      this.ws();
      if (this.s[this.i] !== ':') throw new JsonSyntaxError(this.i, 'colon');
      this.i++;
      // defineProperty: a "__proto__" key stays a plain field.
      Object.defineProperty(out, key, {
        value: this.value(childPath),
        enumerable: true,
        writable: true,
        configurable: true,
      });
      this.ws();
      if (this.s[this.i] === ',') {
        this.i++;
        continue;
      }
      if (this.s[this.i] === '}') {
        this.i++;
        return out;
      }
      throw new JsonSyntaxError(this.i, 'objectNext');
    }
  }

  private array(path: string): unknown[] {
    const out: unknown[] = [];
    this.i++;
    this.ws();
    if (this.s[this.i] === ']') {
      this.i++;
      return out;
    }
    for (;;) {
      out.push(this.value(`${path}/${out.length}`));
      this.ws();
      if (this.s[this.i] === ',') {
        this.i++;
        continue;
      }
      if (this.s[this.i] === ']') {
        this.i++;
        return out;
      }
      throw new JsonSyntaxError(this.i, 'arrayNext');
    }
  }

  private string(): string {
    const start = this.i;
    this.i++;
    let out = '';
    while (this.i < this.s.length) {
      const ch = this.s[this.i];
      if (ch === '"') {
        this.i++;
        return out;
      }
      if (ch === '\\') {
        const e = this.s[this.i + 1];
        const map: Record<string, string> = {
          '"': '"',
          '\\': '\\',
          '/': '/',
          b: '\b',
          f: '\f',
          n: '\n',
          r: '\r',
          t: '\t',
        };
        if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(this.s.slice(this.i + 2, this.i + 6))) {
          out += String.fromCharCode(parseInt(this.s.slice(this.i + 2, this.i + 6), 16));
          this.i += 6;
        } else if (e !== undefined && map[e] !== undefined) {
          out += map[e];
          this.i += 2;
        } else throw new JsonSyntaxError(this.i, 'escape');
        continue;
      }
      if (ch.charCodeAt(0) < 0x20) throw new JsonSyntaxError(this.i, 'lineBreak');
      out += ch;
      this.i++;
    }
    throw new JsonSyntaxError(start, 'unterminated');
  }
}
