// A plain-text plan whose commitments open on « Mesure 3 : Titre » lines (or « Action 2 : », « Objectif 1 : »,
// "Measure 3:"), as a .txt or a .docx without heading styles holds them, is read as those commitments, as one
// opening on « Engagement 3 : » lines is; not as one commitment (issue 13). A label (« Mesure de l'impact : … »)
// opens none.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { requireTool, runCli, tempDir } from './helpers';

jest.setTimeout(60_000);

// Each line its own paragraph, a blank line between them, so that pandoc's .docx holds the same paragraphs.
const PLAN = {
  fr: [
    'Plan d’action national pour un gouvernement ouvert 2025-2027',
    'Ce projet rassemble les mesures proposées par les ministères.',
    'Mesure 1 : Publier les données des marchés publics',
    'Pilote : ministère de l’Économie.',
    'Mesure de l’impact : part des marchés publiés en données ouvertes.',
    'Jalons : publier le schéma d’ici juin 2025 ; ouvrir le portail d’ici décembre 2026.',
    'Mesure 2 : Ouvrir le registre des lobbyistes',
    'Pilote : HATVP.',
    'Indicateur : nombre de fiches publiées.',
    'Jalons : ouvrir le registre d’ici mars 2026.',
    'Mesure 3 : Former les agents à la transparence',
    'Pilote : DITP.',
    'Cible : 300 agents formés d’ici 2027.',
  ],
  en: [
    'National Action Plan 2025-2027',
    'Measure 1: Publish public procurement data',
    'Lead agency: Treasury.',
    'Milestones: publish the schema by June 2025; open the portal by December 2026.',
    'Measure 2: Open the register of lobbyists',
    'Lead agency: Ethics Office.',
    'Milestones: open the register by March 2026.',
  ],
};

interface Read {
  title: string;
  fields: Record<string, { text: string }>;
  missing: string[];
}
async function commitments(file: string, lang: 'fr' | 'en'): Promise<Read[]> {
  const r = await runCli(['check', '--format', 'json', '--text-lang', lang, file]);
  return (JSON.parse(r.stdout) as { files: Array<{ commitments: Read[] }> }).files[0].commitments;
}
const summary = (cs: Read[]) => cs.map((c) => [c.title, Object.keys(c.fields).sort(), c.missing]);

describe('plain lines numbered as titles', () => {
  const dir = tempDir('jalon-named-');
  beforeAll(() => requireTool('pandoc', 'pandoc'));

  it.each(['fr', 'en'] as const)('split a %s .txt and its pandoc .docx into its commitments', async (lang) => {
    const txt = join(dir, `plan-${lang}.txt`);
    writeFileSync(txt, PLAN[lang].join('\n\n') + '\n');
    const docx = join(dir, `plan-${lang}.docx`);
    execFileSync('pandoc', ['-f', 'markdown-smart', '-t', 'docx', '-o', docx, txt]);
    const fromText = await commitments(txt, lang);
    expect(fromText.map((c) => c.title)).toEqual(PLAN[lang].filter((l) => /^Measure \d|^Mesure \d/.test(l)));
    expect(summary(await commitments(docx, lang))).toEqual(summary(fromText));
    // Each commitment reads its own lines: the first's lead is not the last's.
    expect(new Set(fromText.map((c) => c.fields.lead?.text)).size).toBe(fromText.length);
  });

  it('a label « Mesure de l’impact : » stays in its commitment, as its indicator', async () => {
    const txt = join(dir, 'label.txt');
    writeFileSync(txt, PLAN.fr.join('\n\n') + '\n');
    const [first] = await commitments(txt, 'fr');
    expect(first.fields.indicator?.text).toContain('part des marchés publiés');
  });
});
