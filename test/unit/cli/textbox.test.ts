// Text boxes as Word writes them: a w:drawing (DrawingML, wps) in mc:Choice and the same box again as VML
// (w:pict, v:textbox) in mc:Fallback, inside a run of the paragraph that anchors it. LibreOffice and pandoc do
// not write this easily, so the package is put together here with fflate, the way Word lays it out.
import { strToU8, zipSync } from 'fflate';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readDocx } from '../../../src/cli/docx/read';
import { plainSpaces, runCli, tempDir } from './helpers';

const NS = [
  'xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas"',
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"',
  'xmlns:o="urn:schemas-microsoft-com:office:office"',
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"',
  'xmlns:v="urn:schemas-microsoft-com:vml"',
  'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing"',
  'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"',
  'xmlns:w10="urn:schemas-microsoft-com:office:word"',
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"',
  'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"',
  'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup"',
  'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"',
  'mc:Ignorable="w14 wp14"',
].join(' ');

const run = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
const para = (text: string, style?: string) =>
  `<w:p w14:paraId="1A2B3C4D" w14:textId="77777777" w:rsidR="00A1">${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}${run(text)}</w:p>`;

/** One text box holding `paragraphs`, both renderings, exactly as Word 2016 nests them. */
function textBox(id: number, paragraphs: string): string {
  const content = `<w:txbxContent>${paragraphs}</w:txbxContent>`;
  return (
    `<w:r><w:rPr><w:noProof/></w:rPr><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>` +
    `<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">` +
    `<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>3600450</wp:posOffset></wp:positionH>` +
    `<wp:positionV relativeFrom="paragraph"><wp:posOffset>45720</wp:posOffset></wp:positionV><wp:extent cx="2360930" cy="1404620"/>` +
    `<wp:effectExtent l="0" t="0" r="22860" b="11430"/><wp:wrapSquare wrapText="bothSides"/><wp:docPr id="${id}" name="Zone de texte ${id}"/>` +
    `<wp:cNvGraphicFramePr/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">` +
    `<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"><a:spLocks noChangeArrowheads="1"/></wps:cNvSpPr>` +
    `<wps:spPr bwMode="auto"><a:xfrm><a:off x="0" y="0"/><a:ext cx="2360930" cy="1404620"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr>` +
    `<wps:txbx>${content}</wps:txbx><wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t" anchorCtr="0"><a:spAutoFit/></wps:bodyPr>` +
    `</wps:wsp></a:graphicData></a:graphic><wp14:sizeRelH relativeFrom="margin"><wp14:pctWidth>40000</wp14:pctWidth></wp14:sizeRelH></wp:anchor></w:drawing></mc:Choice>` +
    `<mc:Fallback><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>` +
    `<v:shape id="Zone de texte ${id}" o:spid="_x0000_s102${id}" type="#_x0000_t202" style="position:absolute;margin-left:283.5pt;margin-top:3.6pt;width:185.9pt;height:110.6pt;z-index:251659264;mso-wrap-style:square">` +
    `<v:textbox style="mso-fit-shape-to-text:t">${content}</v:textbox><w10:wrap type="square"/></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>`
  );
}

function wordDocx(body: string): Uint8Array {
  const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:document ${NS}><w:body>${body}<w:sectPr w:rsidR="00A1"><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>`;
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/document.xml': strToU8(xml),
  });
}

const BODY =
  para('Engagement 1 : publier les données des marchés publics', 'Heading2') +
  `<w:p w:rsidR="00A1">${run('Le ministère publiera les données ')}${textBox(1, para('Indicateur : part des marchés publiés', 'Heading1') + para('Nous allons renforcer la transparence.'))}${run('au format OCDS.')}</w:p>` +
  para('Calendrier : mars 2018.');

describe('text boxes', () => {
  it('are read once (DrawingML, not its VML copy), after the paragraph that anchors them, not as headings', () => {
    const ps = readDocx(wordDocx(BODY));
    expect(ps.map((p) => [p.text, p.headingLevel, !!p.textBox])).toEqual([
      ['Engagement 1 : publier les données des marchés publics', 2, false],
      ['Le ministère publiera les données au format OCDS.', 0, false],
      ['Indicateur : part des marchés publiés', 0, true],
      ['Nous allons renforcer la transparence.', 0, true],
      ['Calendrier : mars 2018.', 0, false],
    ]);
  });

  it('a VML-only box (older Word) and a box in a table cell are read too', () => {
    const vml = `<w:r><w:pict><v:shape id="t1" type="#_x0000_t202"><v:textbox><w:txbxContent>${para('Coût : 20 000 €')}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>`;
    const cell = `<w:tbl><w:tr><w:tc><w:p>${run('Cellule')}${textBox(2, para('Porteur : Etalab'))}</w:p></w:tc></w:tr></w:tbl>`;
    const ps = readDocx(wordDocx(`<w:p>${run('Avant')}${vml}</w:p>${cell}`));
    expect(ps.map((p) => [p.text, !!p.textBox, p.inTable])).toEqual([
      ['Avant', false, false],
      ['Coût : 20 000 €', true, false],
      ['Cellule', false, true],
      ['Porteur : Etalab', true, true],
    ]);
  });

  it('an image (a drawing without a text box) adds no paragraph', () => {
    const picture = `<w:r><w:drawing><wp:inline><wp:docPr id="3" name="Image 3"/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"/></a:graphic></wp:inline></w:drawing></w:r>`;
    expect(readDocx(wordDocx(`<w:p>${run('Logo')}${picture}</w:p>`)).map((p) => p.text)).toEqual(['Logo']);
  });

  it('jalon check finds what is written in a text box and says where', async () => {
    const file = join(tempDir(), 'zone-de-texte.docx');
    writeFileSync(file, wordDocx(BODY));
    const r = await runCli(['check', '--format', 'json', file]);
    const findings = JSON.parse(r.stdout).files[0].findings as {
      ruleId: string;
      actual: string;
      paragraph: number;
      textBox?: boolean;
    }[];
    const vague = findings.find((f) => f.ruleId === 'vague-term' && /renforcer/i.test(f.actual));
    expect(vague).toMatchObject({ paragraph: 3, textBox: true });
    // Read once: the VML copy would have given the same finding a second time.
    expect(findings.filter((f) => f.ruleId === 'vague-term' && /renforcer/i.test(f.actual))).toHaveLength(1);
  });
});

describe('text boxes in the reports', () => {
  it('text, Markdown and HTML reports say a finding is in a text box', async () => {
    const file = join(tempDir(), 'encadre.docx');
    writeFileSync(file, wordDocx(BODY));
    const text = await runCli(['check', '--all', file]);
    expect(plainSpaces(text.stdout)).toMatch(/« [^»]+ » \(zone de texte\).*renforcer/);
    const md = await runCli(['check', '--all', '--format', 'md', file], { LANG: 'en_US' });
    expect(md.stdout).toMatch(/"[^"]+" \(text box\).*renforcer/);
    expect(plainSpaces((await runCli(['check', '--format', 'html', file])).stdout)).toMatch(
      /« [^»]+ » \(zone de texte\)/,
    );
  });
});
