// Finding the drafts (files and folders) and reading each into paragraphs, with a precise reason when it fails.
import { closeSync, openSync, readdirSync, readFileSync, readSync, realpathSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { cli, colon, fromParagraphs, type SourceText } from '../core';
import type { ReadErrorCode } from './i18n';
import { DEFAULT_LIMITS, isPdf, ReadError, type ZipLimits } from './read/error';
import type { DraftParagraph } from './read/paragraph';
import { readText } from './read/text';

export type DraftKind = 'docx' | 'odt' | 'md' | 'txt';

export interface Draft {
  file: string;
  kind: DraftKind;
  source: SourceText;
  /**
   * Its paragraphs as read, whatever the format (the source is made of them, so the same text gives the same
   * result): their structure and origin (list level, table cell, footnote, a text file's lines).
   */
  paragraphs: DraftParagraph[];
  /** A text file's own text (its paragraphs' `at` point into it), for reports that give the file's positions. */
  fileText?: string;
}

/**
 * A draft as read, its source not built yet: what reader threads send (the source is built on the thread that
 * analyses it, and sending it too would double the message).
 */
export type ReadDraft = Pick<Draft, 'file' | 'kind' | 'paragraphs' | 'fileText'>;

export interface InputError {
  file: string;
  code: ReadErrorCode;
  detail?: string;
}

const KINDS: Record<string, DraftKind> = {
  '.docx': 'docx',
  '.odt': 'odt',
  '.md': 'md',
  '.markdown': 'md',
  '.txt': 'txt',
};
const MAX_FILE_BYTES = 200 * 1024 * 1024;

export function kindOf(file: string): DraftKind | undefined {
  return KINDS[extname(file).toLowerCase()];
}

/** A report Jalon wrote that a walk met: left out (`skipped`), or named on the command line and reviewed anyway. */
export interface FoundReport {
  file: string;
  skipped: boolean;
}

/**
 * Files named on the command line are taken whatever their extension (a .doc gets its own message); folders are
 * searched. A report Jalon wrote (`jalon check --out rapport.md` into the folder it reviews) is not a draft: a
 * walk leaves it out, a file named is reviewed anyway; both are listed in `reports`, for a note each.
 */
export function collect(paths: readonly string[]): { files: string[]; errors: InputError[]; reports: FoundReport[] } {
  const files: string[] = [];
  const errors: InputError[] = [];
  const reports: FoundReport[] = [];
  const seen = new Set<string>();
  const visit = (dir: string, found: string[]): void => {
    let real: string;
    try {
      real = realpathSync(dir);
    } catch {
      return;
    }
    if (seen.has(real)) return; // symbolic link loops
    seen.add(real);
    let entries: string[];
    try {
      entries = readdirSync(dir).sort((a, b) => a.localeCompare(b));
    } catch (e) {
      errors.push({ file: dir, code: fsCode(e) });
      return;
    }
    for (const name of entries) {
      // Hidden folders, dependencies, and Word's "~$" lock files are not drafts.
      if (name.startsWith('.') || name.startsWith('~$') || name === 'node_modules') continue;
      const full = join(dir, name);
      let st;
      try {
        st = statSync(full);
      } catch {
        continue;
      }
      if (st.isDirectory()) visit(full, found);
      else if (isJalonReport(full)) reports.push({ file: full, skipped: true });
      // An old .doc in the folder is named too, so the facilitator knows to ask for a .docx.
      else if (kindOf(name) || /\.doc$/i.test(name)) found.push(full);
    }
  };
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch (e) {
      errors.push({ file: p, code: fsCode(e) });
      continue;
    }
    if (st.isDirectory()) {
      const found: string[] = [];
      visit(p, found);
      if (found.length === 0 && !errors.some((e) => e.file === p)) errors.push({ file: p, code: 'no-drafts' });
      files.push(...found);
    } else {
      if (isJalonReport(p)) reports.push({ file: p, skipped: false });
      files.push(p);
    }
  }
  return { files: [...new Set(files)], errors, reports };
}

/** How much of a file is read to tell a report: its first lines. */
const REPORT_HEAD_BYTES = 4096;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const either = (pick: (w: (typeof cli)['fr']) => string) =>
  `(?:${[...new Set([pick(cli.fr), pick(cli.en)])].map(escape).join('|')})`;

/** A count as the reports write it (« 1 engagement », "3 commitments", "1,200 findings"), in either language. */
const counted = (key: 'commitmentCount' | 'findingCount') => {
  const words = [cli.fr, cli.en].flatMap((w) =>
    [w[`${key}_one`], w[`${key}_other`]].map((m) => m.replace('{{count, number}} ', '')),
  );
  return `[\\d\u202f\u00a0 ,.]+ (?:${[...new Set(words)].map(escape).join('|')})`;
};

/**
 * The opening lines of the reports `jalon check` writes in Markdown and in text, in either language (from the
 * words of the catalogue that src/cli/report/ and compare.ts write them with): the review's title then its
 * summary's heading; a draft's line « FILE (fr) — 3 engagements, 28 remarques » then its findings, indented; a
 * comparison's title and « OLD → NEW ».
 */
const REPORT_OPENINGS = [
  new RegExp(`^# ${either((w) => w.title)}\\n\\n## ${either((w) => w.summary)}\\n`),
  new RegExp(`^# ${either((w) => w.compareTitle)}\\n\\n.* → .*\\n`),
  new RegExp(`^.+ \\((?:fr|en)\\) — ${counted('commitmentCount')}, ${counted('findingCount')}(?:\\n {2}|\\n?$)`),
  new RegExp(
    `^${either((w) => w.compareTitle)}(?:${escape(colon('fr'))}|${escape(colon('en'))}).* → .*(?:\\n {2}|\\n?$)`,
  ),
];

/** Whether a .md or .txt file is a report Jalon wrote, by its opening lines. */
export function isJalonReport(file: string): boolean {
  const kind = kindOf(file);
  if (kind !== 'md' && kind !== 'txt') return false;
  let head: string;
  try {
    const fd = openSync(file, 'r');
    try {
      const bytes = new Uint8Array(REPORT_HEAD_BYTES);
      // Reports are UTF-8; a character cut at the end of the bytes read is only replaced.
      head = new TextDecoder('utf-8').decode(bytes.subarray(0, readSync(fd, bytes, 0, REPORT_HEAD_BYTES, 0)));
    } finally {
      closeSync(fd);
    }
  } catch {
    return false; // said when it is read
  }
  head = head.replace(/\r\n?/g, '\n');
  return REPORT_OPENINGS.some((re) => re.test(head));
}

function fsCode(e: unknown): ReadErrorCode {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'not-found';
  if (code === 'EACCES' || code === 'EPERM') return 'permission';
  if (code === 'EISDIR') return 'is-directory';
  return 'unknown';
}

export function readDraft(file: string, limits: ZipLimits = DEFAULT_LIMITS): Draft {
  return completeDraft(readDraftFile(file, limits));
}

/** The draft with its source, built from its paragraphs. */
export function completeDraft(d: ReadDraft): Draft {
  const draft: Draft = { file: d.file, kind: d.kind, source: fromParagraphs(d.paragraphs), paragraphs: d.paragraphs };
  if (d.fileText !== undefined) draft.fileText = d.fileText;
  return draft;
}

/** Reads a file as reader threads do: its paragraphs. */
export function readDraftFile(file: string, limits: ZipLimits = DEFAULT_LIMITS): ReadDraft {
  let data: Buffer;
  try {
    const st = statSync(file);
    if (st.size > MAX_FILE_BYTES) throw new ReadError('too-large');
    data = readFileSync(file);
  } catch (e) {
    if (e instanceof ReadError) throw e;
    throw new ReadError(fsCode(e), (e as Error).message);
  }
  const lower = file.toLowerCase();
  const kind = kindOf(file);
  if (!kind) {
    // An old .doc or an encrypted document gets its own message whatever its name.
    if (lower.endsWith('.doc') || lower.endsWith('.dot') || data[0] === 0xd0) {
      throw new ReadError(data.length === 0 ? 'empty' : data[0] === 0xd0 ? 'old-doc' : 'unsupported');
    }
    if (lower.endsWith('.pdf') || isPdf(data)) throw new ReadError('pdf');
    throw new ReadError('unsupported');
  }
  return readBytes(file, kind, data, limits);
}

export function draftFromBytes(file: string, kind: DraftKind, data: Uint8Array, limits = DEFAULT_LIMITS): Draft {
  return completeDraft(readBytes(file, kind, data, limits));
}

function readBytes(file: string, kind: DraftKind, data: Uint8Array, limits: ZipLimits): ReadDraft {
  if (data.length === 0) throw new ReadError('empty');
  if (kind === 'docx' || kind === 'odt') {
    const paragraphs = kind === 'docx' ? docxReader().readDocx(data, limits) : readOpenDocument(data, limits);
    if (!paragraphs.some((p) => p.text.trim() !== '')) throw new ReadError('no-text');
    return { file, kind, paragraphs };
  }
  if (data[0] === 0xd0 && data[1] === 0xcf) throw new ReadError('old-doc');
  if (data[0] === 0x50 && data[1] === 0x4b && data[2] === 0x03) throw new ReadError('unsupported', 'zip');
  if (isPdf(data)) throw new ReadError('pdf');
  const text = decodeText(data);
  if (text.trim() === '') throw new ReadError('empty');
  if (!looksLikeText(text)) throw new ReadError('not-text');
  const paragraphs = kind === 'md' ? markdownReader().readMarkdown(text) : readText(text);
  if (paragraphs.length === 0) throw new ReadError('no-text');
  return { file, kind, paragraphs, fileText: text };
}

/**
 * The Markdown reader (markdown-it, its footnotes and its entity tables), loaded by the first .md draft read: a
 * batch of Word drafts never needs it, and loading it cost each thread that reads ~40 ms before its first draft.
 * The module system keeps it once loaded.
 */
function markdownReader(): typeof import('./read/markdown') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a synchronous load on first use (readDraft is synchronous)
  return require('./read/markdown') as typeof import('./read/markdown');
}

/**
 * The .docx reader (fflate, fast-xml-parser), loaded by the first archive read: the thread that analyses what
 * reader threads read never opens one, and loading it cost that thread ~15 ms of its start.
 */
function docxReader(): typeof import('./docx/read') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a synchronous load on first use (readDraft is synchronous)
  return require('./docx/read') as typeof import('./docx/read');
}

/** An .odt, its archive errors named for OpenDocument rather than Word. */
function readOpenDocument(data: Uint8Array, limits: ZipLimits): DraftParagraph[] {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, as the .docx reader
    const { readOdt } = require('./odt/read') as typeof import('./odt/read');
    return readOdt(data, limits);
  } catch (e) {
    if (e instanceof ReadError && (e.code === 'not-zip' || e.code === 'truncated'))
      throw new ReadError(e.code === 'not-zip' ? 'odt-not-zip' : 'odt-truncated', e.detail, e.where);
    throw e;
  }
}

/**
 * Text a person wrote has no null bytes and hardly any control characters; an image, an archive or a binary file
 * read as text has many (a share of 1 % is far from both: a Word copy-paste may carry a stray form feed or two).
 */
export function looksLikeText(text: string): boolean {
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return false;
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) control++;
  }
  return control <= text.length / 100;
}

/** UTF-8 (BOM removed), UTF-16 with a BOM, or Windows-1252 for older French files that are not valid UTF-8. */
export function decodeText(data: Uint8Array): string {
  if (data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf)
    return new TextDecoder('utf-8').decode(data.subarray(3));
  if (data[0] === 0xff && data[1] === 0xfe) return new TextDecoder('utf-16le').decode(data.subarray(2));
  if (data[0] === 0xfe && data[1] === 0xff) return new TextDecoder('utf-16be').decode(data.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    // Node decodes "windows-1252" as Latin-1: the 0x80-0x9F range (€, œ, ’, «...) is mapped here.
    return new TextDecoder('latin1')
      .decode(data)
      .replace(/[\u0080-\u009f]/g, (c) => CP1252[c.charCodeAt(0) - 0x80] || c);
  }
}

const CP1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
