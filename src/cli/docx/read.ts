// Over 400 lines: one walk over WordprocessingML, whose parts (notes, text boxes, revisions) interleave in the order
// Word shows them; split, the walk's order would be spread over files.
// A .docx as the paragraphs Word shows: headings (by outline level or style, whatever the UI language),
// list items, table cells, Jalon's content controls (by tag), footnotes and endnotes after the paragraph
// that cites them, text boxes after the paragraph that anchors them (once: Word writes each twice, as DrawingML
// and as VML for older readers). Tracked changes are read as if accepted; comments and field codes are left out.
import { NOTE_TAG } from '../../core';
import type { DraftParagraph } from '../read/paragraph';
import { attr, child, childrenOf, find, isOn, parseXml, tagOf, type XmlNode } from './xml';
import { DEFAULT_LIMITS, ReadError, readParts, type ZipLimits } from './zip';

export interface DocxParagraph extends DraftParagraph {
  text: string;
  style: string;
  headingLevel: number;
  inTable: boolean;
  tags: string[];
}

interface StyleInfo {
  name: string;
  basedOn?: string;
  outlineLevel?: number; // 0-based, as in w:outlineLvl
  list?: number;
}

const PARTS = {
  document: 'word/document.xml',
  styles: 'word/styles.xml',
  footnotes: 'word/footnotes.xml',
  endnotes: 'word/endnotes.xml',
};
const WANTED = new Set(Object.values(PARTS));

// Heading style names and ids in the languages Word and LibreOffice write: "heading 1", "Titre1", "Überschrift 1"...
const HEADING_NAME = /^(?:heading|titre|[üu]berschrift|t[íi]tulo|titolo|kop)\s*([1-9])$/i;

export function readDocx(data: Uint8Array, limits: ZipLimits = DEFAULT_LIMITS): DocxParagraph[] {
  const parts = readParts(data, (name) => WANTED.has(name), limits);
  const documentXml = parts.get(PARTS.document);
  if (!documentXml) throw new ReadError('not-docx');
  const styles = readStyles(parts.get(PARTS.styles));
  const notes = {
    footnote: readNotes(parts.get(PARTS.footnotes), PARTS.footnotes, 'w:footnote', styles),
    endnote: readNotes(parts.get(PARTS.endnotes), PARTS.endnotes, 'w:endnote', styles),
  };
  const root = parseXml(documentXml, PARTS.document);
  const documentNode = root.find((n) => tagOf(n) === 'w:document');
  const body = documentNode && child(documentNode, 'w:body');
  if (!body) throw new ReadError('not-docx', 'w:body');

  const out: DocxParagraph[] = [];
  const reader = new BlockReader(styles, (p, refs, boxes) => {
    // Jalon's own words (a review summary the pane inserted) are never reviewed, as in Word.
    if (p.tags.includes(NOTE_TAG)) return;
    out.push(p);
    boxes();
    for (const ref of refs) {
      for (const np of notes[ref.kind].get(ref.id) ?? []) out.push({ ...np, note: ref });
    }
  });
  reader.blocks(childrenOf(body), { inTable: false, tags: [] });
  reader.flush();
  return out;
}

interface Context {
  inTable: boolean;
  cell?: { table: number; row: number; column: number };
  tags: string[];
  /** Inside a content control still showing its prompt: the prompt is not the author's text. */
  placeholder?: boolean;
}

interface NoteRef {
  kind: 'footnote' | 'endnote';
  id: string;
}

interface InlineState {
  text: string;
  tags: string[];
  refs: NoteRef[];
  /** w:txbxContent elements anchored in the paragraph, in order. */
  boxes: XmlNode[];
}

/** Receives a paragraph, the notes it cites, and a callback that reads the text boxes it anchors. */
type Emit = (p: DocxParagraph, refs: NoteRef[], boxes: () => void) => void;

const BLOCK_CONTAINERS = new Set(['w:tbl', 'w:tr', 'w:tc', 'w:customXml', 'w:ins', 'w:moveTo', 'w:smartTag']);
const INLINE_CONTAINERS = new Set([
  'w:ins',
  'w:moveTo',
  'w:hyperlink',
  'w:smartTag',
  'w:customXml',
  'w:fldSimple',
  'w:dir',
  'w:bdo',
]);

class BlockReader {
  /** A paragraph whose mark was deleted in tracked changes: accepted, it joins the next paragraph. */
  private pending: (InlineState & { ctx: Context }) | undefined;

  constructor(
    private readonly styles: Map<string, StyleInfo> & { defaultId?: string },
    private readonly emit: Emit,
    /** Tables met so far in the whole document (notes and text boxes included): gives each its number. */
    private readonly tables: { count: number } = { count: 0 },
  ) {}

  blocks(nodes: XmlNode[], ctx: Context): void {
    for (const n of nodes) {
      const tag = tagOf(n);
      if (tag === 'w:p') this.paragraph(n, ctx);
      else if (tag === 'w:tbl') this.table(n, ctx);
      else if (tag === 'w:tr' && rowDeleted(n))
        continue; // a tracked row deletion: accepted, the row is gone
      else if (tag === 'w:sdt') {
        const t = sdtTag(n);
        const content = child(n, 'w:sdtContent');
        const inner = {
          ...ctx,
          tags: t ? [...ctx.tags, t] : ctx.tags,
          placeholder: ctx.placeholder || showsPlaceholder(n),
        };
        if (content) this.blocks(childrenOf(content), inner);
      } else if (tag === 'mc:AlternateContent') this.blocks(alternative(n), ctx);
      else if (BLOCK_CONTAINERS.has(tag)) this.blocks(childrenOf(n), ctx);
      // w:del, w:moveFrom (rejected when accepting), w:sectPr, properties, bookmarks: nothing to read.
    }
  }

  /** A table's rows and cells, each cell's paragraphs with the table's number and the cell's row and column. */
  private table(tbl: XmlNode, ctx: Context): void {
    const table = this.tables.count++;
    let row = -1;
    const rows = (nodes: XmlNode[]): void => {
      for (const n of nodes) {
        const tag = tagOf(n);
        if (tag === 'w:tr') {
          if (rowDeleted(n)) continue; // a tracked row deletion: accepted, the row is gone
          row++;
          let column = 0;
          const cells = (inner: XmlNode[]): void => {
            for (const c of inner) {
              const ctag = tagOf(c);
              if (ctag === 'w:tc') {
                this.blocks(childrenOf(c), { ...ctx, inTable: true, cell: { table, row, column } });
                column += gridSpan(c);
              } else if (ctag === 'w:sdt' || ctag === 'w:customXml') cells(contentOf(c));
            }
          };
          cells(childrenOf(n));
        } else if (tag === 'w:sdt' || tag === 'w:customXml') rows(contentOf(n));
      }
    };
    rows(childrenOf(tbl));
  }

  flush(): void {
    if (this.pending) {
      const { text, tags, refs, boxes, ctx } = this.pending;
      this.pending = undefined;
      this.emit({ text, style: '', headingLevel: 0, inTable: false, tags }, refs, () => this.textBoxes(boxes, ctx));
    }
  }

  /** A text box's paragraphs, as their own paragraphs; like notes they are not in the outline (no headings). */
  private textBoxes(boxes: XmlNode[], ctx: Context): void {
    for (const box of boxes) {
      const reader = new BlockReader(
        this.styles,
        (p, refs, inner) => this.emit({ ...p, headingLevel: 0, textBox: true }, refs, inner),
        this.tables,
      );
      reader.blocks(childrenOf(box), { inTable: ctx.inTable, cell: ctx.cell, tags: ctx.tags });
      reader.flush();
    }
  }

  private paragraph(p: XmlNode, ctx: Context): void {
    const pPr = child(p, 'w:pPr');
    const state: InlineState = { text: '', tags: [], refs: [], boxes: [] };
    if (!ctx.placeholder) inline(childrenOf(p), state);
    const markRpr = pPr && child(pPr, 'w:rPr');
    const markDeleted = !!markRpr && (!!child(markRpr, 'w:del') || !!child(markRpr, 'w:moveFrom'));

    let text = state.text;
    let tags = [...ctx.tags, ...state.tags];
    let refs = state.refs;
    let boxes = state.boxes;
    if (this.pending) {
      text = this.pending.text + text;
      tags = [...new Set([...this.pending.tags, ...tags])];
      refs = [...this.pending.refs, ...refs];
      boxes = [...this.pending.boxes, ...boxes];
      this.pending = undefined;
    }
    if (markDeleted) {
      this.pending = { text, tags, refs, boxes, ctx };
      return;
    }

    const styleId = (pPr && attrOf(pPr, 'w:pStyle')) ?? this.styles.defaultId;
    const chain = styleChain(this.styles, styleId);
    const style = chain[0];
    const directOutline = pPr ? numberOf(pPr, 'w:outlineLvl') : undefined;
    let outline = directOutline ?? chain.find((s) => s.outlineLevel !== undefined)?.outlineLevel;
    if (outline === undefined && styleId) {
      const m = HEADING_NAME.exec(style?.name ?? '') ?? HEADING_NAME.exec(styleId);
      if (m) outline = Number(m[1]) - 1;
    }
    const numPr = pPr && child(pPr, 'w:numPr');
    let listLevel: number | undefined;
    if (numPr) {
      const numId = attrOf(numPr, 'w:numId');
      // numId 0 removes the numbering a style would give.
      if (numId !== '0') listLevel = numberOf(numPr, 'w:ilvl') ?? 0;
    } else listLevel = chain.find((s) => s.list !== undefined)?.list;

    const para: DocxParagraph = {
      text,
      style: displayName(style?.name ?? styleId ?? ''),
      headingLevel: outline !== undefined && outline >= 0 && outline < 9 ? outline + 1 : 0,
      inTable: ctx.inTable,
      tags,
    };
    if (ctx.cell) para.cell = { ...ctx.cell };
    // Numbered headings (outline numbering) are headings, not list items.
    if (listLevel !== undefined && para.headingLevel === 0) para.listLevel = listLevel;
    this.emit(para, refs, () => this.textBoxes(boxes, ctx));
  }
}

/** A table row deleted in tracked changes (w:trPr/w:del), whether or not its text is marked deleted too. */
/** The columns a cell spans (w:gridSpan), 1 when it says nothing. */
function gridSpan(tc: XmlNode): number {
  const pr = child(tc, 'w:tcPr');
  // w:tcPr is kept as raw text by the reader's parser (a formatting-only subtree).
  const raw = pr
    ? childrenOf(pr)
        .map((c) => String(c['#text'] ?? ''))
        .join('')
    : '';
  const m = /<w:gridSpan\b[^>]*\bw:val="(\d+)"/.exec(raw);
  const span = m ? Number(m[1]) : pr ? Number(attrOf(pr, 'w:gridSpan') ?? 1) : 1;
  return Number.isInteger(span) && span > 0 ? span : 1;
}

/** The children of a w:sdt's content, or of a w:customXml. */
function contentOf(n: XmlNode): XmlNode[] {
  if (tagOf(n) === 'w:sdt') {
    const content = child(n, 'w:sdtContent');
    return content ? childrenOf(content) : [];
  }
  return childrenOf(n);
}

function rowDeleted(tr: XmlNode): boolean {
  const trPr = child(tr, 'w:trPr');
  return !!trPr && !!child(trPr, 'w:del');
}

function inline(nodes: XmlNode[], st: InlineState): void {
  for (const n of nodes) {
    const tag = tagOf(n);
    if (tag === 'w:r') run(childrenOf(n), st);
    else if (INLINE_CONTAINERS.has(tag)) inline(childrenOf(n), st);
    else if (tag === 'mc:AlternateContent') inline(alternative(n), st);
    else if (tag === 'w:sdt') {
      const t = sdtTag(n);
      if (t && !st.tags.includes(t)) st.tags.push(t);
      const content = child(n, 'w:sdtContent');
      if (content && !showsPlaceholder(n)) inline(childrenOf(content), st);
    }
    // w:del and w:moveFrom are dropped (tracked deletions); comments, bookmarks, proofing marks carry no text.
  }
}

function run(nodes: XmlNode[], st: InlineState): void {
  for (const n of nodes) {
    switch (tagOf(n)) {
      case 'w:t':
        for (const c of childrenOf(n)) {
          const v = c['#text'];
          if (v !== undefined) st.text += String(v);
        }
        break;
      case 'w:tab':
      case 'w:ptab':
        st.text += '\t';
        break;
      case 'w:br':
      case 'w:cr':
        st.text += '\u000b'; // as Word's paragraph text shows a manual line break
        break;
      case 'w:softHyphen':
        st.text += '\u00ad';
        break;
      case 'w:noBreakHyphen':
        st.text += '\u2011';
        break;
      case 'w:sym': {
        const code = parseInt(attr(n, 'w:char') ?? '', 16);
        if (Number.isFinite(code) && code > 0) st.text += String.fromCharCode(code);
        break;
      }
      case 'w:footnoteReference':
      case 'w:endnoteReference': {
        const id = attr(n, 'w:id');
        if (id !== undefined) st.refs.push({ kind: tagOf(n) === 'w:footnoteReference' ? 'footnote' : 'endnote', id });
        break;
      }
      case 'w:drawing':
      case 'w:pict':
      case 'w:object':
        findTextBoxes(childrenOf(n), st.boxes);
        break;
      case 'mc:AlternateContent':
        run(alternative(n), st);
        break;
      // w:delText, w:instrText (field codes): not part of the paragraph's text.
    }
  }
}

/**
 * Markup compatibility: Word writes a text box (and other new content) as mc:Choice, with an older rendering of
 * the same content in mc:Fallback. One branch is read: the first that holds text, so nothing is read twice.
 */
function alternative(ac: XmlNode): XmlNode[] {
  let fallback: XmlNode[] = [];
  for (const branch of childrenOf(ac)) {
    const tag = tagOf(branch);
    if (tag === 'mc:Choice' && holdsText(childrenOf(branch))) return childrenOf(branch);
    if (tag === 'mc:Fallback') fallback = childrenOf(branch);
  }
  return fallback;
}

function holdsText(nodes: XmlNode[]): boolean {
  return !!find(nodes, 'w:txbxContent') || !!find(nodes, 'w:t');
}

/** The text boxes of a drawing, a VML picture or an embedded object, outermost only (inner ones are read with them). */
function findTextBoxes(nodes: XmlNode[], out: XmlNode[]): void {
  for (const n of nodes) {
    const tag = tagOf(n);
    if (tag === 'w:txbxContent') out.push(n);
    else if (tag === 'mc:AlternateContent') findTextBoxes(alternative(n), out);
    else if (tag !== '#text') findTextBoxes(childrenOf(n), out);
  }
}

function sdtTag(sdt: XmlNode): string | undefined {
  const pr = child(sdt, 'w:sdtPr');
  const tag = pr && child(pr, 'w:tag');
  const v = tag && attr(tag, 'w:val');
  return v ? v : undefined;
}

function showsPlaceholder(sdt: XmlNode): boolean {
  const pr = child(sdt, 'w:sdtPr');
  return !!pr && isOn(child(pr, 'w:showingPlcHdr'));
}

function attrOf(node: XmlNode, childTag: string): string | undefined {
  const c = child(node, childTag);
  return c && attr(c, 'w:val');
}

function numberOf(node: XmlNode, childTag: string): number | undefined {
  const v = attrOf(node, childTag);
  if (v === undefined) return undefined;
  const n = Number(v);
  return Number.isInteger(n) ? n : undefined;
}

function displayName(name: string): string {
  return name ? name[0].toUpperCase() + name.slice(1) : name;
}

function styleChain(styles: Map<string, StyleInfo>, id: string | undefined): StyleInfo[] {
  const chain: StyleInfo[] = [];
  const seen = new Set<string>();
  while (id && !seen.has(id)) {
    seen.add(id);
    const s = styles.get(id);
    if (!s) break;
    chain.push(s);
    id = s.basedOn;
  }
  return chain;
}

function readStyles(bytes: Uint8Array | undefined): Map<string, StyleInfo> & { defaultId?: string } {
  const map = new Map<string, StyleInfo>() as Map<string, StyleInfo> & { defaultId?: string };
  if (!bytes) return map;
  const root = parseXml(bytes, PARTS.styles);
  const stylesNode = root.find((n) => tagOf(n) === 'w:styles');
  if (!stylesNode) return map;
  for (const s of childrenOf(stylesNode)) {
    if (tagOf(s) !== 'w:style' || attr(s, 'w:type') !== 'paragraph') continue;
    const id = attr(s, 'w:styleId');
    if (!id) continue;
    const pPr = child(s, 'w:pPr');
    const numPr = pPr && child(pPr, 'w:numPr');
    const info: StyleInfo = {
      name: attrOf(s, 'w:name') ?? id,
      basedOn: attrOf(s, 'w:basedOn'),
      outlineLevel: pPr ? numberOf(pPr, 'w:outlineLvl') : undefined,
    };
    if (numPr && attrOf(numPr, 'w:numId') !== '0') info.list = numberOf(numPr, 'w:ilvl') ?? 0;
    map.set(id, info);
    const d = attr(s, 'w:default');
    if (d === '1' || d === 'true' || d === 'on') map.defaultId = id;
  }
  return map;
}

function readNotes(
  bytes: Uint8Array | undefined,
  part: string,
  tag: 'w:footnote' | 'w:endnote',
  styles: Map<string, StyleInfo> & { defaultId?: string },
): Map<string, DocxParagraph[]> {
  const notes = new Map<string, DocxParagraph[]>();
  if (!bytes) return notes;
  const root = parseXml(bytes, part);
  const container = root.find((n) => tagOf(n) === `${tag}s`);
  if (!container) return notes;
  for (const note of childrenOf(container)) {
    if (tagOf(note) !== tag) continue;
    const type = attr(note, 'w:type');
    if (type === 'separator' || type === 'continuationSeparator' || type === 'continuationNotice') continue;
    const id = attr(note, 'w:id');
    if (id === undefined) continue;
    const paragraphs: DocxParagraph[] = [];
    // Notes are not headings, whatever style they carry: they must not cut an engagement in two.
    const reader = new BlockReader(styles, (p, _refs, boxes) => {
      paragraphs.push({ ...p, headingLevel: 0, inTable: false });
      boxes();
    });
    reader.blocks(childrenOf(note), { inTable: false, tags: [] });
    reader.flush();
    // Word puts a space between the note's mark and its text: the text starts after it.
    if (paragraphs[0]) paragraphs[0].text = paragraphs[0].text.replace(/^[ \t]+/, '');
    notes.set(id, paragraphs);
  }
  return notes;
}
