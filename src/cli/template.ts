// `jalon template`: a blank plan with the standard commitment template (the core's, as the add-in inserts it),
// each field a block content control tagged `jalon:<field>` so that Jalon reads it back exactly.
// The docx package has no public content-control class; its public XmlComponent base builds one.
import { Document, FileChild, HeadingLevel, Packer, Paragraph, StringValueElement, TextRun, XmlComponent } from 'docx';
import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { cli, colon, type InsertBlock, type Lang, LEXICON_DATA, templateBlocks } from '../core';

class Element extends XmlComponent {
  constructor(name: string, children: XmlComponent[] = []) {
    super(name);
    for (const c of children) this.root.push(c);
  }
}

/** <w:sdt> with alias and tag around one paragraph; showingPlcHdr marks its text as a prompt, not an answer. */
class ContentControl extends FileChild {
  constructor(tag: string, alias: string, paragraph: Paragraph, showingPlaceholder: boolean) {
    super('w:sdt');
    const pr = [new StringValueElement('w:alias', alias), new StringValueElement('w:tag', tag)];
    if (showingPlaceholder) pr.push(new Element('w:showingPlcHdr'));
    this.root.push(new Element('w:sdtPr', pr));
    this.root.push(new Element('w:sdtContent', [paragraph]));
  }
}

const HEADINGS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
];

// The plan's own words that a member of the public may not know (the title's first of all), explained by the
// engine's glossary: the blank plan passes Jalon's jargon check, and shows authors where definitions go. They name
// terms of the jargon check's data (each must be one of its terms), so they stay here rather than in the catalogue.
const DEFINED: Record<Lang, string[]> = {
  fr: ['gouvernement ouvert', 'PGO', 'PAN', 'redevabilité'],
  en: ['open government', 'OGP', 'NAP'],
};

function blockChildren(blocks: InsertBlock[]): FileChild[] {
  return blocks.map((b) => {
    const empty = b.text.trim() === '';
    const runText = empty ? (b.placeholder ?? '') : b.text;
    const run = new TextRun({ text: runText, color: empty ? '767676' : undefined, bold: b.kind === 'label' });
    const heading = b.kind === 'heading' ? HEADINGS[Math.min(6, Math.max(1, b.level ?? 2)) - 1] : undefined;
    const paragraph = new Paragraph({ children: [run], heading });
    if (b.tag) return new ContentControl(b.tag, b.placeholder ?? b.tag, paragraph, empty && !!b.placeholder);
    return paragraph;
  });
}

/** "Term : explanation." for each word of DEFINED, from the engine's glossary. */
function glossary(lang: Lang): Paragraph[] {
  return DEFINED[lang].map((term) => {
    const entry = LEXICON_DATA[lang].jargon.terms.find((j) => j.term === term);
    if (!entry?.explanation) throw new Error(`no explanation for ${term} in the ${lang} glossary`);
    const explanation = entry.explanation.replace(` (${term})`, '');
    return new Paragraph({
      children: [new TextRun({ text: `${term}${colon(lang)} `, bold: true }), new TextRun(`${explanation}.`)],
    });
  });
}

export async function templateDocx(lang: Lang): Promise<Uint8Array> {
  const words = cli[lang].blankPlan;
  const doc = new Document({
    creator: 'Jalon',
    title: words.title,
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(words.title)] }),
          new Paragraph({ children: [new TextRun({ text: words.intro, italics: true })] }),
          ...blockChildren(templateBlocks(lang)),
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(words.glossary)] }),
          ...glossary(lang),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/**
 * Written beside `out` and renamed when whole: a failed write leaves the file there (with --force) as it was. The
 * folder it goes in must be there: a missing one is the error (its path named), never made.
 */
export async function writeTemplate(out: string, lang: Lang): Promise<void> {
  const folder = dirname(resolve(out));
  if (!existsSync(folder)) throw Object.assign(new Error(`ENOENT: ${folder}`), { code: 'ENOENT', path: folder });
  const bytes = await templateDocx(lang);
  const partial = join(dirname(out), `.${basename(out)}.${process.pid}.part`);
  try {
    writeFileSync(partial, bytes);
    renameSync(partial, out);
  } catch (e) {
    rmSync(partial, { force: true });
    throw e;
  }
}
