import { execFileSync } from 'node:child_process';
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { readDraft } from '../../../src/cli/input';
import { ReadError } from '../../../src/cli/docx/zip';
import { readDocx } from '../../../src/cli/docx/read';
import { docxFromXml, p, tempDir, W } from './helpers';

const dir = tempDir();
const write = (name: string, data: Uint8Array | string): string => {
  const file = join(dir, name);
  writeFileSync(file, data);
  return file;
};
const codeOf = (fn: () => unknown): string => {
  try {
    fn();
  } catch (e) {
    if (e instanceof ReadError) return e.code;
    throw e;
  }
  return 'no error';
};
const good = docxFromXml({ body: p('Engagement : publier les données des marchés publics.') });

/** Offsets of the central directory entry of `name` (signature PK\1\2; sizes at +20/+24, name at +46). */
function centralEntry(zip: Uint8Array, name: string): number {
  const needle = Buffer.from(name);
  const buf = Buffer.from(zip);
  for (let i = buf.length - 46; i >= 0; i--) {
    if (buf.readUInt32LE(i) === 0x02014b50 && buf.subarray(i + 46, i + 46 + needle.length).equals(needle)) return i;
  }
  throw new Error(`no central entry ${name}`);
}
function localEntry(zip: Uint8Array, name: string): number {
  const needle = Buffer.from(name);
  const buf = Buffer.from(zip);
  for (let i = 0; i < buf.length - 30; i++) {
    if (buf.readUInt32LE(i) === 0x04034b50 && buf.subarray(i + 30, i + 30 + needle.length).equals(needle)) return i;
  }
  throw new Error(`no local entry ${name}`);
}

describe('bad input gets a precise reason', () => {
  it('reads a sound .docx', () => {
    expect(readDraft(write('ok.docx', good)).source.text).toContain('marchés publics');
  });

  it('a file that is not a zip', () => {
    expect(codeOf(() => readDraft(write('texte.docx', 'Ceci est du texte, pas un document Word.')))).toBe('not-zip');
  });

  it('a truncated .docx', () => {
    expect(codeOf(() => readDraft(write('coupe.docx', good.subarray(0, Math.floor(good.length / 2)))))).toBe(
      'truncated',
    );
  });

  it('a password-protected .docx (OLE container with an EncryptedPackage stream)', () => {
    const cfb = new Uint8Array(4096);
    cfb.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    cfb.set(Buffer.from('EncryptedPackage', 'utf16le'), 1024);
    expect(codeOf(() => readDraft(write('protege.docx', cfb)))).toBe('encrypted');
  });

  it('an old binary .doc, whatever its extension, and a zip-encrypted entry', () => {
    const doc = new Uint8Array(4096);
    doc.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    doc.set(Buffer.from('WordDocument', 'utf16le'), 1024);
    expect(codeOf(() => readDraft(write('ancien.doc', doc)))).toBe('old-doc');
    expect(codeOf(() => readDraft(write('renomme.docx', doc)))).toBe('old-doc');
    const zipEncrypted = new Uint8Array(good);
    zipEncrypted[6] |= 1;
    expect(codeOf(() => readDraft(write('zipcrypt.docx', zipEncrypted)))).toBe('encrypted');
  });

  it('a PDF, whatever its name, says it is a PDF', () => {
    const pdf = Buffer.concat([
      Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n'),
      Buffer.alloc(64, 7),
    ]);
    for (const name of ['plan.pdf', 'plan.docx', 'plan.odt', 'plan.txt', 'plan.md', 'plan-sans-extension'])
      expect([name, codeOf(() => readDraft(write(name, pdf)))]).toEqual([name, 'pdf']);
  });

  it('bytes that are not text, named .txt or .md, are refused; text with a stray form feed is read', () => {
    const binary = Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 7919 + 13) % 256));
    expect(codeOf(() => readDraft(write('image.txt', binary)))).toBe('not-text');
    expect(codeOf(() => readDraft(write('image.md', binary)))).toBe('not-text');
    expect(codeOf(() => readDraft(write('nul.txt', 'Engagement 1 : publier\u0000 les données.')))).toBe('not-text');
    const page = readDraft(write('saut.txt', 'Engagement 1 : publier les données.\f\nLe ministère publiera 40 jeux.'));
    expect(page.source.text).toContain('publiera 40 jeux');
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('Engagement 1 : publier les données.', 'utf16le'),
    ]);
    expect(readDraft(write('utf16.txt', utf16)).source.text).toContain('publier les données');
  });

  it('XML declaring a DTD or external entities is refused before parsing', () => {
    const xxe = docxFromXml({
      body: '',
      rawDocument: `<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><w:document ${W}><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>`,
    });
    expect(codeOf(() => readDraft(write('xxe.docx', xxe)))).toBe('doctype');
    const lol = docxFromXml({
      body: '',
      rawDocument: `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><w:document ${W}><w:body><w:p><w:r><w:t>&lol2;</w:t></w:r></w:p></w:body></w:document>`,
    });
    expect(codeOf(() => readDraft(write('lol.docx', lol)))).toBe('doctype');
  });

  it('a zip bomb by declared size (central directory claims 4 GB)', () => {
    const bomb = new Uint8Array(good);
    const c = centralEntry(bomb, 'word/document.xml');
    Buffer.from(bomb.buffer).writeUInt32LE(0xfffffff0, c + 24);
    expect(codeOf(() => readDraft(write('bombe-declaree.docx', bomb)))).toBe('zip-bomb');
  });

  it('a zip bomb by actual size (declares 1 kB, inflates to 20 MB) is stopped while inflating', () => {
    const body = `<w:p><w:r><w:t>${'a'.repeat(20 * 1024 * 1024)}</w:t></w:r></w:p>`;
    const bomb = docxFromXml({ body });
    const buf = Buffer.from(bomb.buffer, bomb.byteOffset, bomb.byteLength);
    buf.writeUInt32LE(1024, centralEntry(bomb, 'word/document.xml') + 24);
    buf.writeUInt32LE(1024, localEntry(bomb, 'word/document.xml') + 22);
    expect(bomb.length).toBeLessThan(100 * 1024); // deflate packs it ~1000:1
    expect(codeOf(() => readDraft(write('bombe-reelle.docx', bomb)))).toBe('zip-bomb');
    // Honest sizes over the bound are refused too.
    expect(codeOf(() => readDocx(docxFromXml({ body }), { maxEntry: 1024 * 1024, maxTotal: 1 << 30 }))).toBe(
      'zip-bomb',
    );
    expect(codeOf(() => readDocx(docxFromXml({ body }), { maxEntry: 1 << 30, maxTotal: 1024 * 1024 }))).toBe(
      'zip-bomb',
    );
  });

  it('an empty file, a blank text, a .docx without text, a zip without a Word document, broken XML', () => {
    expect(codeOf(() => readDraft(write('vide.docx', new Uint8Array(0))))).toBe('empty');
    expect(codeOf(() => readDraft(write('vide.md', '')))).toBe('empty');
    expect(codeOf(() => readDraft(write('blanc.txt', '\ufeff  \n\n')))).toBe('empty');
    expect(codeOf(() => readDraft(write('sans-texte.docx', docxFromXml({ body: '<w:p/>' }))))).toBe('no-text');
    expect(codeOf(() => readDraft(write('pas-word.docx', zipSync({ 'a.txt': strToU8('bonjour') }))))).toBe('not-docx');
    expect(
      codeOf(() =>
        readDraft(write('xml-casse.docx', docxFromXml({ body: '', rawDocument: '<w:document><w:body><w:p>' }))),
      ),
    ).toBe('bad-xml');
  });

  it('a 500-page draft is read whole', () => {
    const para = p(
      'Le ministère publiera chaque mois les données des marchés publics au format OCDS, avec un indicateur de complétude et une cible chiffrée pour 2020.',
    );
    const body = Array.from(
      { length: 500 },
      (_, i) => p(`Engagement ${i + 1}`, '<w:pStyle w:val="Heading2"/>') + para.repeat(12),
    ).join('');
    const draft = readDraft(write('gros.docx', docxFromXml({ body })));
    expect(draft.source.paragraphs).toHaveLength(500 * 13);
    expect(draft.paragraphs?.filter((x) => x.headingLevel === 2)).toHaveLength(500);
  });

  it('text files: BOM removed, UTF-16 and Windows-1252 decoded', () => {
    expect(readDraft(write('bom.txt', '\ufeffCoût : 10 €')).source.text).toBe('Coût : 10 €');
    expect(
      readDraft(write('u16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Coût', 'utf16le')]))).source
        .text,
    ).toBe('Coût');
    expect(readDraft(write('cp1252.txt', Buffer.from([0x43, 0x6f, 0xfb, 0x74, 0x20, 0x80]))).source.text).toBe(
      'Coût €',
    );
  });

  it('unreadable permissions (checked as an unprivileged user when tests run as root)', () => {
    const locked = join(tempDir('jalon-perm-'), 'verrou.md');
    chmodSync(join(locked, '..'), 0o755);
    writeFileSync(locked, '# Plan\n');
    chmodSync(locked, 0o000);
    const script = `const {readDraft}=require(${JSON.stringify(require.resolve('../../../src/cli/input'))});try{readDraft(${JSON.stringify(locked)});console.log('read')}catch(e){console.log(e.code)}`;
    const asUser =
      process.getuid?.() === 0 ? ['setpriv', '--reuid', '65534', '--regid', '65534', '--clear-groups'] : [];
    const tsx = require.resolve('tsx/cjs');
    const out = execFileSync(
      asUser[0] ?? process.execPath,
      [...asUser.slice(1), ...(asUser.length ? [process.execPath] : []), '-r', tsx, '-e', script],
      {
        encoding: 'utf8',
        env: { ...process.env, HOME: '/tmp' },
      },
    );
    expect(out.trim()).toBe('permission');
  });
});
