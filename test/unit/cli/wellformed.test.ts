// The one-pass well-formedness check that replaced fast-xml-parser's validator on the read path.
import fc from 'fast-check';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { xmlDamage } from '../../../src/cli/docx/wellformed';
import { strToU8 } from 'fflate';
import { parseXml, PARSER_OPTIONS } from '../../../src/cli/docx/xml';
import { readDocx } from '../../../src/cli/docx/read';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { docxFromXml, p, runCli, tempDir } from './helpers';

const WORD_LIKE =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:document xmlns:w="urn:w" xmlns:mc="urn:mc" mc:Ignorable="w14"><w:body>\n' +
  Array.from(
    { length: 12 },
    (_, i) =>
      `<w:p w:rsidR="00${i}A"><w:pPr><w:pStyle w:val="Titre${i % 3}"/></w:pPr><!-- révision & co --><w:r><w:t xml:space="preserve">Coût &amp; délai n°${i} &#233;&#xE9; &lt;a&gt; 'x' "y" > </w:t></w:r><w:r><w:instrText><![CDATA[ <&> ]]></w:instrText></w:r></w:p>\n`,
  ).join('') +
  '<w:sectPr/></w:body></w:document>\n';

describe('xmlDamage', () => {
  it('accepts well-formed XML as Word writes it (declaration, namespaces, comments, CDATA, references)', () => {
    expect(XMLValidator.validate(WORD_LIKE)).toBe(true);
    expect(xmlDamage(WORD_LIKE)).toBeUndefined();
    expect(xmlDamage('<a x=\'1\' y = "2"><?mso-application progid="Word.Document"?><b/></a>')).toBeUndefined();
    expect(xmlDamage('<a x="1" y="x=2" \r\n\t><b p="1" q="2"  /></a>')).toBeUndefined(); // spaces before the end of the tag
  });

  it.each([
    ['<a><b><c>x</c>', 1, '<b> is not closed'],
    ['<a>\n<b>x</c></a>', 2, '</c> closes <b>'],
    ['<a>x</a></b>', 1, '</b> closes nothing'],
    ['<a x=1>y</a>', 1, 'malformed'],
    ['<a x="1" x="2">y</a>', 1, 'attribute repeated'],
    ['<a x="1"\n  y="2" x=\'3\' \t>y</a>', 1, 'attribute repeated'],
    ['<a>x < y</a>', 1, 'malformed'],
    ['<a><1b>x</1b></a>', 1, 'malformed'],
    ['<a/><b/>', 1, 'second root'],
    ['<a>\n\n<b x="1', 3, 'malformed'],
    ['<a/>junk', 1, 'outside the root'],
    ['<a>x & y</a>', 1, "'&'"],
    ['<a>&nbsp;</a>', 1, "'&'"], // no DTD, so no entity but the five predefined ones
    ['<a x="&"/>', 1, "'&'"],
    ['<a x="<"/>', 1, 'malformed'],
    ['<a><!-- x </a>', 1, 'malformed'],
    ['<a><![CDATA[ x </a>', 1, 'malformed'],
    ['', 1, 'no root'],
    ['< a>x</a>', 1, 'malformed'],
    ['<a>x</a x="1">', 1, 'malformed'],
    ['<?xml <version="1.0"?><a/>', 1, 'declaration'],
    ['<a/>\n<?xml version="1.0"?>', 2, 'declaration'],
  ])('reports %j at line %i', (xml, line, reason) => {
    const d = xmlDamage(xml);
    expect(d?.line).toBe(line);
    expect(d?.reason).toContain(reason);
  });

  // The lenient parser silently drops what does not close: on what the check accepts, the parser must return
  // one element per start tag in the text.
  const parser = new XMLParser(PARSER_OPTIONS);
  const elements = (nodes: Record<string, unknown>[]): number =>
    nodes.reduce((n, node) => {
      const tag = Object.keys(node).find((k) => k !== ':@')!;
      return tag === '#text' ? n : n + 1 + elements(node[tag] as Record<string, unknown>[]);
    }, 0);
  const startTags = (xml: string) =>
    (xml.replace(/<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>/g, '').match(/<[^/!?]/g) ?? []).length;

  it('on damaged copies of a Word-like part: rejects all the validator rejects, and the parser reads in full what it accepts', () => {
    expect(elements(parser.parse(WORD_LIKE))).toBe(startTags(WORD_LIKE));
    const edits = fc.array(
      fc.record({
        at: fc.nat(),
        op: fc.constantFrom('delete', 'insert', 'cut'),
        len: fc.integer({ min: 1, max: 6 }),
        ch: fc.constantFrom('<', '>', '/', '"', "'", '&', '=', ' ', 'a', ';', '!', '?', '-', '#'),
      }),
      { minLength: 1, maxLength: 3 },
    );
    let accepted = 0;
    fc.assert(
      fc.property(edits, (es) => {
        let x = WORD_LIKE;
        for (const e of es) {
          const at = e.at % (x.length + 1);
          if (e.op === 'delete') x = x.slice(0, at) + x.slice(at + e.len);
          else if (e.op === 'insert') x = x.slice(0, at) + e.ch + x.slice(at);
          else x = x.slice(0, at);
        }
        const damage = xmlDamage(x);
        if (XMLValidator.validate(x) !== true) expect(damage).toBeDefined();
        if (!damage) {
          accepted += 1;
          // The parser may still refuse (a processing instruction it cannot split): the read path then reports
          // damaged XML too. Otherwise it never returns less than the text holds.
          let nodes: Record<string, unknown>[] | undefined;
          try {
            nodes = parser.parse(x) as Record<string, unknown>[];
          } catch {
            expect(() => parseXml(strToU8(x), 'word/document.xml')).toThrow(
              expect.objectContaining({ code: 'bad-xml' }),
            );
          }
          if (nodes) expect(elements(nodes)).toBe(startTags(x));
        }
      }),
      { numRuns: 3000 },
    );
    expect(accepted).toBeGreaterThan(100); // the second half was exercised
  });

  it('names the part and the line in the read error', () => {
    const body = p('Un') + '\n<w:p><w:r><w:t>Deux</w:t></w:p>';
    expect(() => readDocx(docxFromXml({ body }))).toThrow(
      expect.objectContaining({ code: 'bad-xml', where: { part: 'word/document.xml', line: 3 } }),
    );
    const file = join(tempDir(), 'abime.docx');
    writeFileSync(file, docxFromXml({ body }));
    return runCli(['check', file]).then((r) => {
      expect(r.code).toBe(2);
      expect(r.stderr.trim()).toBe(`jalon : ${file} : le XML du document est illisible (word/document.xml, ligne 3)`);
    });
  });
});
