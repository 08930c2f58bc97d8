// XML well-formedness in one pass, for the parts of a .docx. fast-xml-parser's own validator reads the text
// character by character and costs about 40% of a parse; this check walks from '<' to '<' with indexOf and
// one sticky regular expression per markup item, so damaged XML is still reported, with its line, for a
// fraction of that. What it checks: every tag is well formed (name, quoted attributes without '<', no
// repeated attribute), end tags close the open element, exactly one root element with only white space
// around it, every '&' starts a character reference or one of the five predefined entities, comments, CDATA sections and processing instructions are closed.
// Not checked (the parser neither needs nor is misled by them): the full Unicode name classes and the
// characters XML forbids (C0 controls).

export interface XmlDamage {
  line: number;
  reason: string;
}

const NAME_START = 'A-Za-z_:\\u00C0-\\uFFFD';
const NAME = `[${NAME_START}][${NAME_START}\\w.\\-\\u00B7]*`;
// One markup item starting at '<'. Groups: 1 start-tag name, 2 attributes, 3 "/" of an empty-element tag,
// 4 end-tag name. Comments, CDATA sections and processing instructions match without groups.
const MARKUP = new RegExp(
  `<(?:(${NAME})((?:\\s+${NAME}\\s*=\\s*(?:"[^"<]*"|'[^'<]*'))*)\\s*(/?)>|/(${NAME})\\s*>|!--[\\s\\S]*?-->|!\\[CDATA\\[[\\s\\S]*?\\]\\]>|\\?${NAME}(?:\\s[\\s\\S]*?)?\\?>)`,
  'y',
);
// Without a DTD (refused before this check) only the five predefined entities exist.
const REFERENCE = /&(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9A-Fa-f]+);/y;
const DECLARATION =
  /<\?xml\s+version\s*=\s*(?:"1\.[0-9]"|'1\.[0-9]')(?:\s+encoding\s*=\s*(?:"[A-Za-z][\w.-]*"|'[A-Za-z][\w.-]*'))?(?:\s+standalone\s*=\s*(?:"(?:yes|no)"|'(?:yes|no)'))?\s*\?>/y;
const NON_SPACE = /[^ \t\r\n]/g;

/** undefined when `xml` is well formed; otherwise where and why it is not. */
export function xmlDamage(xml: string): XmlDamage | undefined {
  const open: string[] = [];
  let rootClosed = false;
  let sawRoot = false;
  let pos = 0;
  let amp = xml.indexOf('&');
  const fail = (at: number, reason: string): XmlDamage => ({ line: lineAt(xml, at), reason });
  // '&' between `pos` and `end` (text or attribute values) must start a reference.
  const references = (end: number): XmlDamage | undefined => {
    while (amp !== -1 && amp < end) {
      REFERENCE.lastIndex = amp;
      if (!REFERENCE.test(xml)) return fail(amp, "'&' is not a reference");
      amp = xml.indexOf('&', REFERENCE.lastIndex);
    }
    return undefined;
  };
  for (;;) {
    const lt = xml.indexOf('<', pos);
    const textEnd = lt === -1 ? xml.length : lt;
    if (open.length === 0 && textEnd > pos) {
      // Outside the root element only white space is allowed.
      NON_SPACE.lastIndex = pos;
      const m = NON_SPACE.exec(xml);
      if (m && m.index < textEnd) return fail(m.index, 'text outside the root element');
    } else if (amp !== -1 && amp < textEnd) {
      const bad = references(textEnd);
      if (bad) return bad;
    }
    if (lt === -1) break;
    MARKUP.lastIndex = lt;
    const m = MARKUP.exec(xml);
    if (!m) return fail(lt, 'malformed or unclosed markup');
    const end = MARKUP.lastIndex;
    const [, startName, attrs, empty, endName] = m;
    if (startName !== undefined) {
      if (open.length === 0) {
        if (rootClosed) return fail(lt, 'a second root element');
        sawRoot = true;
      }
      if (attrs) {
        if (amp !== -1 && amp < end) {
          const bad = references(end);
          if (bad) return bad;
        }
        if (attrs.indexOf('=') !== attrs.lastIndexOf('=') && repeatsName(attrs))
          return fail(lt, `attribute repeated in <${startName}>`);
      }
      if (empty) {
        if (open.length === 0) rootClosed = true;
      } else open.push(startName);
    } else if (endName !== undefined) {
      const top = open.pop();
      if (top !== endName)
        return fail(lt, top === undefined ? `</${endName}> closes nothing` : `</${endName}> closes <${top}>`);
      if (open.length === 0) rootClosed = true;
    } else {
      if (xml.startsWith('<?xml', lt) && /[\s?]/.test(xml[lt + 5])) {
        DECLARATION.lastIndex = lt;
        if (lt !== 0 || !DECLARATION.test(xml)) return fail(lt, 'malformed XML declaration');
      }
      if (amp !== -1 && amp < end) amp = xml.indexOf('&', end); // comments, CDATA and PIs hold any '&'
    }
    pos = end;
  }
  if (open.length > 0) return fail(xml.length, `<${open[open.length - 1]}> is not closed`);
  if (!sawRoot) return fail(0, 'no root element');
  return undefined;
}

/** Whether an attribute name comes twice; `attrs` already matched the grammar (names, '=', quoted values). */
function repeatsName(attrs: string): boolean {
  const names: string[] = [];
  const n = attrs.length;
  let i = 0;
  for (;;) {
    // Never read past the end (V8 deoptimises the whole check on that).
    while (i < n && isXmlSpace(attrs.charCodeAt(i))) i++;
    if (i >= n) return false;
    let c = attrs.charCodeAt(i);
    const start = i;
    while (c !== 61 && c !== 32 && c !== 9 && c !== 10 && c !== 13) c = attrs.charCodeAt(++i);
    const name = attrs.slice(start, i);
    if (names.includes(name)) return true;
    names.push(name);
    i = attrs.indexOf('=', i) + 1;
    while ((c = attrs.charCodeAt(i)) !== 34 && c !== 39) i++;
    i = attrs.indexOf(c === 34 ? '"' : "'", i + 1) + 1;
  }
}

const isXmlSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
