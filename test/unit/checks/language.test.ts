// The language check: a text in a language Jalon does not read gets one warning at its start; French and English
// texts (the test drafts, mixed names, a quoted foreign title) get none.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../../src/core/analyze';
import { fromPlainText } from '../../../src/core/source';
import { otherLanguage } from '../../../src/core/text/language';

// Texts written for this test, in the shape of a commitment.
const SPANISH =
  '# Compromiso 3: Datos abiertos del Parlamento\n\nEl Parlamento publicará los datos de las votaciones en formato abierto, con una actualización semanal. Para ello, la Dirección de Sistemas creará un portal y sus equipos formarán a los funcionarios sobre el uso de los datos como parte de este compromiso.';
const PORTUGUESE =
  'O Parlamento vai publicar os dados das votações em formato aberto, com uma atualização semanal. Para isso, a Direção de Sistemas criará um portal e os seus técnicos formarão os funcionários sobre o uso dos dados pelo público.';
const ITALIAN =
  'Il Parlamento pubblicherà i dati delle votazioni in formato aperto, con un aggiornamento settimanale. Per questo la Direzione dei sistemi creerà un portale e gli uffici formeranno anche i funzionari nella gestione della banca dati.';
const GERMAN =
  'Das Parlament wird die Daten der Abstimmungen in einem offenen Format veröffentlichen und sie wöchentlich aktualisieren. Dafür richtet die Verwaltung ein Portal ein, und die Mitarbeiter werden mit der Nutzung der Daten vertraut gemacht, die für alle zugänglich ist.';

const languageFindings = (text: string, lang: 'fr' | 'en' = 'fr', off = false) =>
  analyze(fromPlainText(text, { markdown: true }), {
    lang,
    ...(off ? { houseRules: { rules: { language: 'off' as const } } } : {}),
  }).findings.filter((f) => f.ruleId === 'language');

describe('a text in a language Jalon does not read', () => {
  test.each([
    ['es', SPANISH, 'espagnol'],
    ['pt', PORTUGUESE, 'portugais'],
    ['it', ITALIAN, 'italien'],
    ['de', GERMAN, 'allemand'],
  ])('%s: one warning on its first paragraph, naming the language', (code, text, name) => {
    expect(otherLanguage(text)).toBe(code);
    const found = languageFindings(text);
    expect(found).toHaveLength(1);
    const [f] = found;
    expect(f.severity).toBe('warning');
    expect(f.message).toContain(name);
    expect(f.start).toBe(0);
    expect(text.slice(f.start, f.end)).toBe(text.split('\n')[0]);
    expect(f.data).toEqual({ language: code });
  });

  test('the message in the review language, and the house rules may turn it off', () => {
    expect(languageFindings(SPANISH, 'en')[0].message).toContain('Spanish');
    expect(languageFindings(SPANISH, 'fr', true)).toEqual([]);
  });

  test('blank lines before the text: the finding is on the first paragraph with words', () => {
    const [f] = languageFindings(`\n\n   ${SPANISH}`);
    expect(f.start).toBe(5);
    expect(f.actual).toBe(SPANISH.split('\n')[0]);
  });
});

describe('French and English texts get no language finding', () => {
  test('every test draft (French and English)', () => {
    const dirs = ['test/fixtures/drafts', 'test/fixtures/cli'];
    let read = 0;
    for (const dir of dirs)
      for (const name of readdirSync(dir).filter((n) => /\.(md|txt)$/.test(n))) {
        const text = readFileSync(join(dir, name), 'utf8');
        expect([name, otherLanguage(text)]).toEqual([name, undefined]);
        read++;
      }
    expect(read).toBeGreaterThan(5);
  });

  test('French with a Spanish or German name, and a text too short to tell', () => {
    const fr =
      'Le ministère publiera les données des marchés publics avant le 31 décembre 2026, avec l’Instituto Nacional de Estadística y Censos et la Bundesagentur für Arbeit comme partenaires. Les agents seront formés par la direction du numérique sur la réutilisation des données.';
    expect(otherLanguage(fr)).toBeUndefined();
    expect(languageFindings(fr)).toEqual([]);
    expect(otherLanguage('El portal de los datos')).toBeUndefined(); // three votes: too few to tell
  });
});
