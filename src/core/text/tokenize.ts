// Words of a paragraph, with exact UTF-16 offsets into the original text and a folded form (`norm`: lowercase,
// no accents, ligatures expanded, soft hyphens dropped), so that "AMELIORER", "améliorer" and "amé\u00ADliorer"
// all meet the same lexicon key. What lies between two words (a comma, a full stop, a bracket) is kept as flags
// on the word after it: the checks use them to keep a match inside one expression or one sentence.
import { CharClass, charClass, foldChar, foldWord } from './fold';

/** Token flags. */
export const CAP = 1; // first letter is a capital
export const UPPER = 2; // every letter is a capital (and there are at least two letters)
export const NUM = 4; // starts with a digit
export const ELIDED = 8; // followed by an apostrophe: l', d', qu', s'
export const LETTERS = 16; // contains at least one letter
export const LONG = 32; // more than six letters (LIX's long words)
const PLAIN = 64; // only a to z: the word as written is its folded form

/** What the gap before a token holds. */
export const SEP_PAUSE = 1; // , ; :
export const SEP_STOP = 2; // . ! ? … followed by a space or the end: a sentence ends
export const SEP_OPEN = 4; // ( [ {
export const SEP_CLOSE = 8; // ) ] }
export const SEP_HYPHEN = 16; // word-joining hyphen (co-construction)
export const SEP_OTHER = 32; // quotes, dashes, slashes...
export const SEP_START = 64; // first token of the paragraph
export const SEP_APOSTROPHE = 128; // after an elided word
export const SEP_SPACE = 256;

/**
 * A word. Its folded form is made on first use: most words are only compared with the lexicon by `hash`
 * (speed shortcut, see DEVELOPERS.md: a string for each of a plan's words was most of a check's time).
 */
export class Token {
  // Set in the constructor, so that every token has one shape whether or not its folded form was asked for.
  private folded: string | undefined = undefined;

  constructor(
    private readonly text: string,
    readonly start: number,
    readonly end: number,
    /** CAP, UPPER, NUM, ELIDED, LETTERS. */
    readonly flags: number,
    /** What the gap before this word holds: SEP_* flags. */
    readonly sep: number,
    /** wordHash(norm), computed while reading the word. */
    readonly hash: number,
    /** French syllables of the folded word, when counted (see tokenize); else 0. */
    readonly syllables: number,
  ) {}

  /** The folded word. */
  get norm(): string {
    // Speed shortcut (most words of a plan): a word of a to z only is its own folding, no letter-by-letter copy.
    this.folded ??=
      this.flags & PLAIN ? this.text.slice(this.start, this.end) : foldWord(this.text.slice(this.start, this.end));
    return this.folded;
  }
}

/** The hash of a folded word; lexicon keys are hashed the same way. Fingerprints use it (users keep them). */
export function wordHash(norm: string): number {
  let h = 0;
  for (let i = 0; i < norm.length; i++) h = (Math.imul(h, 31) + norm.charCodeAt(i)) | 0;
  return h;
}

const isWordClass = (c: CharClass) =>
  c === CharClass.Lower ||
  c === CharClass.Upper ||
  c === CharClass.Letter ||
  c === CharClass.Digit ||
  c === CharClass.Mark ||
  c === CharClass.Invisible;
const isLetterClass = (c: CharClass) => c === CharClass.Lower || c === CharClass.Upper || c === CharClass.Letter;
const classAt = (text: string, i: number) =>
  i >= 0 && i < text.length ? charClass(text.charCodeAt(i)) : CharClass.Space;

const isVowel = (c: number) => c === 97 || c === 101 || c === 105 || c === 111 || c === 117 || c === 121; // aeiouy

/**
 * French syllables of a word, fed its folded letters one by one: vowel groups, minus a mute final -e or -es after a
 * consonant, or a final -ent; at least one. Kandel-Moles readability counts them.
 */
export class Syllables {
  private groups = 0;
  private inGroup = false;
  // The last three folded letters, for the mute ending (0: none).
  private c1 = 0;
  private c2 = 0;
  private c3 = 0;

  reset(): void {
    this.groups = 0;
    this.inGroup = false;
    this.c1 = this.c2 = this.c3 = 0;
  }

  add(c: number): void {
    const vowel = isVowel(c);
    if (vowel && !this.inGroup) this.groups++;
    this.inGroup = vowel;
    this.c3 = this.c2;
    this.c2 = this.c1;
    this.c1 = c;
  }

  count(): number {
    const { groups, c1, c2, c3 } = this;
    const e = 101;
    const before = c1 === e ? c2 : c1 === 115 && c2 === e ? c3 : 0; // -e, -es
    const mute = (c1 === 116 && c2 === 110 && c3 === e) || (before !== 0 && !isVowel(before)); // -ent
    return Math.max(1, groups > 1 && mute ? groups - 1 : groups);
  }
}

/** The words of a text, in order; with their French syllables when asked (Kandel-Moles readability). */
export function tokenize(text: string, options: { syllables?: boolean } = {}): Token[] {
  const tokens: Token[] = [];
  const word = new WordReader(text, options.syllables ?? false);
  let sep = SEP_START;
  let i = 0;
  while (i < text.length) {
    const cls = charClass(text.charCodeAt(i));
    // A word starts with a letter or a digit; marks and invisible characters only continue one.
    if (!isLetterClass(cls) && cls !== CharClass.Digit) {
      sep |= gapFlag(cls, text, i);
      i++;
      continue;
    }
    word.read(i, cls);
    i = word.next;
    let flags = word.flags;
    let after = 0; // the gap after this word, as far as it is read here
    // The space after a word, the commonest gap, taken at once (what the loop's gap reading would make of it).
    if (text.charCodeAt(i) === 32) {
      after = SEP_SPACE;
      i++;
    } else if (classAt(text, i) === CharClass.Apostrophe && isLetterClass(classAt(text, i + 1))) {
      // "l'État": the apostrophe belongs to the elision when a letter follows it.
      flags |= ELIDED;
      after = SEP_APOSTROPHE;
      i++;
    }
    tokens.push(new Token(text, word.start, word.end, flags, sep, word.hash, word.syllableCount));
    sep = after;
  }
  return tokens;
}

/** Reads one word at a time: its visible end, where reading goes on, its flags and the hash of its folded form. */
class WordReader {
  start = 0;
  end = 0;
  next = 0;
  flags = 0;
  hash = 0;
  syllableCount = 0;
  private readonly syllables = new Syllables();

  constructor(
    private readonly text: string,
    private readonly countSyllables: boolean,
  ) {}

  /** Reads the word that starts at `start`, whose first character is of class `first`. */
  read(start: number, first: CharClass): void {
    const text = this.text;
    let i = start;
    let hash = 0;
    let upper = 0;
    let lower = 0;
    let letters = 0;
    let plain = 0;
    const syllables = this.countSyllables ? this.syllables : undefined;
    while (i < text.length) {
      const code = text.charCodeAt(i);
      // The folded word, as it is read: its hash (what wordHash(foldWord(word)) gives) and its syllables. A
      // lowercase a to z, most of any text, is its own folding (speed shortcut: no class or fold lookup).
      // A run of them is read in a loop of its own (speed shortcut: about 1 ms on a 150,000-word plan).
      if (code >= 97 && code <= 122) {
        const from = i;
        let c = code;
        do {
          hash = (Math.imul(hash, 31) + c) | 0;
          if (syllables !== undefined) syllables.add(c);
          i++;
          if (i === text.length) break;
          c = text.charCodeAt(i);
        } while (c >= 97 && c <= 122);
        lower += i - from;
        letters += i - from;
        plain += i - from;
        if (c === 32) break; // a space ends the word (the commonest end, told without a class look-up)
        continue;
      }
      const cls = charClass(code);
      if (!isWordClass(cls)) break;
      if (cls === CharClass.Upper) upper++;
      else if (cls === CharClass.Lower) lower++;
      if (isLetterClass(cls)) letters++;
      const folded = foldChar(code);
      for (let k = 0; k < folded.length; k++) {
        hash = (Math.imul(hash, 31) + folded.charCodeAt(k)) | 0;
        syllables?.add(folded.charCodeAt(k));
      }
      i++;
    }
    let end = i;
    // Trailing invisible characters are not part of the word's visible extent (a word of a to z has none).
    if (plain !== i - start)
      while (end > start + 1 && charClass(text.charCodeAt(end - 1)) === CharClass.Invisible) end--;
    let flags = 0;
    if (first === CharClass.Upper) flags |= CAP;
    if (upper >= 2 && lower === 0) flags |= UPPER;
    if (first === CharClass.Digit) flags |= NUM;
    if (letters > 0) flags |= LETTERS;
    if (letters > 6) flags |= LONG;
    if (plain === i - start) flags |= PLAIN;
    this.start = start;
    this.end = end;
    this.next = i;
    this.flags = flags;
    this.hash = hash;
    this.syllableCount = syllables ? syllables.count() : 0;
    syllables?.reset();
  }
}

function gapFlag(cls: CharClass, text: string, i: number): number {
  switch (cls) {
    case CharClass.Space:
      return SEP_SPACE;
    case CharClass.PausePunct:
      return SEP_PAUSE;
    case CharClass.StopPunct: {
      // "3.5" and "open.canada.ca" do not end a sentence: only a stop followed by a space, a quote or the end.
      const next = classAt(text, i + 1);
      return next === CharClass.Space ||
        next === CharClass.StopPunct ||
        next === CharClass.Close ||
        next === CharClass.Other
        ? SEP_STOP
        : SEP_OTHER;
    }
    case CharClass.Open:
      return SEP_OPEN;
    case CharClass.Close:
      return SEP_CLOSE;
    case CharClass.Hyphen:
      return isWordClass(classAt(text, i - 1)) && isWordClass(classAt(text, i + 1)) ? SEP_HYPHEN : SEP_OTHER;
    case CharClass.Apostrophe:
    case CharClass.Mark:
    case CharClass.Invisible:
      return 0;
    default:
      return SEP_OTHER;
  }
}

/** Sentence breaks the tokens cannot cross: a full stop between token `from` and token `to`. */
export function crossesStop(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from + 1; k <= to; k++) if (tokens[k].sep & SEP_STOP) return true;
  return false;
}
