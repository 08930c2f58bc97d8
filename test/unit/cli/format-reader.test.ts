// One text, one result, whatever the format: every Markdown draft of test/fixtures is made into a .docx by pandoc,
// by LibreOffice and by the docx package (as Word writes one), into an .odt by pandoc and by LibreOffice, and into
// a .txt as Word saves one as plain text (a note after the paragraph that cites it); each is read as the command line reads it and analysed, and all must
// give the same commitments, fields, milestones, levels and findings as the Markdown. The plain-text drafts of
// the fixtures are compared with the same text read as Markdown.
import { execFileSync } from 'node:child_process';
import { copyFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import {
  Document,
  FootnoteReferenceRun,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  type ParagraphChild,
} from 'docx';
import { analyze, type Analysis, type FieldValue } from '../../../src/core';
import { readDraft, type Draft } from '../../../src/cli/input';
import type { DraftParagraph } from '../../../src/cli/read/paragraph';
import { requireTool, soffice, tempDir } from './helpers';

jest.setTimeout(180_000);

const ROOT = join(__dirname, '../../fixtures');
function drafts(dir: string, ext: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return drafts(full, ext);
    return name.endsWith(ext) ? [full] : [];
  });
}
const MARKDOWN = drafts(ROOT, '.md').sort();
const TEXT = drafts(ROOT, '.txt').sort();

const tmp = tempDir('jalon-formats-');
/** Per Markdown draft, the files made from it, by how they were made. */
const made = new Map<string, Record<string, string>>();

const HEADINGS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
];

/** The draft as Word would hold it, written by the docx package: headings, bulleted items, tables, footnotes. */
async function writeWordLike(ps: DraftParagraph[], file: string): Promise<void> {
  const footnotes: Record<number, { children: Paragraph[] }> = {};
  const body: Array<(() => Paragraph) | Table> = [];
  let refs: ParagraphChild[] | undefined; // the runs of the last body paragraph, where a note's reference goes
  for (let i = 0; i < ps.length; i++) {
    const p = ps[i];
    if (p.note) {
      const id = Number(p.note.id);
      if (!footnotes[id]) {
        footnotes[id] = { children: [] };
        refs?.push(new FootnoteReferenceRun(id));
      }
      footnotes[id].children.push(new Paragraph({ children: [new TextRun(p.text)] }));
      continue;
    }
    if (p.cell) {
      const table = p.cell.table;
      const cells: DraftParagraph[] = [];
      while (i < ps.length && ps[i].cell?.table === table) cells.push(ps[i++]);
      i--;
      const rows = [...new Set(cells.map((c) => c.cell!.row))].map(
        (r) =>
          new TableRow({
            children: [...new Set(cells.filter((c) => c.cell!.row === r).map((c) => c.cell!.column))].map(
              (col) =>
                new TableCell({
                  children: cells
                    .filter((c) => c.cell!.row === r && c.cell!.column === col)
                    .map((c) => new Paragraph({ children: [new TextRun(c.text)] })),
                }),
            ),
          }),
      );
      body.push(new Table({ rows }));
      refs = undefined;
      continue;
    }
    const runs: ParagraphChild[] = [new TextRun(p.text)];
    // Made at the end: a note's reference run is added to `runs` when its note comes.
    body.push(
      () =>
        new Paragraph({
          children: runs,
          heading: p.headingLevel ? HEADINGS[p.headingLevel - 1] : undefined,
          bullet: p.listLevel !== undefined ? { level: p.listLevel } : undefined,
        }),
    );
    refs = runs;
  }
  const children = body.map((b) => (typeof b === 'function' ? b() : b));
  const doc = new Document({ footnotes, sections: [{ children }] });
  writeFileSync(file, await Packer.toBuffer(doc));
}

/** The draft as Word saves it as plain text: a paragraph a line, list items after a mark, table cells by tabs. */
function writePlainText(ps: DraftParagraph[], file: string): void {
  const lines: string[] = [];
  let row: { table: number; row: number } | undefined;
  for (const p of ps) {
    // A note is written as a paragraph after the one that cites it (plain text has no notes).
    if (p.cell) {
      if (row && row.table === p.cell.table && row.row === p.cell.row) lines[lines.length - 1] += `\t${p.text}`;
      else lines.push(p.text);
      row = { table: p.cell.table, row: p.cell.row };
      continue;
    }
    row = undefined;
    lines.push(p.listLevel !== undefined ? `${'  '.repeat(p.listLevel)}- ${p.text}` : p.text);
  }
  writeFileSync(file, `${lines.join('\r\n')}\r\n`);
}

beforeAll(async () => {
  requireTool('pandoc', 'pandoc');
  requireTool('soffice', 'libreoffice-writer-nogui');
  const pandocDocx: string[] = [];
  for (const md of MARKDOWN) {
    // Named by their folder too: two fixtures may share a file name (cli/plan-fr.md, publish/plan-fr.md).
    const name = relative(ROOT, md).replace(/[\\/]/g, '-').replace(/\.md$/, '');
    const dir = join(tmp, name);
    execFileSync('mkdir', ['-p', dir]);
    const files: Record<string, string> = {
      'pandoc.docx': join(dir, `${name}.docx`),
      'pandoc.odt': join(dir, `${name}.odt`),
      'libreoffice.docx': join(tmp, 'lo', `${name}.docx`),
      'libreoffice.odt': join(tmp, 'lo', `${name}.odt`),
      'word.docx': join(dir, `${name}.word.docx`),
      'word.txt': join(dir, `${name}.txt`),
    };
    // pandoc's "smart" typography would change the author's quotes and dashes: the text must stay the same.
    execFileSync('pandoc', ['-f', 'markdown-smart', '-o', files['pandoc.docx'], md]);
    execFileSync('pandoc', ['-f', 'markdown-smart', '-o', files['pandoc.odt'], md]);
    pandocDocx.push(files['pandoc.docx']);
    const ps = readDraft(md).paragraphs;
    await writeWordLike(ps, files['word.docx']);
    writePlainText(ps, files['word.txt']);
    made.set(md, files);
  }
  // LibreOffice opens pandoc's .docx and saves it in both its formats (one process per format for all drafts).
  for (const filter of ['odt', 'docx:MS Word 2007 XML'])
    soffice(tmp, ['--convert-to', filter, '--outdir', join(tmp, 'lo'), ...pandocDocx]);
});

/** What a user reads of an analysis, without the offsets that depend on how paragraphs are counted. */
function outcome(a: Analysis, d: Draft) {
  // Paragraphs by their rank among those with text (a blank paragraph is nothing to the reader).
  const rank = new Map<number, number>();
  d.source.paragraphs.forEach((p, i) => {
    if (p.text.trim() !== '') rank.set(i, rank.size);
  });
  const value = (v?: FieldValue) => v?.text.replace(/\s+/g, ' ');
  return {
    language: a.language,
    commitments: a.commitments.map((c) => ({
      title: c.title,
      level: c.level,
      score: c.score,
      missing: c.missing,
      weak: c.weak ?? [],
      verifiable: c.verifiable,
      fields: Object.fromEntries(
        Object.entries(c.fields)
          .filter(([k]) => k !== 'milestones')
          .map(([k, v]) => [k, value(v as FieldValue)]),
      ),
      milestones: (c.fields.milestones ?? []).map((m) => ({
        text: m.text.replace(/\s+/g, ' '),
        date: m.date,
        status: m.status,
        lead: value(m.lead),
        indicator: value(m.indicator),
        deliverable: value(m.deliverable),
      })),
    })),
    findings: a.findings.map((f) => ({
      rule: f.ruleId,
      severity: f.severity,
      message: f.message,
      actual: f.actual.replace(/\s+/g, ' '),
      commitment: f.commitment,
      paragraph: rank.get(f.paragraph),
      offset: f.paragraphOffset,
    })),
  };
}

function review(file: string) {
  const d = readDraft(file);
  return outcome(analyze(d.source, { earlierPlans: null }), d);
}

describe.each(MARKDOWN.map((f) => [f.slice(ROOT.length + 1), f]))('%s', (_, md) => {
  const reference = () => review(md);

  it('has commitments to compare', () => {
    expect(reference().commitments.length).toBeGreaterThan(0);
  });

  it.each(['pandoc.docx', 'pandoc.odt', 'libreoffice.docx', 'libreoffice.odt', 'word.docx'])(
    'reads the same as %s',
    (how) => {
      expect(review(made.get(md)![how])).toEqual(reference());
    },
  );

  // Plain text keeps no heading levels: it finds commitments by their « Engagement N : » / "Commitment N:" marks.
  // A draft whose commitments are headings only (the US plan's "### Open the Federal Register…") cannot be cut the
  // same way once saved as text; that limit is checked here rather than hidden.
  const marked = () => reference().commitments.every((c) => /^\s*(?:engagement|commitment)\s+\d/i.test(c.title));
  it('reads the same as plain text (word.txt), or says it cannot without commitment marks', () => {
    const txt = review(made.get(md)!['word.txt']);
    if (marked()) expect(txt).toEqual(reference());
    else expect(txt.commitments.length).toBeLessThan(reference().commitments.length);
  });
});

describe.each(TEXT.map((f) => [f.slice(ROOT.length + 1), f]))('%s', (_, txt) => {
  it('reads the same as the same text named .md', () => {
    const md = join(tmp, `${basename(txt, '.txt')}.md`);
    copyFileSync(txt, md);
    expect(review(txt)).toEqual(review(md));
  });
});
