// The token pattern language of the rule data (see TokenPattern in ./types.ts), compiled once.
import { foldWord } from '../../text/fold';
import { CAP, NUM, SEP_CLOSE, SEP_OPEN, SEP_PAUSE, SEP_STOP, type Token } from '../../text/tokenize';

export interface TokenTest {
  lits: Set<string> | null;
  prefixes: string[];
  num: boolean;
  cap: boolean;
  any: boolean;
  /** `~`: an optional adverb. */
  optionalAdverb: boolean;
  /** `…`: one to GAP_WORDS words of the same phrase ("make … more": "make budget data more"), after the term only. */
  gap: boolean;
}

export const GAP_WORDS = 5;

export interface CompiledPattern {
  /** Tests before the term, nearest first. */
  before: TokenTest[];
  after: TokenTest[];
}

/** What is wrong with a pattern: a key of the message catalogue's `rules.patternReason` and its values. */
export class PatternError extends Error {
  constructor(
    readonly reason: 'emptyAlternative' | 'oneBlank',
    readonly vars: Record<string, string>,
  ) {
    super(`${reason}: ${JSON.stringify(vars)}`);
  }
}

const ADVERBS = new Set([
  'bien',
  'aussi',
  'egalement',
  'deja',
  'toujours',
  'encore',
  'ensuite',
  'donc',
  'notamment',
  'davantage',
  'mieux',
  'tres',
  'plus',
  'also',
  'further',
  'still',
  'actively',
  'jointly',
]);

export function isAdverb(norm: string): boolean {
  return ADVERBS.has(norm) || (norm.length > 5 && (norm.endsWith('ment') || norm.endsWith('ly')));
}

function compileTest(piece: string): TokenTest {
  const t: TokenTest = {
    lits: null,
    prefixes: [],
    num: false,
    cap: false,
    any: false,
    optionalAdverb: false,
    gap: false,
  };
  if (piece === '~') {
    t.optionalAdverb = true;
    return t;
  }
  if (piece === '…') {
    t.gap = true;
    return t;
  }
  for (const alt of piece.split('|')) {
    if (alt === '') throw new PatternError('emptyAlternative', { piece });
    if (alt === '#') t.num = true;
    else if (alt === 'Aa') t.cap = true;
    else if (alt === '?') t.any = true;
    else if (alt.endsWith('*')) t.prefixes.push(foldWord(alt.slice(0, -1)));
    else (t.lits ??= new Set()).add(foldWord(alt));
  }
  return t;
}

/** Splits a pattern into words the way the tokenizer splits text (apostrophes and hyphens are breaks). */
export function patternWords(pattern: string): string[] {
  return pattern
    .replace(/['’ʼ\u2010\u2011]/g, ' ')
    .replace(/(\p{L})-(\p{L})/gu, '$1 $2')
    .split(/[\s\u00A0\u202F]+/)
    .filter((w) => w.length > 0);
}

export function compileSequence(pattern: string): TokenTest[] {
  return patternWords(pattern).map(compileTest);
}

/** An exception pattern: words before `_`, `_`, words after. */
export function compileException(pattern: string): CompiledPattern {
  const words = patternWords(pattern);
  const at = words.indexOf('_');
  if (at < 0 || words.indexOf('_', at + 1) >= 0) throw new PatternError('oneBlank', { pattern });
  return {
    before: words.slice(0, at).map(compileTest).reverse(),
    after: words.slice(at + 1).map(compileTest),
  };
}

export function testToken(t: TokenTest, tok: Token): boolean {
  if (t.any) return true;
  if (t.lits !== null && t.lits.has(tok.norm)) return true;
  if (t.num && tok.flags & NUM) return true;
  if (t.cap && tok.flags & CAP) return true;
  for (const p of t.prefixes) if (tok.norm.startsWith(p)) return true;
  return false;
}

const BLOCKING = SEP_STOP | SEP_PAUSE | SEP_OPEN | SEP_CLOSE;

/**
 * Matches `tests` against tokens from index `from` (the words of one expression: no punctuation in between).
 * Returns the index of the last token matched, `from - 1` for an empty sequence, or -1.
 */
export function matchForward(
  tokens: readonly Token[],
  from: number,
  tests: TokenTest[],
  strict = true,
  at = 0,
): number {
  let j = from;
  for (let i = at; i < tests.length; i++) {
    const t = tests[i];
    if (t.optionalAdverb) {
      if (j < tokens.length && isAdverb(tokens[j].norm) && !(strict && tokens[j].sep & BLOCKING)) j++;
      continue;
    }
    if (t.gap) {
      // The fewest words that let the rest match.
      for (let n = 1; n <= GAP_WORDS; n++) {
        const tok = tokens[j + n - 1];
        if (tok === undefined || tok.sep & (strict ? BLOCKING : SEP_STOP)) return -1;
        const end = matchForward(tokens, j + n, tests, strict, i + 1);
        if (end >= 0) return end;
      }
      return -1;
    }
    if (j >= tokens.length) return -1;
    const tok = tokens[j];
    if (tok.sep & (strict ? BLOCKING : SEP_STOP)) return -1;
    if (!testToken(t, tok)) return -1;
    j++;
  }
  return j - 1;
}

/** Matches tests (nearest first) on the tokens before index `at`, without crossing a sentence end. */
export function matchBackward(tokens: readonly Token[], at: number, tests: TokenTest[]): boolean {
  let j = at - 1;
  let boundary = tokens[at].sep & SEP_STOP;
  for (const t of tests) {
    if (t.gap) return false; // after the term only
    if (t.optionalAdverb) {
      if (j >= 0 && !boundary && isAdverb(tokens[j].norm)) {
        boundary = tokens[j].sep & SEP_STOP;
        j--;
      }
      continue;
    }
    if (j < 0 || boundary) return false;
    if (!testToken(t, tokens[j])) return false;
    boundary = tokens[j].sep & SEP_STOP;
    j--;
  }
  return true;
}
