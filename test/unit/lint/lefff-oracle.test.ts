// The Lefff (french-verbs-lefff, a dev dependency, never shipped) as an oracle: our own small conjugator must
// produce every form Lefff lists for each vague verb, except the imparfait du subjonctif of irregular verbs
// (promusse, soutinssions), which never occurs in an action plan.
import { conjugateFr } from '../../../src/core/checks/lexicon/conjugate';
import { fr } from '../../../src/core/checks/vague-term/fr';
import { foldWord as fold } from '../../../src/core/text/fold';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const lefff = require('french-verbs-lefff/dist/conjugations.json') as Record<string, Record<string, (string | null)[]>>;

const verbs = [...new Set(fr.terms.map((e) => e.verb ?? e.lemma))];

describe('conjugator covers the Lefff', () => {
  test.each(verbs)('%s', (verb) => {
    // Lefff writes œ as two letters (« oeuvrer »).
    const entry = lefff[verb] ?? lefff[verb.replace(/œ/g, 'oe')];
    expect(entry).toBeDefined();
    // Compared folded, as matching is (Lefff spells the participle of accroître "accrû", we "accru").
    const ours = new Set(conjugateFr(verb).map((f) => fold(f.form)));
    const irregular = !verb.endsWith('er');
    const missing: string[] = [];
    for (const [tense, forms] of Object.entries(entry)) {
      if (tense === 'T' && irregular) continue;
      for (const f of forms) if (f && f !== 'NA' && !ours.has(fold(f))) missing.push(`${tense}:${f}`);
    }
    expect(missing).toEqual([]);
  });
});
