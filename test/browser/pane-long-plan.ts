// A 300-page plan in the demo, for the pane's browser test (the pane stays usable: pane-quality.test.ts) and its
// bench (the longest task the page runs during the check: test/bench/pane-long-plan.bench.ts).
import type { Page } from 'playwright-core';
import { paragraphs } from './pane-support';

/** About 300 pages at 20 paragraphs a page. */
export const LONG_PLAN_PARAGRAPHS = 6000;

/**
 * A varied synthetic plan of about 300 pages (20 paragraphs a page): seeded, so every run reads the same text,
 * and built from many combinations so that commitments do not all repeat each other.
 */
export function generatePlan(paragraphCount: number): { kind: 'heading' | 'text'; text: string; level?: number }[] {
  let seed = 42;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pick = <T>(a: T[]): T => a[Math.floor(rnd() * a.length)];
  const subj = [
    'Le ministère',
    'La direction',
    'L’agence',
    'Le service',
    'La préfecture',
    'Le secrétariat général',
    'La mission',
    'L’opérateur',
  ];
  const domain = [
    'de la santé',
    'des finances',
    'de l’intérieur',
    'de la culture',
    'du travail',
    'de l’agriculture',
    'des transports',
    'de la justice',
  ];
  const verb = [
    'publiera',
    'adoptera',
    'ouvrira',
    'créera',
    'formera',
    'renforcera',
    'promouvra',
    'développera',
    'améliorera',
    'évaluera',
  ];
  const obj = [
    'les données',
    'le registre',
    'les comptes rendus',
    'les avis',
    'la plateforme',
    'les décisions',
    'les marchés',
    'les subventions',
  ];
  const qual = [
    'des collectivités',
    'des hôpitaux',
    'des universités',
    'des ports',
    'des musées',
    'des tribunaux',
    'des lycées',
    'des associations',
  ];
  const when = [
    'avant le 31 mars 2019',
    'd’ici fin 2020',
    'à terme',
    'prochainement',
    'au deuxième semestre 2019',
    'en juin 2021',
  ];
  const extra = [
    'en format ouvert',
    'selon une norme commune',
    'après consultation publique',
    'avec plusieurs partenaires',
    'pour un coût de 120 k€',
    'en lien avec la PGO',
  ];
  const out: { kind: 'heading' | 'text'; text: string; level?: number }[] = [];
  let n = 0;
  while (out.length < paragraphCount) {
    if (out.length % 12 === 0) {
      n++;
      out.push({ kind: 'heading', level: 2, text: `Engagement ${n} : ${pick(obj)} ${pick(qual)} (${n})` });
      continue;
    }
    const sentences: string[] = [];
    for (let i = 0, k = 2 + Math.floor(rnd() * 3); i < k; i++) {
      sentences.push(
        `${pick(subj)} ${pick(domain)} ${pick(verb)} ${pick(obj)} ${pick(qual)} ${pick(extra)} ${pick(when)}, soit ${Math.floor(rnd() * 900 + 10)} sites.`,
      );
    }
    out.push({ kind: 'text', text: sentences.join(' ') });
  }
  return out;
}
/** Grows the demo document by `count` generated paragraphs through its DocumentHost; the words it then holds. */
export async function growDemo(page: Page, count = LONG_PLAN_PARAGRAPHS): Promise<{ added: number; words: number }> {
  const ps = await paragraphs(page);
  const added = await page.evaluate(
    async ({ lastId, source, count }) => {
      // tsx (the bench's runner) names functions with a helper the page lacks: a stand-in that keeps them as they are.
      const generate = new Function(`const __name = (f) => f; return ${source}`)() as (n: number) => unknown[];
      const blocks = generate(count);
      const host = (
        window as unknown as { __jalonDemo: { host: { insertAfter(id: string, b: unknown[]): Promise<void> } } }
      ).__jalonDemo.host;
      await host.insertAfter(lastId, blocks);
      return blocks.length;
    },
    { lastId: ps[ps.length - 1].id, source: generatePlan.toString(), count },
  );
  const words = (await paragraphs(page)).reduce((n, x) => n + x.text.split(/\s+/).length, 0);
  return { added, words };
}
