// The .odt reader, on hand-made OpenDocument archives: headings (by element and by style), lists, tables with
// merged and repeated cells, notes, text boxes, spaces, tracked changes, comments, indexes; and its errors.
import { strToU8, zipSync } from 'fflate';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readDraft } from '../../../src/cli/input';
import { readOdt } from '../../../src/cli/odt/read';
import { ReadError } from '../../../src/cli/docx/zip';
import { readDocx } from '../../../src/cli/docx/read';
import { docxFromXml, p, tempDir } from './helpers';

const NS =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"';

function odt(body: string, styles = '', mimetype = 'application/vnd.oasis.opendocument.text'): Uint8Array {
  return zipSync({
    mimetype: strToU8(mimetype),
    'content.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${NS}><office:automatic-styles><style:style style:name="P1" style:family="paragraph" style:parent-style-name="Heading_20_1"/></office:automatic-styles><office:body><office:text>${body}</office:text></office:body></office:document-content>`,
    ),
    'styles.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><office:document-styles ${NS}><office:styles><style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:default-outline-level="1"/>${styles}</office:styles></office:document-styles>`,
    ),
  });
}

const BODY = [
  '<text:sequence-decls><text:sequence-decl text:name="Table"/></text:sequence-decls>',
  '<text:table-of-content><text:index-body><text:p>Engagement 1 : Publier 3</text:p></text:index-body></text:table-of-content>',
  '<text:p text:style-name="P1">Plan d’action</text:p>',
  '<text:h text:outline-level="2">Engagement 1 : Publier</text:h>',
  '<text:p>Coût :<text:s text:c="2"/>50 k€<text:tab/>HT<text:note text:id="ftn1" text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>Sur le budget 2025.</text:p></text:note-body></text:note></text:p>',
  '<text:list><text:list-item><text:p>Jalon 1 : ouverture <office:annotation><text:p>à revoir</text:p></office:annotation>(mars 2018)</text:p><text:p>suite du point</text:p>',
  '<text:list><text:list-item><text:p>sous-point</text:p></text:list-item></text:list></text:list-item></text:list>',
  '<text:tracked-changes><text:changed-region text:id="c1"><text:deletion><text:p>texte supprimé</text:p></text:deletion></text:changed-region></text:tracked-changes>',
  '<text:p>Texte <text:change text:change-id="c1"/>accepté.</text:p>',
  '<table:table><table:table-header-rows><table:table-row><table:table-cell><text:p>Indicateur</text:p></table:table-cell><table:table-cell table:number-columns-spanned="2"><text:p>Échéance</text:p></table:table-cell><table:covered-table-cell/></table:table-row></table:table-header-rows>',
  '<table:table-row><table:table-cell table:number-columns-repeated="2"/><table:table-cell><text:p>juin 2024</text:p></table:table-cell></table:table-row></table:table>',
  '<text:p>Avec une zone<draw:frame><draw:text-box><text:p>Texte de la zone</text:p></draw:text-box></draw:frame>.</text:p>',
].join('');

describe('readOdt', () => {
  it('reads the paragraphs a word processor shows, with their structure', () => {
    const ps = readOdt(odt(BODY));
    expect(ps.map((x) => x.text)).toEqual([
      'Plan d’action',
      'Engagement 1 : Publier',
      'Coût :  50 k€\tHT',
      'Sur le budget 2025.',
      'Jalon 1 : ouverture (mars 2018)',
      'suite du point',
      'sous-point',
      'Texte accepté.',
      'Indicateur',
      'Échéance',
      'juin 2024',
      'Avec une zone.',
      'Texte de la zone',
    ]);
    expect(ps.map((x) => x.headingLevel)).toEqual([1, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(ps[0].style).toBe('Heading 1');
    expect(ps[3].note).toEqual({ kind: 'footnote', id: 'ftn1' });
    expect(ps.slice(4, 7).map((x) => x.listLevel)).toEqual([0, undefined, 1]);
    expect(ps.slice(8, 11).map((x) => x.cell)).toEqual([
      { table: 0, row: 0, column: 0 },
      { table: 0, row: 0, column: 1 },
      { table: 0, row: 1, column: 2 },
    ]);
    expect(ps[8].inTable).toBe(true);
  });

  it('refuses what is not a text document, naming the format', () => {
    const code = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return (e as ReadError).code;
      }
      return 'none';
    };
    expect(code(() => readOdt(odt('', '', 'application/vnd.oasis.opendocument.spreadsheet')))).toBe('not-odt');
    const dir = tempDir();
    writeFileSync(join(dir, 'faux.odt'), 'du texte');
    expect(code(() => readDraft(join(dir, 'faux.odt')))).toBe('odt-not-zip');
    writeFileSync(join(dir, 'vide.odt'), odt('<text:p> </text:p>'));
    expect(code(() => readDraft(join(dir, 'vide.odt')))).toBe('no-text');
    writeFileSync(join(dir, 'plan.odt'), odt(BODY));
    expect(readDraft(join(dir, 'plan.odt')).source.text).toContain('Engagement 1 : Publier');
  });
});

describe('readDocx cells', () => {
  it('numbers tables, rows and columns, merged cells spanning their columns', () => {
    const cell = (text: string, span = 1) =>
      `<w:tc><w:tcPr>${span > 1 ? `<w:gridSpan w:val="${span}"/>` : ''}</w:tcPr>${p(text)}</w:tc>`;
    const table = (rows: string[][]) =>
      `<w:tbl><w:tblPr/>${rows.map((r) => `<w:tr>${r.join('')}</w:tr>`).join('')}</w:tbl>`;
    const ps = readDocx(
      docxFromXml({
        body:
          p('Avant') +
          table([
            [cell('Jalon', 2), cell('Date')],
            [cell('a'), cell('b'), cell('mars 2025')],
          ]) +
          table([[cell('Seul')]]),
      }),
    );
    expect(ps.map((x) => [x.text, x.cell])).toEqual([
      ['Avant', undefined],
      ['Jalon', { table: 0, row: 0, column: 0 }],
      ['Date', { table: 0, row: 0, column: 2 }],
      ['a', { table: 0, row: 1, column: 0 }],
      ['b', { table: 0, row: 1, column: 1 }],
      ['mars 2025', { table: 0, row: 1, column: 2 }],
      ['Seul', { table: 1, row: 0, column: 0 }],
    ]);
  });
});
