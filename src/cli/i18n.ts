// The command line's words, from the message catalogue (src/core/messages: cli, fields and reading). Facilitators
// are French first.
import { readdirSync, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import {
  cli,
  colon,
  detectLanguage,
  languageGuess,
  fields,
  fill,
  reading,
  type FieldName,
  type Lang,
  type Severity,
  type SpecificityLevel,
} from '../core';

/** Why a file could not be read: the keys of the reading namespace's errors. */
export type ReadErrorCode = keyof (typeof reading)['fr']['errors'];

export function reason(code: ReadErrorCode, lang: Lang): string {
  return reading[lang].errors[code];
}

/**
 * The start of a line Jalon writes on stderr, in the typography of its language (template's `colon`): « jalon : »
 * in French, "jalon:" in English, the form tools parse (they run it with --lang en or LANG=C).
 */
export const lineStart = (L: Lang): string => `jalon${colon(L)} `;

/** What is said of a file, after its name: « x.docx : raison », "x.docx: reason". */
export const about = (file: string, what: string, L: Lang): string => `${file}${colon(L)} ${what}`;

/** One line on stderr: « jalon : FICHIER : raison », "jalon: FILE: reason". */
export function errorLine(
  file: string,
  code: ReadErrorCode,
  lang: Lang,
  detail?: string,
  where?: { part: string; line: number },
): string {
  if (where) detail = `${where.part}, ${cli[lang].line} ${where.line}`;
  return `${lineStart(lang)}${about(file, reason(code, lang), lang)}${detail ? ` (${detail})` : ''}`;
}

/** A field's name in a sentence of a report ("à ajouter : indicateur, coût"). */
export const fieldLabel = (field: FieldName, lang: Lang): string => cli[lang].fields[field];

/** The question a facilitator asks the author when a field is missing: the template's own question. */
export const fieldQuestion = (field: FieldName, lang: Lang): string => fields[lang][field].question;

export const levelLabel = (level: SpecificityLevel, lang: Lang): string => cli[lang].levels[level];

export const severityLabel = (severity: Severity, lang: Lang): string => cli[lang].severities[severity];

type Words = (typeof cli)['fr'];
export type UiKey = { [K in keyof Words]: Words[K] extends string ? K : never }[keyof Words];

export function t(key: UiKey, lang: Lang): string {
  return cli[lang][key];
}

/** The drafts a command line names, to guess its messages' language from, and how to read one's text. */
export interface DraftsGiven {
  argv: readonly string[];
  read: (file: string) => string;
}

const DRAFT = /^\.(docx|odt|md|markdown|txt)$/i;
/** Enough drafts to tell a batch's language: a batch is written in one, and each is read again later. */
const GUESSED_FROM = 3;
/** How deep into a folder's subfolders drafts are looked for (ministries' folders, then their own). */
const MAX_DEPTH = 8;

/** Options whose value is a path that holds no draft to guess from (a report, a folder of reports, house rules). */
const NOT_DRAFTS = new Set(['--out', '--out-dir', '--rules']);

/**
 * The language of the drafts a command line names (files, or the drafts in a folder it names, its subfolders
 * included, in the order `check` reviews them), from the first few: that language when they agree, else English.
 * A draft that cannot be read is left out.
 */
export function draftsLang({ argv, read }: DraftsGiven): Lang {
  const files: string[] = [];
  const visit = (dir: string, depth: number): void => {
    let names: string[];
    try {
      names = readdirSync(dir).sort((a, b) => a.localeCompare(b));
    } catch {
      return;
    }
    for (const n of names) {
      if (files.length >= GUESSED_FROM) return;
      // As `check` collects a folder's drafts: hidden folders, dependencies and Word's lock files are none.
      if (n.startsWith('.') || n.startsWith('~$') || n === 'node_modules') continue;
      const full = join(dir, n);
      try {
        if (statSync(full).isDirectory()) {
          if (depth < MAX_DEPTH) visit(full, depth + 1);
        } else if (DRAFT.test(extname(n))) files.push(full);
      } catch {
        // a broken link: not a draft
      }
    }
  };
  for (const [i, a] of argv.entries()) {
    if (files.length >= GUESSED_FROM) break;
    if (a.startsWith('-') || NOT_DRAFTS.has(argv[i - 1])) continue;
    try {
      if (statSync(a).isDirectory()) visit(a, 0);
      else if (DRAFT.test(extname(a))) files.push(a);
    } catch {
      // not a file: a command, an option's value
    }
  }
  const langs = new Set<Lang>();
  for (const f of files.slice(0, GUESSED_FROM)) {
    try {
      langs.add(detectLanguage(read(f)));
    } catch {
      // said when the draft is read for its review
    }
  }
  return langs.size === 1 ? [...langs][0] : 'en';
}

/**
 * The user's language: --lang, then LC_ALL/LC_MESSAGES/LANG when it names French or English (French for any other
 * language: facilitators are French first). A locale that names no language (C, POSIX, unset: servers, CI) gives
 * the language of the drafts named (`drafts`, English when they are of both or none).
 */
export function userLang(
  explicit: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
  drafts?: DraftsGiven,
): Lang {
  if (explicit === 'fr' || explicit === 'en') return explicit;
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  if (/^en\b|^en_/i.test(locale)) return 'en';
  if (/^(C|POSIX)?(\.[\w-]+)?(@\w+)?$/i.test(locale)) return drafts ? draftsLang(drafts) : 'en';
  return 'fr';
}

/**
 * --lang (--text-lang for `jalon check`) sets the language a text is read in: a text that reads as the other language gets a far weaker reading
 * (its vague verbs, its fields' labels are not the lexicon's), so that is said, once per text, in the run's
 * language `L` (`jalon check`, `updates-template`, `publish`). The language is guessed as without --lang.
 */
export function languageMismatch(
  file: string,
  text: string,
  forced: Lang | undefined,
  L: Lang,
  option = '--lang',
): string | undefined {
  if (!forced) return undefined;
  const detected = detectLanguage(text);
  if (detected === forced) return undefined;
  const names = cli[L].guard.languages;
  return fill(cli[L].guard.langMismatch, { file, detected: names[detected], forced: names[forced], option }, L);
}

/**
 * A text too short to tell its language from, without --text-lang, is read in the run's language `L` (see
 * languageGuess): that is said, once per text, with the option that reads it otherwise.
 */
export function languageUnsure(file: string, text: string, forced: Lang | undefined, L: Lang): string | undefined {
  if (forced || languageGuess(text, L).sure) return undefined;
  const names = cli[L].guard.languages;
  const other: Lang = L === 'fr' ? 'en' : 'fr';
  return fill(cli[L].guard.langGuessed, { file, lang: names[L], other: names[other], code: other }, L);
}

type System = Words['system'];
const READ_CODES: Record<string, keyof System['read']> = {
  ENOENT: 'notFound',
  EISDIR: 'isDirectory',
  ENOTDIR: 'notDirectory',
  EACCES: 'permission',
  EPERM: 'permission',
  EBUSY: 'busy',
  EMFILE: 'tooManyFiles',
  ENFILE: 'tooManyFiles',
  ENAMETOOLONG: 'nameTooLong',
};
const WRITE_CODES: Record<string, keyof System['write']> = {
  ENOENT: 'notFound',
  EISDIR: 'isDirectory',
  ENOTDIR: 'notDirectory',
  EACCES: 'permission',
  EPERM: 'permission',
  EROFS: 'readOnly',
  ENOSPC: 'diskFull',
  EDQUOT: 'diskFull',
  EBUSY: 'busy',
  ETXTBSY: 'busy',
  EMFILE: 'tooManyFiles',
  ENFILE: 'tooManyFiles',
  ENAMETOOLONG: 'nameTooLong',
  EEXIST: 'exists',
};

/**
 * Why the system refused to read or write `file`, in the user's language and saying what to do (« écriture
 * refusée (droits insuffisants) : choisissez un dossier où vous pouvez écrire »); the system's own words only for a
 * code not known here. A folder above `file` that could not be made is named (the user named only the file).
 * `example`: a file name to suggest when `file` is a folder.
 */
export function systemReason(e: unknown, use: 'read' | 'write', file: string, lang: Lang, example?: string): string {
  const err = e as NodeJS.ErrnoException;
  const words = cli[lang].system;
  // Chosen by the error's code, never by its words (the site's writer thread passes its failures' codes on).
  const code = err?.code;
  const key = code === undefined ? undefined : (use === 'read' ? READ_CODES : WRITE_CODES)[code];
  if (key === undefined) return String(err?.message ?? e);
  const reason = fill((words[use] as Record<string, string>)[key], { example: example ?? file }, lang);
  const above =
    typeof err.path === 'string' && resolve(file).startsWith(resolve(err.path) + sep) ? err.path : undefined;
  return above === undefined ? reason : fill(words.at, { reason, path: above }, lang);
}
