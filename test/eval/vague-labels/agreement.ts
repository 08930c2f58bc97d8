// A second annotation of some `unseen` documents (agreement.json), labelled blind to the stored records, and how far
// the two annotators agree: Cohen's kappa on the verdict, the second annotator's `warn` scored as predictions against
// the first's (the figure to set beside Jalon's precision and recall), and the confusion table of verdicts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROLES, VERDICTS, type Occurrence, type Role, type SplitDocument, type Verdict } from './load';

export interface SecondLabel {
  document: string;
  start: number;
  end: number;
  word: string;
  role: Role;
  verdict: Verdict;
}

export interface Agreement {
  /** The documents the second annotator labelled (all their occurrences). */
  documents: string[];
  /** Each second label with the stored (first annotator's) record it points at. */
  pairs: Array<{ first: Occurrence; second: SecondLabel }>;
  /** Labels that do not point at an `unseen` occurrence, and occurrences of those documents left unlabelled. */
  problems: string[];
}

/** Reads agreement.json and pairs each label with the `unseen` record at the same offsets. */
export function loadAgreement(unseen: readonly SplitDocument[], dir: string = __dirname): Agreement {
  const data = JSON.parse(readFileSync(join(dir, 'agreement.json'), 'utf8')) as {
    documents: string[];
    labels: SecondLabel[];
  };
  const problems: string[] = [];
  const pairs: Agreement['pairs'] = [];
  const labelled = new Set<string>();
  for (const l of data.labels) {
    const where = `agreement ${l.document}@${l.start}`;
    const key = `${l.document}@${l.start}-${l.end}`;
    if (labelled.has(key)) problems.push(`${where}: labelled twice`);
    labelled.add(key);
    if (!data.documents.includes(l.document)) problems.push(`${where}: document not listed`);
    if (!(ROLES as readonly string[]).includes(l.role)) problems.push(`${where}: unknown role ${l.role}`);
    if (!(VERDICTS as readonly string[]).includes(l.verdict)) problems.push(`${where}: unknown verdict ${l.verdict}`);
    const doc = unseen.find((d) => d.document.id === l.document);
    const first = doc?.occurrences.find((o) => o.start === l.start && o.end === l.end);
    if (!first) {
      problems.push(`${where}: no unseen occurrence at these offsets`);
      continue;
    }
    if (first.word !== l.word) problems.push(`${where}: "${l.word}" expected, the record holds "${first.word}"`);
    pairs.push({ first, second: l });
  }
  for (const id of data.documents) {
    const doc = unseen.find((d) => d.document.id === id);
    if (!doc) problems.push(`agreement: ${id} is not an unseen document`);
    for (const o of doc?.occurrences ?? [])
      if (!labelled.has(`${o.document}@${o.start}-${o.end}`)) problems.push(`agreement: ${o.id} has no second label`);
  }
  return { documents: data.documents, pairs, problems };
}

export interface AgreementFigures {
  n: number;
  /** Share of occurrences with the same verdict, and with the same role. */
  verdictAgreement: number;
  roleAgreement: number;
  /** Cohen's kappa on the three verdicts. */
  kappa: number;
  /** The second annotator's `warn` taken as predictions of the first's `warn`. */
  precision: number;
  recall: number;
  /** confusion[first][second]: counts of verdict pairs. */
  confusion: Record<Verdict, Record<Verdict, number>>;
}

export function agreementFigures(pairs: Agreement['pairs']): AgreementFigures {
  const n = pairs.length;
  const confusion = Object.fromEntries(
    VERDICTS.map((a) => [a, Object.fromEntries(VERDICTS.map((b) => [b, 0]))]),
  ) as AgreementFigures['confusion'];
  for (const { first, second } of pairs) confusion[first.verdict][second.verdict]++;
  const same = VERDICTS.reduce((s, v) => s + confusion[v][v], 0);
  const firstTotal = (v: Verdict) => VERDICTS.reduce((s, w) => s + confusion[v][w], 0);
  const secondTotal = (v: Verdict) => VERDICTS.reduce((s, w) => s + confusion[w][v], 0);
  const observed = same / n;
  const expected = VERDICTS.reduce((s, v) => s + (firstTotal(v) / n) * (secondTotal(v) / n), 0);
  return {
    n,
    verdictAgreement: observed,
    roleAgreement: pairs.filter((p) => p.first.role === p.second.role).length / n,
    kappa: (observed - expected) / (1 - expected),
    precision: confusion.warn.warn / secondTotal('warn'),
    recall: confusion.warn.warn / firstTotal('warn'),
    confusion,
  };
}
