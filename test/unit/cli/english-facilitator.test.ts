// A facilitator reviewing drafts in the other language (audit12 #19, #21, #22, #3, #17): the messages' language
// apart from the draft's, a copy of a plan of the draft's own period, dates and words as the locale writes them,
// information remarks folded, table cells named by their row and column.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, fields, findings } from '../../../src/core';
import { docxFromXml, FIXTURES, p, plainSpaces, runCli, tempDir } from './helpers';

const FR = join(FIXTURES, 'plan-fr.md');
const EN = join(FIXTURES, 'plan-en.md');

describe('the messages’ language (--lang, LANG) apart from the draft’s (its own, or --text-lang)', () => {
  it('a French draft under LANG=en_GB: read with the French rules, every question and message in English', async () => {
    const r = await runCli(['check', FR], { LANG: 'en_GB.UTF-8' });
    expect(r.stdout).toContain('plan-fr.md (fr)');
    // The missing-field questions are the English template's, not the French ones.
    const asked = Object.values(fields.en).flatMap((f) =>
      typeof f === 'object' && f && 'question' in f ? [(f as { question: string }).question] : [],
    );
    const askedFr = Object.values(fields.fr).flatMap((f) =>
      typeof f === 'object' && f && 'question' in f ? [(f as { question: string }).question] : [],
    );
    expect(asked.some((q) => r.stdout.includes(q))).toBe(true);
    for (const q of askedFr) expect(r.stdout).not.toContain(q);
    // The vague verbs are found by the French rules (« renforcer »), and said in English.
    expect(r.stdout).toMatch(/"[Rr]enforcer" is vague/);
    expect(r.stdout).not.toMatch(/est flou|n’est pas une|Champ manquant/);
    // Said once: the draft's language, and that the examples to paste stay in it.
    expect(r.stdout.split(cli.en.guard.languages.fr).length).toBeGreaterThan(1);
    expect(r.stdout).toContain('the examples to paste into the draft stay in French');
  });

  it('--lang sets the messages only: a French draft is still read as French, with no warning', async () => {
    const r = await runCli(['check', '--format', 'json', '--lang', 'en', FR], { LANG: 'fr_FR.UTF-8' });
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout) as { files: { language: string; findings: { message: string }[] }[] };
    expect(report.files[0].language).toBe('fr');
    expect(report.files[0].findings.some((f) => /is vague/.test(f.message))).toBe(true);
    expect(report.files[0].findings.some((f) => /est flou/.test(f.message))).toBe(false);
  });

  it('the reverse: an English draft under LANG=fr_FR gets French messages, English rules', async () => {
    const r = await runCli(['check', EN], { LANG: 'fr_FR.UTF-8' });
    expect(r.stdout).toContain('plan-en.md (en)');
    expect(r.stdout).toMatch(/» est flou/);
    expect(r.stdout).not.toMatch(/is vague|Missing field/);
    expect(r.stdout).toContain('les exemples à coller dans le projet restent en anglais');
  });

  it('--text-lang forces the draft’s language, and help check says which option does what', async () => {
    const r = await runCli(['check', '--text-lang', 'en', FR], { LANG: 'en_GB.UTF-8' });
    expect(r.stderr).toContain('as --text-lang asks');
    const help = await runCli(['help', 'check'], { LANG: 'en_GB.UTF-8' });
    expect(help.stdout).toContain('--text-lang');
    expect(help.stdout.replace(/\s+/g, ' ')).toContain('each draft is read in its own language');
  });
});

describe('a copy of a plan of the draft’s own period (audit12 #21)', () => {
  const dir = tempDir();
  const draft = join(dir, 'uk-ie.md');
  // IE0051's own text (the IRM's), in a plan titled with its years but no country.
  writeFileSync(
    draft,
    [
      '# Open Government National Action Plan 2021-2023 (draft)',
      '',
      '## Commitment 1: Review of the operation of the Regulation of Lobbying Act 2015',
      '',
      '**Lead department:** Department of Public Expenditure and Reform',
      '',
      '**Status quo:** The Regulation of Lobbying Act 2015 sets the framework to provide transparency to the public on "who is lobbying whom about what". The Taoiseach announced on 29th September 2020 that section 22 of the Act, dealing with the cooling-off period for certain elected and public officials, would be reviewed. The second statutory review of the operation of the Act was published in January 2020.',
      '',
      '**What is the commitment?** To undertake a wide ranging review of the Regulation of Lobbying Act 2015 to assess the policy, legal and practical implications of a specific event and to undertake a wide review of how the existing legislative foundation could be further enhanced in terms of effectiveness, efficiency and to address any weaknesses that the process surfaces.',
      '',
      '**Ambition:** To strengthen, modernise and streamline the statutory framework, leveraging best practice and fostering stakeholder engagement.',
      '',
      '**Milestones:**',
      '',
      '- Complete a draft review of the Regulation of Lobbying Act and distil evidence based recommendations. Q2 2021',
      '- Draft Heads of a Bill in accordance with Government approval. Q4 2021',
      '- Introduction of the Bill to the Oireachtas by 30 September 2022.',
      '',
    ].join('\n'),
  );

  it('says the plan may be the draft itself, and offers no example modelled on that very commitment', async () => {
    const r = await runCli(['check', '--format', 'json', draft], { LANG: 'en_GB.UTF-8' });
    const report = JSON.parse(r.stdout) as {
      files: { findings: { ruleId: string; message: string; note?: string; expected: string[] }[] }[];
    };
    const fs = report.files[0].findings;
    const copy = fs.find((f) => f.ruleId === 'duplicate');
    expect(copy?.message).toContain('IE0051');
    expect(copy?.message).toContain('If it is that plan itself, ignore this finding');
    expect(copy?.message).not.toContain('earlier plan');
    const advice = fs.filter((f) => f.ruleId === 'missing-field').flatMap((f) => [...f.expected, f.note ?? '']);
    expect(advice.some((s) => s.includes('IE0051'))).toBe(false);
    // The French catalogue says it too.
    expect(findings.fr.duplicate.samePeriod).toContain('ce plan lui-même');
  });
});

describe('dates and words as the locale and the author write them (audit12 #22)', () => {
  const run = (LANG: string) =>
    runCli(['check', '--format', 'html', EN], { LANG, SOURCE_DATE_EPOCH: String(Date.UTC(2026, 11, 6) / 1000) });

  it('the HTML report’s date: "December 6, 2026" under en_US, "6 December 2026" under en_GB, French unchanged', async () => {
    expect((await run('en_US.UTF-8')).stdout).toContain('December 6, 2026');
    expect((await run('en_GB.UTF-8')).stdout).toContain('6 December 2026');
    expect((await run('fr_FR.UTF-8')).stdout).toContain('6 décembre 2026');
  });

  it('a vague verb spelt the British way is quoted as the author spelt it, not re-spelt', async () => {
    const dir = tempDir();
    const draft = join(dir, 'uk.md');
    writeFileSync(
      draft,
      '# National Action Plan 2024-2026\n\n## Commitment 1: Lobbying register\n\nThe department will modernise the lobbying register.\n',
    );
    const r = await runCli(['check', '--format', 'json', draft], { LANG: 'en_GB.UTF-8' });
    const report = JSON.parse(r.stdout) as { files: { findings: { ruleId: string; message: string }[] }[] };
    const said = report.files[0].findings.filter((f) => f.ruleId === 'vague-term').map((f) => f.message);
    expect(said.some((m) => m.includes('"modernise"'))).toBe(true);
    expect(said.some((m) => m.includes('modernize'))).toBe(false);
  });
});

describe('information remarks folded, each word once per paragraph (audit12 #3)', () => {
  const dir = tempDir();
  const draft = join(dir, 'plan.md');
  // "help" three times in one paragraph, as the US plan's line 85; background words flagged as information.
  writeFileSync(
    draft,
    [
      '# National Action Plan 2024-2026',
      '',
      '## Commitment 1: Help desks for benefits',
      '',
      'The agency will help families, help veterans and help students apply for benefits. It will promote the service.',
      '',
      'In the past, several programmes tried to support families and improve access, with some progress.',
      '',
    ].join('\n'),
  );
  type Json = { files: { findings: { ruleId: string; severity: string; paragraph: number; actual: string }[] }[] };

  it('json keeps every occurrence; text lists the word once with ×N and counts the information remarks', async () => {
    const json = JSON.parse(
      (await runCli(['check', '--format', 'json', draft], { LANG: 'en_GB.UTF-8' })).stdout,
    ) as Json;
    const fs = json.files[0].findings;
    const help = fs.filter((f) => f.ruleId === 'vague-term' && f.actual.toLowerCase() === 'help');
    // The body's paragraph holds it three times (the title once more).
    const inBody = help.filter((f) => f.paragraph === Math.max(...help.map((h) => h.paragraph)));
    expect(inBody.length).toBe(3);
    const info = fs.filter((f) => f.severity === 'info').length;
    expect(info).toBeGreaterThan(0);
    const report = (await runCli(['check', draft], { LANG: 'en_GB.UTF-8' })).stdout;
    // The full list, after the digest (which shows the same line among its main findings).
    const text = report.slice(report.indexOf('All findings, commitment by commitment'));
    const helpLines = text.split('\n').filter((l) => /"help" is vague/.test(l) && /will help/.test(l));
    expect(helpLines.length).toBe(1);
    expect(helpLines[0]).toContain('×3');
    expect(text).not.toMatch(/^\s+.*\binformation\b {2}/m);
    expect(text).toMatch(/\d+ information remarks? \(--all lists/);
    // --all lists them, warnings still first.
    const all = (await runCli(['check', '--all', draft], { LANG: 'en_GB.UTF-8' })).stdout;
    const lines = all.split('\n');
    const firstInfo = lines.findIndex((l) => /\binformation\b {2}/.test(l));
    const lastWarning = lines.map((l) => /\bwarning\b {2}/.test(l)).lastIndexOf(true);
    expect(firstInfo).toBeGreaterThan(lastWarning);
  });

  it('the HTML report folds the information remarks in a <details> with their count', async () => {
    const html = (await runCli(['check', '--format', 'html', draft], { LANG: 'en_GB.UTF-8' })).stdout;
    expect(html).toMatch(/<details class="info"><summary>\d+ information remarks?<\/summary>/);
    const folded = html.slice(html.indexOf('<details class="info">'));
    expect(folded).toContain('sev-info');
    const section = html.slice(html.indexOf('<section class="commitment">'), html.indexOf('<details class="info">'));
    expect(section).not.toContain('class="sev sev-info"');
  });
});

describe('a remark in a table cell names its row and column (audit12 #17)', () => {
  const tc = (text: string) => `<w:tc>${p(text)}</w:tc>`;
  const tr = (...cells: string[]) => `<w:tr>${cells.map(tc).join('')}</w:tr>`;
  const body =
    p('National Action Plan 2024-2026') +
    p('Commitment 1: Open contracting', '<w:pStyle w:val="Heading2"/><w:outlineLvl w:val="1"/>') +
    p('The Cabinet Office will publish contract data every month from March 2025.') +
    `<w:tbl>${tr('Milestone', 'Start', 'Due')}${tr('Achieve 95% of contracts published', 'March 2025', 'Ongoing')}${tr('Publish 90% of tenders', 'June 2025', 'Ongoing')}</w:tbl>`;

  it('in a .docx (Word’s search finds identical cells alike) and in Markdown, with the line', async () => {
    const dir = tempDir();
    const docx = join(dir, 'plan.docx');
    writeFileSync(docx, docxFromXml({ body }));
    const report = (await runCli(['check', docx], { LANG: 'en_GB.UTF-8' })).stdout;
    const text = report.slice(report.indexOf('All findings, commitment by commitment')); // the full list
    const ongoing = text.split('\n').filter((l) => /"Ongoing" is not a deadline/.test(l));
    expect(ongoing.length).toBe(2);
    // "Ongoing" as the deadline (the Due column); in a "New or ongoing" column it is a status, not a deadline.
    expect(ongoing[0]).toContain('table 1, row "Achieve 95% of contracts…", column "Due"');
    expect(ongoing[1]).toContain('row "Publish 90% of tenders"');
    const md = join(dir, 'plan.md');
    writeFileSync(
      md,
      '# National Action Plan 2024-2026\n\n## Commitment 1: Open contracting\n\nThe Cabinet Office will publish contract data every month from March 2025.\n\n| Milestone | Start | Due |\n|---|---|---|\n| Achieve 95% of contracts published | March 2025 | Ongoing |\n',
    );
    const fr = plainSpaces((await runCli(['check', md], { LANG: 'fr_FR.UTF-8' })).stdout);
    expect(fr).toContain('(ligne 9, tableau 1, rangée « Achieve 95% of contracts… », colonne « Due »)');
  });
});
