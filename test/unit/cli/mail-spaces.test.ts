// The text report is pasted in mails: French marks and units stay on their word's line, as in the HTML report
// (audit15, finding 14).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mailSpaces } from '../../../src/cli/report/text';
import { runCli, tempDir } from './helpers';

describe('the text report’s French spacing', () => {
  it('puts no-break spaces before « : », « % », « $ », « € » and inside « 250 000 $ »', () => {
    expect(mailSpaces('Coût : 250 000 $ et 12 % ; 1 250 000 € en 2026 ; « a »', 'fr')).toBe(
      'Coût\u00a0: 250\u202f000\u00a0$ et 12\u00a0%\u202f; 1\u202f250\u202f000\u00a0€ en 2026\u202f; «\u00a0a\u00a0»',
    );
    // Years side by side are not one number; English is left as it is.
    expect(mailSpaces('de 2025 2026', 'fr')).toBe('de 2025 2026');
    expect(mailSpaces('Cost: $250,000 and 12 %', 'en')).toBe('Cost: $250,000 and 12 %');
  });

  it('in the report the command writes', async () => {
    const dir = tempDir();
    const file = join(dir, 'plan.md');
    writeFileSync(
      file,
      '# Plan\n\n## Engagement 1 : Marchés\n\nAvec 250 000 $ et 12 % des agents, le ministère renforcera le contrôle.\n',
    );
    const r = await runCli(['check', file]);
    expect(r.stdout).toContain('Engagement 1\u00a0: Marchés');
    expect(r.stdout).toContain('à ajouter\u00a0:');
    expect(r.stdout).not.toMatch(/ :/);
  });
});
