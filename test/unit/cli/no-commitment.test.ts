// A plan whose commitments Jalon cannot find (audit12, finding 9: a US plan saved as plain text, its titles without
// « Commitment N ») gets a message that says how commitments are recognised and what to do, in the user's language.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { plainSpaces, runCli, tempDir } from './helpers';

const PLAIN = `To improve public access to Government data, the Federal Government will:
Expand the Production and Use of Equitable Data.
The Subcommittee on Equitable Data will publish a progress report in early 2023.
Revise the Standards for Collecting Race and Ethnicity Data.
The Office of Management and Budget has announced a formal review of the standards.
`;

test.each([
  ['en', /No commitment found[^\n]*heading[^\n]*"Commitment 1: …"[^\n]*npx jalon template/],
  ['fr', /Aucun engagement reconnu[^\n]*titre[^\n]*« Engagement 1 : … »[^\n]*npx jalon template/],
])('the no-commitment message says what to do (%s)', async (lang, advice) => {
  const file = join(tempDir(), 'plan.txt');
  writeFileSync(file, PLAIN);
  const r = await runCli(['check', '--lang', lang, file]);
  expect(plainSpaces(r.stdout)).toMatch(advice);
});
