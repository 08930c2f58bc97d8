// French typesetting of the pages people read on a screen (the HTML report a facilitator mails, the public site):
// a no-break space before « : » and inside « », a narrow one before ; ? !, so a phone never starts a line with the
// punctuation (the audit counted 88 such line starts in a French report at 390 px). English pages are left as they are.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { frenchSpaces } from '../../../src/core';
import { typeset } from '../../../src/cli/report/html';
import { FIXTURES, runCli } from './helpers';

/** Text nodes of a page, outside its style sheet. */
const textOf = (html: string) =>
  html
    .replace(/<style>[\s\S]*?<\/style>/, '')
    .split(/<[^>]*>/)
    .join('\n');

test('French text gets its no-break spaces, only where a space was written; English text is unchanged', () => {
  expect(frenchSpaces('Coût : 200 000 € ; délai ? « oui » !', 'fr')).toBe(
    'Coût\u00a0: 200 000 €\u202f; délai\u202f? «\u00a0oui\u00a0»\u202f!',
  );
  expect(frenchSpaces('pour quand? https://a.fr/x?y=1', 'fr')).toBe('pour quand? https://a.fr/x?y=1');
  expect(frenchSpaces('Cost : a ; b ?', 'en')).toBe('Cost : a ; b ?');
});

test('typesetting leaves tags, attributes and the style sheet alone', () => {
  const page = '<style>a :hover{x:y}</style><td data-label="N° :">Coût : « x »</td>';
  expect(typeset(page, 'fr')).toBe(
    '<style>a :hover{x:y}</style><td data-label="N° :">Coût\u00a0: «\u00a0x\u00a0»</td>',
  );
  expect(typeset(page, 'en')).toBe(page);
});

test('the French HTML report has no line that can start with « : », « ; », « ? », « ! » or « » »; the English one is as written', async () => {
  const fr = (await runCli(['check', '--format', 'html', join(FIXTURES, 'plan-fr.md')])).stdout;
  const text = textOf(fr);
  expect(text).toMatch(/\u00a0:/);
  expect(text).not.toMatch(/ [:;?!»]|« /);
  const en = (await runCli(['check', '--lang', 'en', '--format', 'html', join(FIXTURES, 'plan-en.md')])).stdout;
  expect(en).not.toMatch(/[\u00a0\u202f]/);
  // The report reads the author's words as they are; only its display spaces change.
  expect(readFileSync(join(FIXTURES, 'plan-fr.md'), 'utf8')).not.toMatch(/\u00a0:/);
});
