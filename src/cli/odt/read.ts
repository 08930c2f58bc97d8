// An OpenDocument text (.odt, LibreOffice's own format, used across French administrations) as the paragraphs a
// word processor shows, as the .docx reader gives them: headings (text:h, or a paragraph whose style has an
// outline level), list items without their number, table cells with their table, row and column, notes after the
// paragraph that cites them, text boxes after the paragraph that anchors them. Tracked changes are read as if
// accepted; comments and generated indexes (a table of contents repeats the headings) are left out. The zip and
// XML layers are the .docx reader's: the same limits and the same refusal of DTDs.
import { attr, childrenOf, parseXml, tagOf, type XmlNode } from '../docx/xml';
import { DEFAULT_LIMITS, ReadError, readParts, type ZipLimits } from '../docx/zip';
import type { DraftParagraph } from '../read/paragraph';

export interface OdtParagraph extends DraftParagraph {
  style: string;
  headingLevel: number;
  inTable: boolean;
}

const PARTS = { content: 'content.xml', styles: 'styles.xml', mimetype: 'mimetype' };
const WANTED = new Set(Object.values(PARTS));
const MIME = 'application/vnd.oasis.opendocument.text';

interface StyleInfo {
  name: string;
  parent?: string;
  outline?: number;
}

export function readOdt(data: Uint8Array, limits: ZipLimits = DEFAULT_LIMITS): OdtParagraph[] {
  const parts = readParts(data, (name) => WANTED.has(name), limits);
  const content = parts.get(PARTS.content);
  const mime = parts.get(PARTS.mimetype);
  const mimeText = mime ? new TextDecoder('utf-8').decode(mime).trim() : undefined;
  // A spreadsheet or a presentation is an OpenDocument too, but not a draft.
  if (!content || (mimeText !== undefined && !mimeText.startsWith(MIME))) throw new ReadError('not-odt', mimeText);
  const styles = new Map<string, StyleInfo>();
  const stylesXml = parts.get(PARTS.styles);
  if (stylesXml) readStyles(parseXml(stylesXml, PARTS.styles), styles);
  const root = parseXml(content, PARTS.content);
  readStyles(root, styles);
  const documentNode = root.find((n) => tagOf(n) === 'office:document-content');
  const body = documentNode && childOf(documentNode, 'office:body');
  const text = body && childOf(body, 'office:text');
  if (!text) throw new ReadError('not-odt', 'office:text');
  const out: OdtParagraph[] = [];
  const reader = new BlockReader(styles, out);
  reader.blocks(childrenOf(text), { inTable: false });
  return out;
}

function childOf(node: XmlNode, tag: string): XmlNode | undefined {
  return childrenOf(node).find((c) => tagOf(c) === tag);
}

/** Paragraph styles, common and automatic, with their parent and outline level ("Heading 2" has 2). */
function readStyles(nodes: XmlNode[], into: Map<string, StyleInfo>): void {
  for (const n of nodes) {
    const tag = tagOf(n);
    if (tag === 'style:style') {
      if (attr(n, 'style:family') !== 'paragraph') continue;
      const name = attr(n, 'style:name');
      if (!name) continue;
      const level = Number(attr(n, 'style:default-outline-level'));
      into.set(name, {
        name: attr(n, 'style:display-name') ?? name.replace(/_20_/g, ' '),
        parent: attr(n, 'style:parent-style-name'),
        outline: Number.isInteger(level) && level > 0 ? level : undefined,
      });
    } else if (
      tag === 'office:document-content' ||
      tag === 'office:document-styles' ||
      tag === 'office:styles' ||
      tag === 'office:automatic-styles'
    )
      readStyles(childrenOf(n), into);
  }
}

interface Context {
  inTable: boolean;
  cell?: { table: number; row: number; column: number };
  /** Depth of the lists around (0 outside any), and whether the current item's first paragraph is to come. */
  listDepth?: number;
  item?: { first: boolean };
  /** Inside a note or a text box: not part of the outline, no headings. */
  aside?: boolean;
}

interface Inline {
  text: string;
  notes: XmlNode[];
  boxes: XmlNode[];
}

// Generated or hidden content is never entered: indexes (a table of contents repeats the headings), tracked
// deletions (gone once accepted), declarations and forms. Only these hold the author's blocks:
const BLOCK_CONTAINERS = new Set(['text:section', 'text:soft-page-break', 'text:index-body']);

class BlockReader {
  private tables = 0;

  constructor(
    private readonly styles: Map<string, StyleInfo>,
    private readonly out: OdtParagraph[],
  ) {}

  blocks(nodes: XmlNode[], ctx: Context): void {
    for (const n of nodes) {
      const tag = tagOf(n);
      if (tag === 'text:p' || tag === 'text:h') this.paragraph(n, ctx);
      else if (tag === 'text:list') this.list(n, ctx);
      else if (tag === 'table:table') this.table(n, ctx);
      else if (BLOCK_CONTAINERS.has(tag)) this.blocks(childrenOf(n), ctx);
      // Indexes, tracked changes, declarations and anything unknown carry no text of the author's.
    }
  }

  private list(list: XmlNode, ctx: Context): void {
    const depth = (ctx.listDepth ?? 0) + 1;
    for (const item of childrenOf(list)) {
      const tag = tagOf(item);
      // A list header is an item without a number: its paragraphs are not list items.
      if (tag === 'text:list-item') this.blocks(childrenOf(item), { ...ctx, listDepth: depth, item: { first: true } });
      else if (tag === 'text:list-header') this.blocks(childrenOf(item), { ...ctx, listDepth: depth, item: undefined });
    }
  }

  private table(tbl: XmlNode, ctx: Context): void {
    const table = this.tables++;
    let row = -1;
    const rows = (nodes: XmlNode[]): void => {
      for (const n of nodes) {
        const tag = tagOf(n);
        if (tag === 'table:table-row') {
          const repeat = Math.min(100, Number(attr(n, 'table:number-rows-repeated') ?? 1) || 1);
          for (let r = 0; r < repeat; r++) {
            row++;
            let column = 0;
            for (const c of childrenOf(n)) {
              const ctag = tagOf(c);
              if (ctag !== 'table:table-cell' && ctag !== 'table:covered-table-cell') continue;
              const times = Math.min(1000, Number(attr(c, 'table:number-columns-repeated') ?? 1) || 1);
              for (let k = 0; k < times; k++) {
                // A covered cell is hidden under a merged one: a column, and no text.
                if (ctag === 'table:table-cell')
                  this.blocks(childrenOf(c), { inTable: true, cell: { table, row, column }, aside: ctx.aside });
                column++;
              }
            }
          }
        } else if (
          tag === 'table:table-header-rows' ||
          tag === 'table:table-rows' ||
          tag === 'table:table-row-group' ||
          tag === 'text:soft-page-break'
        )
          rows(childrenOf(n));
      }
    };
    rows(childrenOf(tbl));
  }

  private paragraph(p: XmlNode, ctx: Context): void {
    const state: Inline = { text: '', notes: [], boxes: [] };
    inline(childrenOf(p), state);
    const styleName = attr(p, 'text:style-name');
    const chain = this.chain(styleName);
    let level = 0;
    if (!ctx.aside) {
      if (tagOf(p) === 'text:h') level = Number(attr(p, 'text:outline-level') ?? 1) || 1;
      else level = chain.find((s) => s.outline !== undefined)?.outline ?? 0;
    }
    // A style based on a heading style but shown as body text is rare; the nearest named style is the one shown.
    const shown = chain.find((s) => !/^P\d+$/.test(s.name)) ?? chain[0];
    const para: OdtParagraph = {
      text: state.text.replace(/^ +/, ''),
      style: shown?.name ?? '',
      headingLevel: level >= 1 && level <= 9 ? level : 0,
      inTable: ctx.inTable,
    };
    if (ctx.cell) para.cell = { ...ctx.cell };
    if (ctx.item && para.headingLevel === 0) {
      if (ctx.item.first) para.listLevel = (ctx.listDepth ?? 1) - 1;
    }
    if (ctx.item) ctx.item.first = false;
    this.out.push(para);
    // Notes and text boxes after the paragraph that holds them, as the .docx reader places them.
    for (const box of state.boxes) this.blocks(childrenOf(box), { inTable: ctx.inTable, cell: ctx.cell, aside: true });
    for (const note of state.notes) {
      const id = attr(note, 'text:id') ?? '';
      const kind = attr(note, 'text:note-class') === 'endnote' ? 'endnote' : 'footnote';
      const bodyNode = childrenOf(note).find((c) => tagOf(c) === 'text:note-body');
      if (!bodyNode) continue;
      const from = this.out.length;
      this.blocks(childrenOf(bodyNode), { inTable: false, aside: true });
      for (let k = from; k < this.out.length; k++) this.out[k].note = { kind, id };
    }
  }

  private chain(name: string | undefined): StyleInfo[] {
    const chain: StyleInfo[] = [];
    const seen = new Set<string>();
    while (name && !seen.has(name)) {
      seen.add(name);
      const s = this.styles.get(name);
      if (!s) break;
      chain.push(s);
      name = s.parent;
    }
    return chain;
  }
}

// Inline elements whose text is not the author's running text (comments, the note's own number, shapes' titles).
const SKIPPED_INLINE = new Set([
  'office:annotation',
  'office:annotation-end',
  'text:note-citation',
  'svg:title',
  'svg:desc',
  'text:tracked-changes',
  'text:change',
]);

function inline(nodes: XmlNode[], st: Inline): void {
  for (const n of nodes) {
    const tag = tagOf(n);
    if (tag === '#text') {
      // ODF collapses white space as XML text: runs of spaces, tabs and line ends read as one space.
      st.text += String(n['#text']).replace(/[ \t\r\n]+/g, ' ');
      continue;
    }
    switch (tag) {
      case 'text:s': {
        const c = Math.min(1000, Number(attr(n, 'text:c') ?? 1) || 1);
        st.text += ' '.repeat(c);
        break;
      }
      case 'text:tab':
        st.text += '\t';
        break;
      case 'text:line-break':
        st.text += '\u000b'; // as the .docx reader gives a manual line break
        break;
      case 'text:note':
        st.notes.push(n);
        break;
      case 'draw:text-box':
        st.boxes.push(n);
        break;
      default:
        if (!SKIPPED_INLINE.has(tag)) inline(childrenOf(n), st);
    }
  }
}
