// Evidence the public cannot open (« See the OIP SharePoint folder ») is said, naming its cell; addresses written in a
// report's progress, as the US tracker writes them (« Guidance issued - https://… »), are links on the site, escaped,
// for http(s) only (audit 16, finding 21).
import { join } from 'node:path';
import { completeRow, PLAN, runCli, sheet, snapshot, TODAY, workspace } from './helpers';

jest.setTimeout(60_000);

const report = completeRow;

test('evidence that is not a web address is said, naming its cell, and the site is still made', async () => {
  const dir = workspace();
  const f = sheet(dir, 'preuves.csv', [
    report('C01.1', { evidence: 'See the OIP SharePoint folder' }),
    report('C01.2', { evidence: 'https://exemple.gouv.fr/rapport.pdf  \\\\serveur\\partage\\rapport.docx' }),
    report('C02.1', { evidence: 'https://exemple.gouv.fr/a https://exemple.gouv.fr/b' }),
  ]);
  const site = join(dir, 'site');
  const args = ['publish', PLAN, '--updates', f, '--today', TODAY, '--contact', 'avis@exemple.gouv.fr'];
  const r = await runCli([...args, '--out', site], { LANG: 'fr_FR.UTF-8' });
  expect(r.code).toBe(0);
  const lines = r.stderr.trim().split('\n');
  expect(lines.slice(0, -1)).toEqual([
    `jalon : ${f}, ligne 2, colonne J (evidence) : « See the OIP SharePoint folder » n’est pas une adresse web : le public ne peut pas l’ouvrir depuis le site, où ce texte est publié tel quel ; donnez l’adresse publique du document (https://…), ou écrivez ce texte dans la colonne avancement (progress)`,
    `jalon : ${f}, ligne 3, colonne J (evidence) : « \\\\serveur\\partage\\rapport.docx » n’est pas une adresse web : seules les adresses https://… de cette cellule sont des liens sur le site, ce texte y est publié tel quel ; écrivez-le plutôt dans la colonne avancement (progress)`,
  ]);
  expect(lines[lines.length - 1]).toMatch(/^jalon : Site publié dans /);
  expect(snapshot(site)['fr/C01.html']).toContain('See the OIP SharePoint folder');
  const en = await runCli([...args, '--check'], { LANG: 'en_US.UTF-8' });
  expect(en.code).toBe(0);
  expect(en.stderr.split('\n')[0]).toBe(
    `jalon: ${f}, line 2, column J (evidence): "See the OIP SharePoint folder" is not a web address: the public cannot open it from the site, where this text is published as it is; give the document's public address (https://…), or write this text in the progress column`,
  );
});

test('addresses written in the progress are links, escaped, http(s) only; the punctuation after them is not', async () => {
  const dir = workspace();
  const progress =
    'Guidance issued on 20 July 2023 - https://www.justice.gov/oip/guidance. See https://exemple.gouv.fr/r?a=1&b=2, ' +
    'javascript:alert(1) ftp://exemple.gouv.fr/f and [the report](https://exemple.gouv.fr/rapport) (https://exemple.gouv.fr/x)';
  const f = sheet(dir, 'avancement.csv', [report('C01.1', { progress })]);
  const site = join(dir, 'site');
  const r = await runCli(['publish', PLAN, '--updates', f, '--today', TODAY, '--out', site]);
  expect(r.code).toBe(0);
  const page = snapshot(site)['fr/C01.html'];
  expect(page).toContain(
    '<p>Guidance issued on 20 July 2023 - <a href="https://www.justice.gov/oip/guidance">https://www.justice.gov/oip/guidance</a>. ' +
      'See <a href="https://exemple.gouv.fr/r?a=1&amp;b=2">https://exemple.gouv.fr/r?a=1&amp;b=2</a>, ' +
      'javascript:alert(1) ftp://exemple.gouv.fr/f and <a href="https://exemple.gouv.fr/rapport">the report</a> ' +
      '(<a href="https://exemple.gouv.fr/x">https://exemple.gouv.fr/x</a>)</p>',
  );
  expect(page).not.toMatch(/href="(?:javascript|ftp):/);
});
