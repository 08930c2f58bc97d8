import { fromParagraphs } from '../../../src/core/source';
import { readDocx } from '../../../src/cli/docx/read';
import { strToU8, zipSync } from 'fflate';
import { docxFromXml, p, W } from './helpers';

const STYLES = `
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Titre1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Titre2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="MonTitre"><w:name w:val="Mon titre maison"/><w:basedOn w:val="Titre1"/></w:style>
<w:style w:type="paragraph" w:styleId="Listepuces"><w:name w:val="List Bullet"/><w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr></w:style>`;

describe('readDocx', () => {
  it('resolves headings from localized style ids, style names, inherited and direct outline levels', () => {
    const body =
      p('Plan', '<w:pStyle w:val="Titre1"/>') +
      p('Engagement 1', '<w:pStyle w:val="Titre2"/>') +
      p('Axe maison', '<w:pStyle w:val="MonTitre"/>') +
      p('Niveau direct', '<w:outlineLvl w:val="2"/>') +
      p('Corps', '<w:outlineLvl w:val="9"/>') +
      p('Texte');
    const ps = readDocx(docxFromXml({ body, styles: STYLES }));
    expect(ps.map((x) => [x.text, x.headingLevel])).toEqual([
      ['Plan', 1],
      ['Engagement 1', 2],
      ['Axe maison', 1],
      ['Niveau direct', 3],
      ['Corps', 0],
      ['Texte', 0],
    ]);
    expect(ps[0].style).toBe('Heading 1');
    expect(ps[5].style).toBe('Normal');
  });

  it('falls back to the style id when there is no styles part (Heading2 / Titre3)', () => {
    const ps = readDocx(
      docxFromXml({ body: p('A', '<w:pStyle w:val="Heading2"/>') + p('B', '<w:pStyle w:val="Titre3"/>') }),
    );
    expect(ps.map((x) => x.headingLevel)).toEqual([2, 3]);
  });

  it('reads tracked changes as accepted: insertions kept, deletions and moved-from text dropped', () => {
    const body =
      '<w:p><w:r><w:t xml:space="preserve">Nous allons </w:t></w:r>' +
      '<w:del w:id="1" w:author="A"><w:r><w:delText>renforcer</w:delText></w:r></w:del>' +
      '<w:ins w:id="2" w:author="A"><w:r><w:t>publier</w:t></w:r></w:ins>' +
      '<w:r><w:t xml:space="preserve"> les données</w:t></w:r>' +
      '<w:moveFrom w:id="3" w:author="A"><w:r><w:t> en 2018</w:t></w:r></w:moveFrom>' +
      '<w:r><w:t>.</w:t></w:r></w:p>' +
      '<w:p><w:moveTo w:id="4" w:author="A"><w:r><w:t>En 2018.</w:t></w:r></w:moveTo></w:p>';
    const ps = readDocx(docxFromXml({ body }));
    expect(ps.map((x) => x.text)).toEqual(['Nous allons publier les données.', 'En 2018.']);
  });

  it('joins a paragraph whose mark was deleted with the next one, as accepting would', () => {
    const body =
      '<w:p><w:pPr><w:rPr><w:del w:id="1" w:author="A"/></w:rPr></w:pPr><w:r><w:t xml:space="preserve">Coût : </w:t></w:r></w:p>' +
      p('150 000 €') +
      '<w:p><w:pPr><w:rPr><w:del w:id="2" w:author="A"/></w:rPr></w:pPr><w:del w:id="3" w:author="A"><w:r><w:delText>Paragraphe supprimé</w:delText></w:r></w:del></w:p>' +
      p('Suite');
    expect(readDocx(docxFromXml({ body })).map((x) => x.text)).toEqual(['Coût : 150 000 €', 'Suite']);
  });

  it('drops a table row deleted in tracked changes, and keeps an inserted one', () => {
    const cell = (t: string) => `<w:tc><w:tcPr/>${p(t)}</w:tc>`;
    const row = (trPr: string, ...cells: string[]) => `<w:tr>${trPr}${cells.map(cell).join('')}</w:tr>`;
    const body =
      '<w:tbl><w:tblPr/><w:tblGrid/>' +
      row('', 'Jalon', 'Échéance') +
      // LibreOffice marks only the row; Word marks the row and its text.
      row(
        '<w:trPr><w:del w:id="1" w:author="A" w:date="2017-03-01T00:00:00Z"/></w:trPr>',
        'Décret renforcé',
        'mars 2018',
      ) +
      row('<w:trPr><w:ins w:id="2" w:author="A"/></w:trPr>', 'Arrêté publié', 'juin 2018') +
      row('<w:trPr><w:cantSplit/></w:trPr>', 'Registre ouvert', 'décembre 2018') +
      '</w:tbl>' +
      p('Après le tableau');
    expect(readDocx(docxFromXml({ body })).map((x) => x.text)).toEqual([
      'Jalon',
      'Échéance',
      'Arrêté publié',
      'juin 2018',
      'Registre ouvert',
      'décembre 2018',
      'Après le tableau',
    ]);
  });

  it('marks table cells, keeps list levels, and ignores comments', () => {
    const cell = (t: string) => `<w:tc><w:tcPr/>${p(t)}</w:tc>`;
    const body =
      `<w:tbl><w:tblPr/><w:tblGrid/><w:tr>${cell('Jalon')}${cell('Échéance')}</w:tr><w:tr>${cell('Arrêté publié')}${cell('mars 2018')}</w:tr></w:tbl>` +
      p('Premier point', '<w:numPr><w:ilvl w:val="1"/><w:numId w:val="5"/></w:numPr>') +
      p('Point par style', '<w:pStyle w:val="Listepuces"/>') +
      '<w:p><w:commentRangeStart w:id="0"/><w:r><w:t>Texte commenté</w:t></w:r><w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r></w:p>';
    const ps = readDocx(docxFromXml({ body, styles: STYLES }));
    expect(ps.slice(0, 4).map((x) => [x.text, x.inTable])).toEqual([
      ['Jalon', true],
      ['Échéance', true],
      ['Arrêté publié', true],
      ['mars 2018', true],
    ]);
    expect(ps[4]).toMatchObject({ text: 'Premier point', inTable: false, listLevel: 1 });
    expect(ps[5]).toMatchObject({ text: 'Point par style', listLevel: 0 });
    expect(ps[6].text).toBe('Texte commenté');
  });

  it('gives paragraphs the tags of the content controls around them, and drops prompts still showing', () => {
    const body =
      '<w:sdt><w:sdtPr><w:alias w:val="Coût"/><w:tag w:val="jalon:cost"/></w:sdtPr><w:sdtContent>' +
      p('150 000 €') +
      '<w:sdt><w:sdtPr><w:tag w:val="jalon:inner"/></w:sdtPr><w:sdtContent>' +
      p('imbriqué') +
      '</w:sdtContent></w:sdt>' +
      '</w:sdtContent></w:sdt>' +
      '<w:sdt><w:sdtPr><w:tag w:val="jalon:target"/><w:showingPlcHdr/></w:sdtPr><w:sdtContent>' +
      p('Quelle situation cible ?') +
      '</w:sdtContent></w:sdt>' +
      '<w:p><w:r><w:t xml:space="preserve">Porteur : </w:t></w:r><w:sdt><w:sdtPr><w:tag w:val="jalon:lead"/></w:sdtPr><w:sdtContent><w:r><w:t>DINSIC</w:t></w:r></w:sdtContent></w:sdt></w:p>';
    const ps = readDocx(docxFromXml({ body }));
    expect(ps.map((x) => [x.text, x.tags])).toEqual([
      ['150 000 €', ['jalon:cost']],
      ['imbriqué', ['jalon:cost', 'jalon:inner']],
      ['', ['jalon:target']],
      ['Porteur : DINSIC', ['jalon:lead']],
    ]);
  });

  it("leaves out Jalon's own words (a review summary the pane inserted, tagged jalon-note), as the Word layer does", () => {
    const body =
      p('Engagement 1 : Ouvrir les données') +
      '<w:sdt><w:sdtPr><w:tag w:val="jalon-note"/></w:sdtPr><w:sdtContent>' +
      p('Synthèse de la relecture : 3 remarques à renforcer.') +
      '</w:sdtContent></w:sdt>' +
      p('Le ministère publiera le registre.');
    expect(readDocx(docxFromXml({ body })).map((x) => x.text)).toEqual([
      'Engagement 1 : Ouvrir les données',
      'Le ministère publiera le registre.',
    ]);
  });

  it('puts footnotes and endnotes right after the paragraph citing them, marked as notes', () => {
    const body =
      '<w:p><w:r><w:t>Format OCDS</w:t></w:r><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="2"/></w:r></w:p>' +
      '<w:p><w:r><w:t>Suite</w:t></w:r><w:r><w:endnoteReference w:id="1"/></w:r></w:p>';
    const footnotes =
      '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>' +
      '<w:footnote w:id="2"><w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> Open Contracting Data Standard.</w:t></w:r></w:p></w:footnote>';
    const endnotes = '<w:endnote w:id="1"><w:p><w:r><w:t>Note de fin.</w:t></w:r></w:p></w:endnote>';
    const ps = readDocx(docxFromXml({ body, footnotes, endnotes }));
    // The space Word puts after the note's mark is layout, not text (an .odt or a Markdown note has none).
    expect(ps.map((x) => x.text)).toEqual(['Format OCDS', 'Open Contracting Data Standard.', 'Suite', 'Note de fin.']);
    expect(ps[1].note).toEqual({ kind: 'footnote', id: '2' });
    expect(ps[1].headingLevel).toBe(0); // a note never cuts an engagement
    expect(ps[3].note).toEqual({ kind: 'endnote', id: '1' });
  });

  it('keeps NBSP, soft and non-breaking hyphens, tabs, breaks, symbols and entities; leaves field codes out', () => {
    const body =
      '<w:p><w:r><w:t xml:space="preserve">150\u00a0000 € ren</w:t><w:softHyphen/><w:t>forcer</w:t><w:tab/><w:t>e</w:t><w:noBreakHyphen/><w:t>mail</w:t><w:br/><w:t>ligne &amp; &#xE9;t&#233; </w:t><w:sym w:font="Symbol" w:char="2022"/></w:r>' +
      '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>';
    const [para] = readDocx(docxFromXml({ body }));
    expect(para.text).toBe('150\u00a0000 € ren\u00adforcer\te\u2011mail\u000bligne & été \u20223');
  });

  it('gives offsets into the paragraphs joined by "\\n" through the core', () => {
    const ps = readDocx(docxFromXml({ body: p('Titre', '<w:pStyle w:val="Heading1"/>') + p('Deuxième') }));
    const src = fromParagraphs(ps);
    expect(src.text).toBe('Titre\nDeuxième');
    expect(src.paragraphs[1].start).toBe(6);
  });

  it('reads parts stored without compression', () => {
    const xml = `<w:document ${W}><w:body>${p('Stocké sans compression')}</w:body></w:document>`;
    const zip = zipSync({ 'word/document.xml': [strToU8(xml), { level: 0 }] });
    expect(readDocx(zip).map((x) => x.text)).toEqual(['Stocké sans compression']);
  });
});
