// The Markdown reader (markdown-it) is loaded by the first .md draft read, not before: a batch of Word drafts
// never needs it, and each thread that reads would pay for loading it before its first draft.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { docxFromXml, p, tempDir } from './helpers';

it('reads a Word draft without loading markdown-it, then a Markdown draft with it, as before', () => {
  const dir = tempDir();
  const docx = join(dir, 'projet.docx');
  const md = join(dir, 'projet.md');
  writeFileSync(docx, docxFromXml({ body: p('Engagement 1 : publier les données des marchés publics.') }));
  writeFileSync(md, '# Engagement 1\n\nPublier les données des marchés publics[^1].\n\n[^1]: Au format OCDS.\n');
  let loads = 0;
  jest.isolateModules(() => {
    jest.doMock('markdown-it', () => {
      loads += 1;
      return jest.requireActual('markdown-it');
    });
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a fresh module registry, so that loads are counted
    const { readDraft } = require('../../../src/cli/input') as typeof import('../../../src/cli/input');
    expect(readDraft(docx).source.text).toContain('marchés publics');
    expect(loads).toBe(0);
    const draft = readDraft(md);
    expect(loads).toBe(1);
    expect(draft.paragraphs?.some((x) => x.note)).toBe(true); // the footnotes plugin is there too
    readDraft(md);
    expect(loads).toBe(1);
  });
});
