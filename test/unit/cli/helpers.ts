// Shared by the CLI tests: hand-made .docx archives, an in-process run of the CLI, tool checks and LibreOffice.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync, type Zippable } from 'fflate';

import type { WorkerScript } from '../../../src/cli/threads';

export const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
const RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;

/** A .docx whose body is `body` (w:p, w:tbl... elements), as Word lays out its parts. */
export function docxFromXml(parts: {
  body: string;
  styles?: string;
  footnotes?: string;
  endnotes?: string;
  rawDocument?: string;
}): Uint8Array {
  const files: Zippable = {
    '[Content_Types].xml': strToU8(CONTENT_TYPES),
    '_rels/.rels': strToU8(RELS),
    'word/document.xml': strToU8(
      parts.rawDocument ??
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${W}><w:body>${parts.body}<w:sectPr/></w:body></w:document>`,
    ),
  };
  if (parts.styles)
    files['word/styles.xml'] = strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><w:styles ${W}>${parts.styles}</w:styles>`,
    );
  if (parts.footnotes)
    files['word/footnotes.xml'] = strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><w:footnotes ${W}>${parts.footnotes}</w:footnotes>`,
    );
  if (parts.endnotes)
    files['word/endnotes.xml'] = strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><w:endnotes ${W}>${parts.endnotes}</w:endnotes>`,
    );
  return zipSync(files);
}

export const p = (text: string, pPr = ''): string =>
  `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** `worker`: a script for worker threads (the built bundle); without it the CLI reviews in process, as from sources. */
export async function runCli(
  args: string[],
  env: NodeJS.ProcessEnv = { LANG: 'fr_FR.UTF-8' },
  isTTY = false,
  worker?: WorkerScript,
): Promise<CliResult> {
  // Loaded on demand: the reader tests need no core.
  const { run } = await import('../../../src/cli/main');
  let stdout = '';
  let stderr = '';
  const code = await run(args, {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { isTTY, columns: 100, write: (s: string) => (stderr += s) },
    env,
    worker,
  });
  return { code, stdout, stderr };
}

export function tempDir(prefix = 'jalon-cli-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Tests that need a word processor fail loudly when it is missing: `.ci/run` installs it. */
export function requireTool(cmd: string, pkg: string): void {
  try {
    execFileSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'pipe' });
  } catch {
    throw new Error(`${cmd} is missing: install the Debian package ${pkg} (.ci/run does) to run these tests`);
  }
}

/** LibreOffice, headless, with a profile of its own in `dir` (parallel runs must not share, and lock, one). */
export function soffice(dir: string, args: string[]): void {
  execFileSync('soffice', [`-env:UserInstallation=file://${join(dir, 'lo-profile')}`, '--headless', ...args], {
    stdio: 'pipe',
    env: { ...process.env, HOME: dir },
  });
}

export const FIXTURES = join(__dirname, '../../fixtures/cli');

/** A French page as read: its typesetting's no-break spaces (before « : ; ? ! », inside « ») as spaces. */
export const plainSpaces = (html: string): string => html.replace(/[\u00a0\u202f]/g, ' ');
