import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { TEMPLATE_FIELDS, tagOf } from '../../../src/core/template';
import { readDraft } from '../../../src/cli/input';
import { FIXTURES, runCli, tempDir } from './helpers';

describe('jalon check --compare OLD NEW', () => {
  const v1 = join(FIXTURES, 'plan-fr.md');
  const v2 = join(FIXTURES, 'plan-fr-v2.md');

  it('says, commitment by commitment, what improved, regressed, appeared or went', async () => {
    const r = await runCli(['check', '--compare', '--format', 'json', v1, v2]);
    expect(r.code).toBeLessThan(2);
    const { changes } = JSON.parse(r.stdout) as {
      changes: {
        status: string;
        matchedBy?: string;
        before?: { title: string; score: number };
        after?: { title: string; score: number };
        fieldsAdded: string[];
        fieldsLost: string[];
      }[];
    };
    const byTitle = (t: RegExp) => changes.find((c) => t.test((c.after ?? c.before)!.title))!;
    const e1 = byTitle(/marchés publics/);
    expect(e1).toMatchObject({ status: 'regressed', matchedBy: 'title' });
    expect(e1.fieldsLost).toContain('cost');
    const e2 = byTitle(/participation citoyenne/);
    expect(e2.status).toBe('improved');
    expect(e2.fieldsAdded).toEqual(expect.arrayContaining(['indicator', 'baseline', 'target', 'cost']));
    expect(e2.after!.score).toBeGreaterThan(e2.before!.score);
    // Retitled, matched by the number both versions give it (« Engagement 3 »; audit16 #14).
    const e3 = byTitle(/calculateur/);
    expect(e3.matchedBy).toBe('number');
    expect(e3.before!.title).toMatch(/logiciels de calcul fiscal/);
    expect(byTitle(/Commission d'accès/).status).toBe('added');
    expect(changes).toHaveLength(4);
  });

  it('reads in text, md, html and csv; needs exactly two files', async () => {
    const text = await runCli(['check', '--compare', v1, v2]);
    expect(text.stdout).toMatch(
      /^ {2}« Engagement 2 : Renforcer la participation citoyenne » — amélioré : faible → élevé/m,
    );
    expect(text.stdout).toMatch(/champs perdus : coût/);
    // The title names the commitment: the word is not said twice (audit15, finding 14).
    expect(text.stdout).not.toMatch(/Engagement « Engagement/);
    const en = await runCli(['check', '--compare', '--lang', 'en', v1, v2]);
    expect(en.stdout).toMatch(/^ {2}"Engagement 2 : Renforcer la participation citoyenne" — improved: low → high; /m);
    expect(en.stdout).toMatch(/^Comparison of two versions: /);
    expect(en.stdout).not.toMatch(/[«»]| ; /);
    const html = await runCli(['check', '--compare', '--format', 'html', v1, v2]);
    expect(html.stdout).toMatch(/<li class="regressed">/);
    expect((await runCli(['check', '--compare', '--format', 'md', v1, v2])).stdout).toMatch(/^# Comparaison/);
    expect((await runCli(['check', '--compare', '--format', 'csv', v1, v2])).stdout.trim().split('\r\n')).toHaveLength(
      5,
    );
    const one = await runCli(['check', '--compare', v1]);
    expect(one.code).toBe(2);
    expect(one.stderr).toMatch(/--compare attend deux fichiers/);
    const missing = await runCli(['check', '--compare', v1, join(tempDir(), 'absent.docx')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/absent\.docx : fichier introuvable/);
  });

  it('says what stayed as such, how many points moved, which fields were reworded, and names drafts as given', async () => {
    // Two folders, one name each: the drafts are named by their folder and name, never the full path.
    const [d1, d2] = [join(tempDir(), 'v1'), join(tempDir(), 'v2')];
    mkdirSync(d1);
    mkdirSync(d2);
    const draft = readFileSync(v1, 'utf8');
    writeFileSync(join(d1, 'plan.md'), draft);
    // The target reworded (100 % → 95 %) and the cost removed in commitment 1; nothing else changes.
    writeFileSync(
      join(d2, 'plan.md'),
      draft.replace('en décembre 2019, 100 %', 'en décembre 2019, 95 %').replace(/\*\*Coût :\*\*[^\n]*\n/, ''),
    );
    const r = await runCli(['check', '--compare', join(d1, 'plan.md'), join(d2, 'plan.md')]);
    expect(r.stdout).toMatch(/^Comparaison de deux versions : v1\/plan\.md → v2\/plan\.md\n/);
    expect(r.stdout).not.toContain(d1);
    const e1 = r.stdout.split('\n').find((l) => l.includes('Engagement 1'))!;
    expect(e1).toMatch(
      /en recul : précision inchangée \((élevée|moyenne)\) ; (\d+)\/21 → \d+\/21 points \(\d+ points? perdus?\)/,
    );
    expect(e1).toMatch(/champs perdus : coût ; champs modifiés : situation cible$/);
    const e3 = r.stdout.split('\n').find((l) => l.includes('Engagement 3'))!;
    expect(e3).toMatch(/inchangé : précision inchangée \(\w+\) ; points inchangés \(\d+\/21\) ; remarques/);
    const json = JSON.parse(
      (await runCli(['check', '--compare', '--format', 'json', join(d1, 'plan.md'), join(d2, 'plan.md')])).stdout,
    );
    expect(json.before).toBe(join(d1, 'plan.md'));
    expect(json.changes[0].fieldsChanged).toEqual(['target']);
    const en = await runCli(['check', '--compare', '--lang', 'en', join(d1, 'plan.md'), join(d2, 'plan.md')]);
    expect(en.stdout).toMatch(/regressed: level unchanged \(\w+\); \d+\/21 → \d+\/21 points \(1 point lost\)/);
    expect(en.stdout).toMatch(/fields changed: target/);
  });

  it('--out as for a check: written whole, said at once when it cannot be, nothing left beside it on failure', async () => {
    const dir = tempDir();
    const out = join(dir, 'comparaison.md');
    expect((await runCli(['check', '--compare', '--out', out, v1, v2])).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^# Comparaison/);
    writeFileSync(join(dir, 'fichier'), '');
    const blocked = await runCli(['check', '--compare', '--out', join(dir, 'fichier', 'c.md'), v1, v2], {
      LANG: 'en_US',
    });
    expect(blocked.code).toBe(2);
    expect(blocked.stderr).toMatch(/c\.md: cannot write the report \(.+\)\n$/);
    expect(
      (await runCli(['check', '--compare', '--out', join(dir, 'autre.md'), v1, join(dir, 'absent.md')])).code,
    ).toBe(2);
    expect(readdirSync(dir).sort()).toEqual(['comparaison.md', 'fichier']);
  });
});

describe('jalon template', () => {
  it.each(['fr', 'en'] as const)(
    'writes a blank plan (%s) whose fields are content controls found by tag',
    async (lang) => {
      const out = join(tempDir(), `modele-${lang}.docx`);
      const r = await runCli(['template', '--lang', lang, '--out', out]);
      expect(r.code).toBe(0);
      const ps = readDraft(out).paragraphs!;
      const tags = ps.flatMap((x) => x.tags);
      for (const f of TEMPLATE_FIELDS) expect(tags).toContain(tagOf(f.id));
      // Blank: the grey prompts are not read as answers.
      expect(ps.filter((x) => (x.tags ?? []).length > 0).every((x) => x.text === '')).toBe(true);
      expect(ps.find((x) => x.tags?.includes(tagOf('title')))?.headingLevel).toBe(2);
      expect(ps[0].headingLevel).toBe(1);
      const label = lang === 'fr' ? /^Situation initiale :$/ : /^Baseline:$/;
      expect(ps.some((x) => label.test(x.text))).toBe(true);
      // Jalon's own words pass its jargon check (a glossary closes the plan), and the blank title reads as such.
      const json = JSON.parse((await runCli(['check', '--format', 'json', '--lang', lang, out])).stdout);
      expect(json.files[0].findings.filter((f: { ruleId: string }) => f.ruleId === 'jargon')).toEqual([]);
      expect(ps.some((x) => x.headingLevel === 1 && x.text === (lang === 'fr' ? 'Glossaire' : 'Glossary'))).toBe(true);
      const text = (await runCli(['check', '--lang', lang, out])).stdout;
      expect(text).toContain(lang === 'fr' ? 'Engagement 1 (sans titre)' : 'Commitment 1 (untitled)');
    },
  );

  it('round trip: a template filled in is read back field by field from its controls', async () => {
    const dir = tempDir();
    const out = join(dir, 'modele.docx');
    await runCli(['template', '--lang', 'fr', '--out', out]);
    const parts = unzipSync(readFileSync(out));
    let xml = strFromU8(parts['word/document.xml']);
    const fill = (tag: string, text: string) => {
      const re = new RegExp(
        `(<w:tag w:val="${tag}"/>)<w:showingPlcHdr/>(</w:sdtPr><w:sdtContent><w:p>(?:(?!</w:p>).)*?<w:t[^>]*>)[^<]*(</w:t>)`,
      );
      expect(re.test(xml)).toBe(true);
      xml = xml.replace(re, `$1$2${text}$3`);
    };
    fill(tagOf('title'), 'Publier les données des marchés publics');
    fill(tagOf('cost'), '150 000 € sur le programme 218');
    fill(tagOf('baseline'), 'En 2017, 12 % des marchés sont publiés.');
    parts['word/document.xml'] = strToU8(xml);
    const filled = join(dir, 'rempli.docx');
    writeFileSync(filled, zipSync(parts));
    const json = JSON.parse((await runCli(['check', '--format', 'json', filled])).stdout);
    const [c] = json.files[0].commitments;
    expect(c.title).toBe('Publier les données des marchés publics');
    expect(c.fields.cost).toMatchObject({ text: '150 000 € sur le programme 218', source: 'control' });
    expect(c.fields.baseline).toMatchObject({ source: 'control' });
    expect(c.missing).not.toContain('cost');
    expect(c.missing).toContain('target');
  });

  it('needs --out', async () => {
    const r = await runCli(['template']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--out/);
  });
});
