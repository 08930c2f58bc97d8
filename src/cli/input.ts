// Finding the drafts (files and folders) and reading each into paragraphs, with a precise reason when it fails.
import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fromParagraphs, fromPlainText, type SourceText } from '../core';
import { readDocx, type DocxParagraph } from './docx/read';
import { DEFAULT_LIMITS, ReadError, type ZipLimits } from './docx/zip';
import type { ReadErrorCode } from './i18n';

export type DraftKind = 'docx' | 'md' | 'txt';

export interface Draft {
  file: string;
  kind: DraftKind;
  source: SourceText;
  /** For .docx: the structure of each paragraph (list level, footnote origin). */
  paragraphs?: DocxParagraph[];
}

/**
 * A draft as read, its source not built yet when it is a .docx: what reader threads send (the source is built on
 * the thread that analyses it, and sending it too would double the message).
 */
export type ReadDraft = Pick<Draft, 'file' | 'kind'> & ({ paragraphs: DocxParagraph[] } | { source: SourceText });

export interface InputError {
  file: string;
  code: ReadErrorCode;
  detail?: string;
}

const KINDS: Record<string, DraftKind> = { '.docx': 'docx', '.md': 'md', '.markdown': 'md', '.txt': 'txt' };
const MAX_FILE_BYTES = 200 * 1024 * 1024;

export function kindOf(file: string): DraftKind | undefined {
  return KINDS[extname(file).toLowerCase()];
}

/** Files named on the command line are taken whatever their extension (a .doc gets its own message); folders are searched. */
export function collect(paths: readonly string[]): { files: string[]; errors: InputError[] } {
  const files: string[] = [];
  const errors: InputError[] = [];
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
    } else files.push(p);
  }
  return { files: [...new Set(files)], errors };
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

/** The draft with its source: built from the paragraphs for a .docx. */
export function completeDraft(d: ReadDraft): Draft {
  return 'paragraphs' in d
    ? { file: d.file, kind: d.kind, source: fromParagraphs(d.paragraphs), paragraphs: d.paragraphs }
    : d;
}

/** Reads a file as reader threads do: a .docx's paragraphs, a text file's source. */
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
    throw new ReadError('unsupported');
  }
  return readBytes(file, kind, data, limits);
}

export function draftFromBytes(file: string, kind: DraftKind, data: Uint8Array, limits = DEFAULT_LIMITS): Draft {
  return completeDraft(readBytes(file, kind, data, limits));
}

function readBytes(file: string, kind: DraftKind, data: Uint8Array, limits: ZipLimits): ReadDraft {
  if (data.length === 0) throw new ReadError('empty');
  if (kind === 'docx') {
    const paragraphs = readDocx(data, limits);
    if (!paragraphs.some((p) => p.text.trim() !== '')) throw new ReadError('no-text');
    return { file, kind, paragraphs };
  }
  if (data[0] === 0xd0 && data[1] === 0xcf) throw new ReadError('old-doc');
  if (data[0] === 0x50 && data[1] === 0x4b && data[2] === 0x03) throw new ReadError('unsupported', 'zip');
  const text = decodeText(data);
  if (text.trim() === '') throw new ReadError('empty');
  return { file, kind, source: fromPlainText(text, { markdown: kind === 'md' }) };
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
