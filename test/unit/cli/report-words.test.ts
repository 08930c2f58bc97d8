// The reports read as a careful civil servant writes: singular and plural by the number, French typography
// (’, « »), headers in the report's language, each check named in that language beside its id, the IRM's acronym
// spelled out at its first use, no empty quote, level names in sentences that fit them.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, plainSpaces, runCli, tempDir } from './helpers';

const fr = join(FIXTURES, 'plan-fr.md');
const frV2 = join(FIXTURES, 'plan-fr-v2.md');
const en = join(FIXTURES, 'plan-en.md');

async function report(args: string[]): Promise<string> {
  const r = await runCli(['check', ...args]);
  expect(r.stderr).toBe('');
  return r.stdout;
}

/** A draft of one commitment, written to a temporary folder. */
function draft(text: string, name = 'un.md'): string {
  const file = join(tempDir(), name);
  writeFileSync(file, text);
  return file;
}

const ONE = draft(
  [
    '## Engagement 1 : Registre des représentants d’intérêts',
    '',
    'La HATVP publiera le registre en ligne d’ici juin 2026, en s’efforçant d’accroître le nombre de déclarations.',
  ].join('\n'),
);

describe('report words', () => {
  it('counts in words: « 1 projet », « 2 projets », « 1 engagement », never « (s) »', async () => {
    expect(await report(['--format', 'html', fr])).toContain('Produit par Jalon — 1 projet — ');
    expect(await report(['--format', 'html', fr, frV2])).toContain('Produit par Jalon — 2 projets — ');
    expect(await report(['--lang', 'en', '--format', 'html', en])).toContain('Produced by Jalon — 1 draft — ');
    const one = await report([ONE]);
    expect(one).toMatch(/\(fr\) — 1 engagement, \d+ remarques?\n/);
    expect(await report([fr])).toMatch(/\(fr\) — 3 engagements, \d+ remarques\n/);
    for (const format of ['text', 'md', 'html']) {
      expect(await report(['--format', format, fr])).not.toContain('(s)');
      expect(await report(['--lang', 'en', '--format', format, en])).not.toContain('(s)');
    }
  });

  it('says « suggestion » for one suggestion and « suggestions » for several', async () => {
    const json = JSON.parse(await report(['--format', 'json', fr])) as {
      files: { findings: { ruleId: string; message: string; expected: string[] }[] }[];
    };
    // --all: every remark listed (information ones are counted otherwise).
    const whole = await report(['--format', 'md', '--all', fr]);
    // The full list, after the digest; a missing field's example is written once, above it, and pointed to.
    const md = whole.slice(whole.indexOf('### Toutes les remarques'));
    const fs = json.files[0].findings.filter((f) => f.expected.length > 0 && f.ruleId !== 'missing-field');
    expect(fs.some((f) => f.expected.length === 1) && fs.some((f) => f.expected.length > 1)).toBe(true);
    const count = (re: RegExp) => md.split('\n').filter((l) => re.test(l)).length;
    expect(count(/\(suggestion : /)).toBe(fs.filter((f) => f.expected.length === 1).length);
    expect(count(/\(suggestions : /)).toBe(fs.filter((f) => f.expected.length > 1).length);
  });

  it('says the level in a sentence that fits every level, and whether it is verifiable', async () => {
    const text = plainSpaces(await report([fr]));
    // Each commitment twice: in the digest, then heading its remarks.
    const lines = text.split('\n').filter((l) => /^ {2}Engagement \d/.test(l));
    expect(lines).toHaveLength(6);
    for (const l of lines)
      expect(l).toMatch(
        / — (aucune précision|précision (faible|moyenne|élevée)) \((non )?vérifiable\) — grille de l’atelier : \d+\/\d+(, |$)/,
      );
    expect(text).not.toMatch(/niveau (aucune|faible|moyen|élevé)/);
    const english = await report(['--lang', 'en', en]);
    expect(english).toMatch(/ — no specificity \(not verifiable\) — workshop checklist: \d+\/\d+/);
    expect(english).not.toMatch(/level none/);
    const md = await report(['--format', 'md', fr]);
    expect(md).toMatch(/^Précision : \*\*faible\*\* \(non vérifiable\) — /m);
  });

  it('writes the spreadsheet headers in the report’s language, each column named once', async () => {
    for (const [lang, file, words] of [
      [
        'fr',
        fr,
        [
          'Précision',
          'Précision en code anglais pour les scripts (none / low / medium / high)',
          'Points',
          'Points possibles',
        ],
      ],
      ['en', en, ['Level', 'Level code (none / low / medium / high)', 'Points', 'Maximum points']],
    ] as const) {
      const header = (await report(['--lang', lang, '--format', 'csv', file])).replace(/^\ufeff/, '').split('\r\n')[0];
      const sep = lang === 'fr' ? ';' : ','; // as Excel in the language splits a file
      const cells = header.split(sep);
      expect(new Set(cells.map((c) => c.toLowerCase())).size).toBe(cells.length);
      expect(cells.join(',')).toContain(words.join(','));
      expect(cells).not.toContain('level');
      expect(cells).not.toContain('max');
      expect(cells).not.toContain('#');
    }
  });

  it('writes the comparison spreadsheet in the report’s language', async () => {
    const csv = (await runCli(['check', '--compare', fr, frV2, '--format', 'csv'])).stdout.replace(/^\ufeff/, '');
    const [header, ...rows] = csv.trim().split('\r\n');
    expect(header.split(';')[0]).toBe('Évolution');
    const statuses = rows.map((r) => r.split(';')[0]);
    expect(statuses.length).toBeGreaterThan(0);
    for (const s of statuses) expect(['amélioré', 'en recul', 'inchangé', 'nouveau', 'supprimé']).toContain(s);
  });

  it('names each check in the report’s language on its lines, and its id (for house rules) once (text, md, html)', async () => {
    const md = await report(['--format', 'md', fr]);
    const findings = md.split('\n').filter((l) => /^- .*(avertissement|suggestion|info|erreur) — /.test(l));
    expect(findings.length).toBeGreaterThan(5);
    for (const l of findings) expect(l).toMatch(/(avertissement|suggestion|info|erreur) — [^—`(]+ — /);
    expect(md).not.toMatch(/\(`[a-z-]+`\)/);
    const codes = md.split('\n').filter((l) => l.includes('`vague-term`'));
    expect(codes).toEqual([expect.stringMatching(/règles maison .*Verbe flou : `vague-term`/)]);
    expect(codes[0]).toContain('Champ manquant : `missing-field`');
    const html = await report(['--format', 'html', fr]);
    expect(html).toContain('<span class="rule">Verbe flou</span>');
    expect(html.split('vague-term')).toHaveLength(2);
    // The codes are for the facilitator's house rules: at the foot of the page, not in how to read the report
    // (the ministry it is mailed to never runs Jalon).
    const legend = html.slice(html.indexOf('Comment lire ce rapport'), html.indexOf('</dl>'));
    expect(legend).not.toContain('vague-term');
    expect(plainSpaces(html.slice(html.indexOf('<footer>')))).toMatch(/règles maison .*Verbe flou : vague-term/);
    const text = plainSpaces(await report([fr]));
    expect(text).toMatch(/^ {4}.* {2}avertissement {2}Verbe flou {2}/m);
    expect(text.split('vague-term')).toHaveLength(2);
    expect(text.trimEnd().split('\n').pop()).toMatch(/règles maison .*: .*Verbe flou : vague-term/);
    const english = await report(['--lang', 'en', '--format', 'md', en]);
    expect(english).toContain(' — Vague verb — ');
    expect(english).toMatch(/house rules .*Vague verb: `vague-term`/);
  });

  it('spells out the IRM’s acronym at its first use in a report, and only there', async () => {
    // Spelled out once, and no bare acronym before it.
    const spelled = (out: string, short: string, long: string) => {
      const first = out.search(new RegExp(`\\b${short}\\b`));
      if (first === -1) return 'absent';
      expect(out.split(`${long} (${short})`)).toHaveLength(2);
      expect(first).toBe(out.indexOf(`${long} (${short})`) + long.length + 2);
      return 'spelled';
    };
    for (const format of ['text', 'md', 'html']) {
      const out = await report(['--format', format, fr, frV2]);
      expect(spelled(out, 'MEI', 'Mécanisme d’évaluation indépendant')).toBe('spelled');
      const english = await report(['--lang', 'en', '--format', format, en]);
      // The English draft's text report names no IRM example; its md and html explain a level by the IRM's scale.
      expect(spelled(english, 'IRM', 'Independent Reporting Mechanism')).toBe(format === 'text' ? 'absent' : 'spelled');
    }
  });

  it('quotes no empty paragraph: a blank template’s findings have no « »', async () => {
    const dir = tempDir();
    const blank = join(dir, 'vierge.docx');
    expect((await runCli(['template', '--out', blank])).code).toBe(0);
    for (const format of ['text', 'md', 'html']) {
      const out = await report(['--format', format, blank]);
      expect(out).toContain('missing-field');
      expect(out).not.toMatch(/«\s*»/);
      expect(out).not.toMatch(/^- {2}/m);
    }
  });

  it('writes French apostrophes as ’: a straight one comes only from the draft’s own words', async () => {
    const own = new Set(readFileSync(fr, 'utf8').match(/[\p{L}]*'[\p{L}]*/gu) ?? []);
    for (const format of ['text', 'md', 'html']) {
      const out = (await report(['--format', format, fr])).replace(/&#39;/g, "'");
      const straight = out.match(/[\p{L}]*'[\p{L}]*/gu) ?? [];
      expect(straight.filter((w) => !own.has(w))).toEqual([]);
    }
  });

  it('names a vague verb by its dictionary form, after the draft’s own words', async () => {
    const md = await report(['--format', 'md', '--all', ONE]);
    // Here information (the manner of « publiera »): its message says why, quoting the verb the same way.
    expect(md).toMatch(/« efforçant d’… » : « s’efforcer de » décrit ici /);
    expect(md).not.toMatch(/« efforçant d’ » (?:est flou|décrit)/);
  });
});
