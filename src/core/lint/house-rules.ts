// Over 400 lines: the house-rules file's schema, its validation with located errors and its merge into the rules
// are one contract with the organisations that write these files; apart, they would drift.
// An organisation's house rules: a JSON file that adds or removes terms and exceptions, changes severities,
// turns rules off, lists accepted vocabulary and the shared ignore list. Validated with a JSON schema (ajv);
// every error names the line and column of the bad value, in French and English.
//
// Example:
// {
//   "name": "Ministère de l'exemple",
//   "rules": { "vague-quantity": "off", "vague-term": { "severity": "error" } },
//   "add": [
//     { "rule": "vague-term", "term": "pérenniser", "nouns": ["pérennisation"] },
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
import { RULE_IDS, type RuleId } from '../checks/ids';
import type { LexiconRule, RuleOverrides, TermAddition } from '../checks/lexicon/compile';
import { compileException, compileSequence, PatternError } from '../checks/lexicon/patterns';
import type { ExceptionEntry } from '../checks/lexicon/types';
import type { Lang, Severity } from '../types';
import type { IgnoreList } from './ignore';

export interface HouseRules {
  $schema?: string;
  version?: 1;
  /** The organisation, shown in the pane ("Règles de la DINUM"). */
  name?: string;
  rules?: Partial<Record<RuleId, 'off' | 'on' | { enabled?: boolean; severity?: Severity }>>;
  add?: (TermAddition & { lang?: Lang })[];
  remove?: { rule?: RuleId; term: string; lang?: Lang }[];
  exceptions?: {
    add?: (ExceptionEntry & { rule: LexiconRule; lang?: Lang })[];
    remove?: { rule?: RuleId; term?: string; pattern: string; lang?: Lang }[];
  };
  /** Accepted vocabulary: never flagged by vague-term, jargon, vague-time or vague-quantity. */
  accept?: string[];
  /** The organisation's shared, read-only ignore list. */
  ignore?: IgnoreList;
}

export interface HouseRulesError {
  line: number; // 1-based
  column: number; // 1-based
  /** JSON pointer of the bad value ("/add/2/rule"), '' for the whole file. */
  path: string;
  message: { fr: string; en: string };
}

export type HouseRulesResult =
  { ok: true; rules: HouseRules; errors: [] } | { ok: false; rules?: undefined; errors: HouseRulesError[] };

const TERM_RULES = ['vague-term', 'jargon', 'vague-time', 'vague-quantity', 'hedge'];
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
            properties: { enabled: { type: 'boolean' }, severity: { type: 'string', enum: SEVERITIES } },
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
        rules: { type: 'array', items: { type: 'string', minLength: 1 } },
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
      return {
        ok: false,
        errors: [{ line, column, path: '', message: { fr: `JSON invalide : ${e.fr}`, en: `Invalid JSON: ${e.en}` } }],
      };
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
      // anyOf reports each branch; the branch errors below it are enough.
      if (err.keyword === 'anyOf') continue;
      let path = err.instancePath;
      if (err.keyword === 'additionalProperties')
        path += `/${escapePointer(String(err.params.additionalProperty))}#key`;
      if (err.keyword === 'propertyNames') path += `/${escapePointer(String(err.params.propertyName))}#key`;
      const { line, column } = at(path);
      errors.push({ line, column, path: path.replace(/#key$/, ''), message: describe(err) });
    }
    return { ok: false, errors: dedupe(errors) };
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
        message: {
          fr: `Motif invalide « ${pattern} » : ${e.message}`,
          en: `Invalid pattern "${pattern}": ${e.message}`,
        },
      });
    }
  };
  rules.exceptions?.add?.forEach((x, i) => checkPattern(`/exceptions/add/${i}/pattern`, x.pattern, compileException));
  rules.add?.forEach((x, i) => {
    if (x.after) checkPattern(`/add/${i}/after`, x.after, compileSequence);
  });
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, rules, errors: [] };
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

function describe(err: ErrorObject): { fr: string; en: string } {
  const where = err.instancePath || '/';
  const p = err.params as Record<string, unknown>;
  switch (err.keyword) {
    case 'additionalProperties':
      return {
        fr: `Champ inconnu « ${String(p.additionalProperty)} » dans ${where}`,
        en: `Unknown field "${String(p.additionalProperty)}" in ${where}`,
      };
    case 'required':
      return {
        fr: `Champ obligatoire manquant « ${String(p.missingProperty)} » dans ${where}`,
        en: `Missing required field "${String(p.missingProperty)}" in ${where}`,
      };
    case 'enum':
      return {
        fr: `Valeur non autorisée en ${where} ; valeurs possibles : ${(p.allowedValues as unknown[]).join(', ')}`,
        en: `Value not allowed at ${where}; allowed: ${(p.allowedValues as unknown[]).join(', ')}`,
      };
    case 'type':
      return {
        fr: `Type incorrect en ${where} : ${String(p.type)} attendu`,
        en: `Wrong type at ${where}: expected ${String(p.type)}`,
      };
    case 'minLength':
      return { fr: `Texte vide en ${where}`, en: `Empty text at ${where}` };
    case 'propertyNames':
      return {
        fr: `Règle inconnue « ${String(p.propertyName)} » ; règles : ${RULE_IDS.join(', ')}`,
        en: `Unknown rule "${String(p.propertyName)}"; rules: ${RULE_IDS.join(', ')}`,
      };
    default:
      return { fr: `${where} : ${err.message ?? 'invalide'}`, en: `${where}: ${err.message ?? 'invalid'}` };
  }
}

type RuleSetting = NonNullable<HouseRules['rules']>[RuleId];

/** Whether a rule's setting turns it on (true), off (false), or leaves it as it is. */
function settingEnabled(setting: RuleSetting): boolean | undefined {
  if (setting === 'off') return false;
  if (setting === 'on') return true;
  return setting?.enabled;
}

/** Whether the house rules leave the check `id` on (whatever the language: no setting of a rule is per language). */
export function ruleEnabled(h: HouseRules | undefined, id: RuleId): boolean {
  return settingEnabled(h?.rules?.[id]) !== false;
}

/** The overrides that apply to one language. */
export function houseRulesOverrides(h: HouseRules, lang: Lang): RuleOverrides {
  const forLang = <T extends { lang?: Lang }>(xs: T[] | undefined): T[] =>
    (xs ?? []).filter((x) => !x.lang || x.lang === lang);
  const enabled: Partial<Record<RuleId, boolean>> = {};
  const severity: Partial<Record<RuleId, Severity>> = {};
  for (const [id, setting] of Object.entries(h.rules ?? {}) as [RuleId, RuleSetting][]) {
    const on = settingEnabled(setting);
    if (on !== undefined) enabled[id] = on;
    if (typeof setting === 'object' && setting.severity) severity[id] = setting.severity;
  }
  return {
    enabled,
    severity,
    add: forLang(h.add),
    remove: forLang(h.remove),
    addExceptions: forLang(h.exceptions?.add),
    removeExceptions: forLang(h.exceptions?.remove),
    accept: h.accept,
  };
}

function escapePointer(s: string): string {
  return s.replace(/~/g, '~0').replace(/\//g, '~1');
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

class JsonSyntaxError extends Error {
  constructor(
    readonly offset: number,
    readonly fr: string,
    readonly en: string,
  ) {
    super(en);
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
    if (this.i >= this.s.length) throw new JsonSyntaxError(this.i, 'le fichier est vide', 'the file is empty');
    const v = this.value('');
    this.ws();
    if (this.i < this.s.length) throw this.unexpected();
    return v;
  }

  private unexpected(): JsonSyntaxError {
    if (this.i >= this.s.length)
      return new JsonSyntaxError(this.i, 'fin de fichier inattendue', 'unexpected end of file');
    const ch = this.s[this.i];
    return new JsonSyntaxError(this.i, `caractère inattendu « ${ch} »`, `unexpected character "${ch}"`);
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
        throw new JsonSyntaxError(
          this.i,
          'nom de champ entre guillemets attendu',
          'expected a field name in double quotes',
        );
      }
      const keyAt = this.i;
      const key = this.string();
      const childPath = `${path}/${escapePointer(key)}`;
      this.positions.set(`${childPath}#key`, keyAt);
      this.ws();
      if (this.s[this.i] !== ':')
        throw new JsonSyntaxError(this.i, '« : » attendu après le nom du champ', 'expected ":" after the field name');
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
      throw new JsonSyntaxError(this.i, '« , » ou « } » attendu', 'expected "," or "}"');
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
      throw new JsonSyntaxError(this.i, '« , » ou « ] » attendu', 'expected "," or "]"');
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
        } else throw new JsonSyntaxError(this.i, 'séquence d’échappement invalide', 'invalid escape sequence');
        continue;
      }
      if (ch.charCodeAt(0) < 0x20)
        throw new JsonSyntaxError(this.i, 'retour à la ligne dans un texte', 'line break inside a string');
      out += ch;
      this.i++;
    }
    throw new JsonSyntaxError(
      start,
      'texte non terminé (guillemet fermant manquant)',
      'unterminated string (missing closing quote)',
    );
  }
}
