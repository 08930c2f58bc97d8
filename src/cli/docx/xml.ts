// XML of a .docx part, with fast-xml-parser in document order. A DTD has no business in a .docx: any
// DOCTYPE or ENTITY declaration is refused before parsing, so no entity (external or expanding) is ever read.
import { XMLParser } from 'fast-xml-parser';
import { xmlDamage } from './wellformed';
import { ReadError } from './zip';

/** fast-xml-parser's ordered form: one key (the tag, or "#text") plus ":@" for attributes. */
export type XmlNode = Record<string, unknown>;

export const PARSER_OPTIONS = {
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false, // the spaces inside <w:t xml:space="preserve"> are text
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
  htmlEntities: true, // decodes numeric references such as &#xA0;
  ignoreDeclaration: true,
  ignorePiTags: true,
  commentPropName: false,
  // No callback of ours reads the tag path: without this the parser builds the path's string for every text
  // node and attribute (a third of the parse).
  jPath: false,
} as const;

/**
 * The reader's parser: the same options, except that formatting-only subtrees are kept as raw text instead of
 * being built into objects (run properties are a third or more of a Word document's elements). The whole part is
 * still checked for well-formedness first. Paragraph-mark properties (w:pPr/w:rPr) stay parsed: a tracked
 * deletion of the mark lives there.
 */
export const READ_OPTIONS = {
  ...PARSER_OPTIONS,
  stopNodes: [
    '*.w:r.w:rPr',
    '*.w:sectPr',
    '*.w:tblPr',
    '*.w:tblGrid',
    '*.w:tcPr',
    '*.w:style.w:rPr',
    '*.w:styles.w:docDefaults',
    '*.w:styles.w:latentStyles',
  ],
};

const parser = new XMLParser(READ_OPTIONS);
const decoder = new TextDecoder('utf-8');

export function parseXml(bytes: Uint8Array, part: string): XmlNode[] {
  const xml = decoder.decode(bytes);
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) throw new ReadError('doctype', part);
  // The parser is lenient (it drops unclosed or mismatched tags silently): well-formedness is checked first,
  // in one cheap pass, so a damaged part is reported instead of read half.
  const damage = xmlDamage(xml);
  if (damage) throw new ReadError('bad-xml', `${part}:${damage.line}: ${damage.reason}`, { part, line: damage.line });
  try {
    return parser.parse(xml) as XmlNode[];
  } catch (e) {
    throw new ReadError('bad-xml', `${part}: ${(e as Error).message}`);
  }
}

export function tagOf(node: XmlNode): string {
  for (const k in node) if (k !== ':@') return k;
  return '';
}

export function childrenOf(node: XmlNode): XmlNode[] {
  const v = node[tagOf(node)];
  return Array.isArray(v) ? (v as XmlNode[]) : [];
}

export function attr(node: XmlNode, name: string): string | undefined {
  const a = node[':@'] as Record<string, string> | undefined;
  return a?.[name];
}

export function child(node: XmlNode, tag: string): XmlNode | undefined {
  return childrenOf(node).find((c) => tagOf(c) === tag);
}

/** First descendant element with this tag, depth-first. */
export function find(nodes: XmlNode[], tag: string): XmlNode | undefined {
  for (const n of nodes) {
    if (tagOf(n) === tag) return n;
    const hit = find(childrenOf(n), tag);
    if (hit) return hit;
  }
  return undefined;
}

/** OOXML on/off: <w:b/>, <w:b w:val="true"/>, "1", "on" are on; "0", "false", "off" are off. */
export function isOn(node: XmlNode | undefined): boolean {
  if (!node) return false;
  const v = attr(node, 'w:val');
  return v === undefined || !/^(0|false|off)$/i.test(v);
}
