// Every kind of wrong input gets one line naming the file, the line and the column and saying what to write
// instead; all problems are said in one run; nothing is written: the site already there stays as it was.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  completeRow,
  DECEMBER,
  FEEDBACK,
  FEEDBACK_HEADER,
  JUNE,
  PLAN,
  publishArgs,
  runCli,
  sheet,
  snapshot,
  TODAY,
  workspace,
} from './helpers';

jest.setTimeout(60_000);

let dir: string;
let site: string;
let before: Record<string, string>;

beforeAll(async () => {
  dir = workspace();
  mkdirSync(join(dir, 'out')); // the site's own folder only is made
  site = join(dir, 'out', 'site');
  const r = await runCli(publishArgs(site));
  expect(r.code).toBe(0);
  before = snapshot(site);
  expect(Object.keys(before)).toContain('plan.json');
});

const row = completeRow;

/** Runs publish with these sheets; the lines of stderr, after checking that nothing was written. */
async function refused(updates: string[], feedback = FEEDBACK, lang = 'fr_FR.UTF-8'): Promise<string[]> {
  const args = ['publish', PLAN, '--updates', ...updates, '--feedback', feedback, '--today', TODAY, '--out', site];
  const r = await runCli(args, { LANG: lang });
  expect(r.code).toBe(1);
  expect(snapshot(site)).toEqual(before);
  // No half-written site beside it either.
  expect(readdirSync(dirname(site))).toEqual(['site']);
  const lines = r.stderr.trim().split('\n');
  expect(lines[lines.length - 1]).toMatch(
    lang.startsWith('fr')
      ? /problèmes? dans les fichiers : rien n’a été écrit\.$/
      : /in the files: nothing was written\.$/,
  );
  return lines;
}

test('an unknown id names the ids of the sheet', async () => {
  const f = sheet(dir, 'unknown.csv', [row('C09.1'), row('C01.7')]);
  expect(await refused([f])).toEqual([
    `jalon : ${f}, ligne 2, colonne F (id) : l’identifiant C09.1 n’existe pas dans ce plan : écrivez l’un de ceux de la feuille (C01, C02, C03)`,
    `jalon : ${f}, ligne 3, colonne F (id) : l’identifiant C01.7 n’existe pas dans ce plan : écrivez l’un de ceux de la feuille (C01.1, C01.2, C01.3)`,
    'jalon : 2 problèmes dans les fichiers : rien n’a été écrit.',
  ]);
});

test('a commitment with milestones is reported on through them', async () => {
  const f = sheet(dir, 'whole.csv', [row('C01'), { id: 'C01', commitment_en: 'A translation alone is fine' }]);
  expect(await refused([f])).toEqual([
    `jalon : ${f}, ligne 2, colonne F (id) : C01 est un engagement qui a des jalons : rendez compte de chacun sur sa ligne (C01.1, C01.2, C01.3)`,
    'jalon : 1 problème dans les fichiers : rien n’a été écrit.',
  ]);
});

test('a status outside the scale lists the scale, in the user’s language', async () => {
  const f = sheet(dir, 'status.csv', [row('C01.3', { status: 'à voir', challenges: 'x' })]);
  expect((await refused([f]))[0]).toBe(
    `jalon : ${f}, ligne 2, colonne H (status) : « à voir » n’est pas un état de l’échelle : écrivez non commencé, limité, substantiel, achevé ou retiré (ou not-started, limited, substantial, complete, withdrawn)`,
  );
  expect((await refused([f], FEEDBACK, 'en_US.UTF-8'))[0]).toBe(
    `jalon: ${f}, line 2, column H (status): "à voir" is not a status of the scale: write not-started, limited, substantial, complete or withdrawn (or non commencé, limité, substantiel, achevé, retiré)`,
  );
});

test('not started or limited without challenges: said as the rule it is, Canada’s named to a Canadian plan only', async () => {
  const f = sheet(dir, 'challenges.csv', [
    row('C01.3', { status: 'limited' }),
    row('C03', { status: 'non commencé' }),
    row('C02.2', { status: 'substantial' }),
  ]);
  // The test plan names no country: the rule is said with its reason, no country's name.
  expect(await refused([f])).toEqual([
    `jalon : ${f}, ligne 2, colonne K (challenges) : état « limited » sans difficultés : dites dans la colonne difficultés (challenges) ce qui retient ce jalon, pour que le public sache pourquoi il n’avance pas davantage`,
    `jalon : ${f}, ligne 3, colonne K (challenges) : état « non commencé » sans difficultés : dites dans la colonne difficultés (challenges) ce qui retient ce jalon, pour que le public sache pourquoi il n’avance pas davantage`,
    'jalon : 2 problèmes dans les fichiers : rien n’a été écrit.',
  ]);
  expect((await refused([f], FEEDBACK, 'en_US.UTF-8'))[0]).toBe(
    `jalon: ${f}, line 2, column K (challenges): status "limited" without challenges: say in the challenges column what holds this milestone back, so that the public knows why it is not further along`,
  );
  // The same plan titled as Canada's: the rule is named as Canada's tracking rule.
  const text = readFileSync(PLAN, 'utf8');
  const canada = join(dir, 'plan-canada.md');
  writeFileSync(
    canada,
    text.replace('national pour un gouvernement ouvert', 'national du Canada pour un gouvernement ouvert'),
  );
  const r = await runCli(['publish', canada, '--updates', f, '--today', TODAY, '--check'], { LANG: 'fr_FR.UTF-8' });
  expect(r.code).toBe(1);
  expect(r.stderr.split('\n').slice(0, 2)).toEqual([
    `jalon : ${f}, ligne 2, colonne K (challenges) : état « limited » sans difficultés : dites dans la colonne difficultés (challenges) ce qui retient ce jalon (règle du suivi canadien)`,
    `jalon : ${f}, ligne 3, colonne K (challenges) : état « non commencé » sans difficultés : dites dans la colonne difficultés (challenges) ce qui retient ce jalon (règle du suivi canadien)`,
  ]);
});

test('dates that do not parse: the period, the day of the update, Excel’s rewriting of them', async () => {
  const f = sheet(dir, 'dates.csv', [
    row('C01.3', { period: 'début 2025' }),
    row('C02.2', { updated: '31/01/25' }),
    row('C03', { updated: '2025-02-30' }),
    row('C01.1', { period: '' }),
  ]);
  expect(await refused([f])).toEqual([
    `jalon : ${f}, ligne 2, colonne G (period) : « début 2025 » n’est pas une période : écrivez le mois rapporté, AAAA-MM, MM/AAAA ou en toutes lettres (mars 2024), par exemple 2024-03 ; si Excel la change en date, tapez devant une apostrophe droite, comme ceci : '2024-03`,
    `jalon : ${f}, ligne 3, colonne L (updated) : « 31/01/25 » n’est pas une date : écrivez AAAA-MM-JJ ou JJ/MM/AAAA, par exemple 2024-03-15 ou 15/03/2024`,
    // Written as asked, but not in the calendar: said so, not asked again for the form it has.
    `jalon : ${f}, ligne 4, colonne L (updated) : « 2025-02-30 » n’existe pas : les jours de ce mois vont de 01 à 28`,
    `jalon : ${f}, ligne 5, colonne G (period) : période manquante : écrivez le mois rapporté, AAAA-MM (par exemple 2024-03)`,
    'jalon : 4 problèmes dans les fichiers : rien n’a été écrit.',
  ]);
});

test('every bad cell of a row is said, not only the first', async () => {
  const f = sheet(dir, 'cells.csv', [
    row('C01.3', { period: 'début 2025', status: 'à voir', updated: '31/01/25' }),
    row('C09.1', { period: '' }),
  ]);
  expect(await refused([f])).toEqual([
    `jalon : ${f}, ligne 2, colonne G (period) : « début 2025 » n’est pas une période : écrivez le mois rapporté, AAAA-MM, MM/AAAA ou en toutes lettres (mars 2024), par exemple 2024-03 ; si Excel la change en date, tapez devant une apostrophe droite, comme ceci : '2024-03`,
    `jalon : ${f}, ligne 2, colonne H (status) : « à voir » n’est pas un état de l’échelle : écrivez non commencé, limité, substantiel, achevé ou retiré (ou not-started, limited, substantial, complete, withdrawn)`,
    `jalon : ${f}, ligne 2, colonne L (updated) : « 31/01/25 » n’est pas une date : écrivez AAAA-MM-JJ ou JJ/MM/AAAA, par exemple 2024-03-15 ou 15/03/2024`,
    `jalon : ${f}, ligne 3, colonne F (id) : l’identifiant C09.1 n’existe pas dans ce plan : écrivez l’un de ceux de la feuille (C01, C02, C03)`,
    `jalon : ${f}, ligne 3, colonne G (period) : période manquante : écrivez le mois rapporté, AAAA-MM (par exemple 2024-03)`,
    'jalon : 5 problèmes dans les fichiers : rien n’a été écrit.',
  ]);
});

test('two rows for the same id and period: the same twice is fine, different contents are refused', async () => {
  const again = sheet(dir, 'again.csv', [row('C01.3'), row('C01.3')]);
  const other = sheet(dir, 'other.csv', [row('C01.3', { progress: 'Presque fait.' })]);
  expect(await refused([again, other])).toEqual([
    `jalon : ${other}, ligne 2, colonne F (id) : C01.3 a déjà une mise à jour différente pour 2025-01 (${again}, ligne 2) : n’en gardez qu’une`,
    'jalon : 1 problème dans les fichiers : rien n’a été écrit.',
  ]);
});

test('a sheet Excel saved with semicolons is no bad input: it is read as it is', async () => {
  const f = join(dir, 'semicolons.csv');
  const text = readFileSync(JUNE, 'utf8').replace(/,/g, ';');
  writeFileSync(f, text);
  const r = await runCli(publishArgs(join(dir, 'unused'), [f, DECEMBER], ['--check']));
  expect(r.stderr).toMatch(/^jalon : Tout est valide \(engagements : 3 ; mises à jour : 8 ; avis : 2\)/);
  expect(r.code).toBe(0);
});

test('a sheet saved in Windows-1252 quotes the start of the cell and says where it is', async () => {
  const f = join(dir, 'cp1252.csv');
  const rows = [row('C01.3', { progress: 'Fait en avance' }), row('C02.2', { progress: 'Publié' })];
  const text = readFileSync(sheet(dir, 'utf8.csv', rows), 'utf8').replace(/^\ufeff/, '');
  writeFileSync(f, Buffer.from(text, 'latin1'));
  expect((await refused([f]))[0]).toBe(
    `jalon : ${f}, ligne 3, colonne I (progress) : « Publié » est codé en Windows-1252, pas en UTF-8 : dans Excel, Fichier > Enregistrer sous > « CSV UTF-8 (délimité par des virgules) »`,
  );
});

test('other things a spreadsheet does: a workbook, UTF-16, a missing column, a stray comma, an open quote', async () => {
  const xlsx = join(dir, 'classeur.xlsx');
  writeFileSync(xlsx, Buffer.from('PK\u0003\u0004rest', 'latin1'));
  const utf16 = join(dir, 'unicode.csv');
  writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('id,period\r\n', 'utf16le')]));
  const noStatus = join(dir, 'nostatus.csv');
  writeFileSync(noStatus, 'id,period,progress,evidence,challenges,updated\r\nC01.3,2025-01,x,,,\r\n');
  const comma = join(dir, 'comma.csv');
  writeFileSync(
    comma,
    'id,period,status,progress,evidence,challenges,updated\r\nC01.3,2025-01,complete,Fait, en avance,,,2025-01-31\r\n',
  );
  const quote = join(dir, 'quote.csv');
  writeFileSync(quote, 'id,period,status,progress,evidence,challenges,updated\r\nC01.3,2025-01,complete,"Fait,,,\r\n');
  expect(await refused([xlsx, utf16, noStatus, comma, quote])).toEqual([
    `jalon : ${xlsx} : c’est un classeur Excel, pas un CSV : Fichier > Enregistrer sous > « CSV UTF-8 (délimité par des virgules) »`,
    `jalon : ${utf16} : le fichier est en UTF-16 (« Texte Unicode ») : enregistrez-le en « CSV UTF-8 (délimité par des virgules) »`,
    `jalon : ${comma}, ligne 2, colonne H : cette ligne a 8 colonnes et l’en-tête 7 : mettez entre guillemets le texte qui contient des virgules`,
    `jalon : ${quote}, ligne 2, colonne D (progress) : un guillemet ouvert ici n’est jamais fermé : fermez-le, et doublez ("") les guillemets à l’intérieur du texte`,
    `jalon : 4 problèmes dans les fichiers : rien n’a été écrit.`,
  ]);
  // The header is checked once the file reads as a CSV.
  expect(await refused([noStatus])).toEqual([
    `jalon : ${noStatus}, ligne 1 : la colonne « status » manque : ajoutez-la à la ligne d’en-tête (colonnes attendues : id, period, status, progress, evidence, challenges, updated)`,
    'jalon : 1 problème dans les fichiers : rien n’a été écrit.',
  ]);
});

test('feedback: a date that does not parse, an unknown author type, a response without its date', async () => {
  const f = join(dir, 'avis.csv');
  writeFileSync(
    f,
    [
      FEEDBACK_HEADER,
      'C01,2025-13-01,civil-society,Texte,,',
      'C02,2025-01-10,journaliste,Texte,,',
      'C03,2025-01-10,citizen,Texte,Réponse,',
      'C03,2025-01-10,citizen,Texte,Réponse,2024-12-01',
      'C04,2025-01-10,citizen,Texte,,',
    ].join('\r\n'),
  );
  expect(await refused([JUNE, DECEMBER], f)).toEqual([
    `jalon : ${f}, ligne 2, colonne B (date) : « 2025-13-01 » n’existe pas : les mois vont de 01 à 12 (AAAA-MM-JJ, par exemple 2024-03-15)`,
    `jalon : ${f}, ligne 3, colonne C (author_type) : « journaliste » n’est pas un type d’auteur : écrivez government, civil-society ou citizen (ou gouvernement, société civile, citoyen)`,
    `jalon : ${f}, ligne 4, colonne F (response_date) : réponse sans date : écrivez dans response_date le jour de la réponse, AAAA-MM-JJ`,
    `jalon : ${f}, ligne 5, colonne F (response_date) : la réponse est datée d’avant l’avis (2025-01-10) : corrigez l’une des deux dates`,
    `jalon : ${f}, ligne 6, colonne A (id) : l’identifiant C04 n’existe pas dans ce plan : écrivez l’un de ceux de la feuille (C01, C02, C03)`,
    'jalon : 5 problèmes dans les fichiers : rien n’a été écrit.',
  ]);
});

test('a file that is not there, and --check writes nothing even when all is valid', async () => {
  const missing = join(dir, 'absent.csv');
  expect(await refused([missing])).toEqual([
    `jalon : ${missing} : fichier introuvable`,
    'jalon : 1 problème dans les fichiers : rien n’a été écrit.',
  ]);
  const fresh = join(dir, 'fresh', 'site');
  const r = await runCli(publishArgs(fresh, [JUNE, DECEMBER], ['--check']));
  expect(r.code).toBe(0);
  expect(r.stderr).toBe(
    'jalon : Tout est valide (engagements : 3 ; mises à jour : 8 ; avis : 2). Rien n’a été écrit (--check).\n',
  );
  expect(snapshot(dirname(fresh))).toEqual({});
});

test('a folder that is not a Jalon site is never replaced; a bad --today is said first', async () => {
  const docs = join(dir, 'documents');
  mkdirSync(docs);
  writeFileSync(join(docs, 'note.txt'), 'à garder');
  const r = await runCli(publishArgs(docs));
  expect(r.code).toBe(2);
  expect(r.stderr).toBe(
    `jalon : ${docs} existe et n’est pas un site publié par Jalon : choisissez un dossier vide ou nouveau (Jalon remplace le dossier en entier)\n`,
  );
  expect(snapshot(docs)).toEqual({ 'note.txt': 'à garder' });
  const t = await runCli(['publish', PLAN, '--today', '01/03/2025', '--out', site], { LANG: 'en_US.UTF-8' });
  expect(t.code).toBe(2);
  expect(t.stderr).toBe('jalon: --today expects a YYYY-MM-DD date, for example 2024-03-15 (got 01/03/2025)\n');
  expect(snapshot(site)).toEqual(before);
});
