// Vague terms by their role (issue 13, point 4), on the labelled set of real plan text (test/eval/vague-labels):
// a warning where a facilitator would ask for a concrete action (recall, on `warn` records), and no warning where
// the word is a purpose, a description, a name, a credit or context (precision: every warning inside a labelled
// passage that is not on a `warn` record is a false one). Names (`none` records) must get no finding at all.
// Since the second round of issue 13 the rules are written against `tune` and `test`, since the third against `fresh`
// too (its French and English parts reported apart), since the fourth against `unseen` (English IRM text of 34
// countries), since the ninth (sixth session) against `blind` too; bars apply to each group. The measure on text the
// rules have not seen is `blind3` (40 IRM commitments, labelled blind in the seventh session): its figures are
// printed, never its misses, and its bars only guard against going back. `blind2` (38, labelled blind in the sixth
// session, held out until the ninth) is a tuning split since the tenth session; `blind3` is one since the thirteenth
// session, when `blind4` (40 more IRM commitments, drawn and labelled blind like blind3) became the held-out measure,
// with `blind5` beside it (the last 36 such commitments, labelled blind in the thirteenth session): totals printed,
// never their misses.
import { draftFromBytes } from '../../src/cli/input';
import { inFile, reviewDraft } from '../../src/cli/review';
import type { Finding } from '../../src/core/types';
import { loadVagueLabels, type Occurrence, type SplitDocument } from './vague-labels/load';

const SCORED = new Set(['vague-term', 'vague-time', 'hedge']);
const isWarning = (f: Finding) => f.severity === 'warning' || f.severity === 'error';
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

export interface Score {
  warn: number;
  caught: number;
  warnings: number;
  falseWarnings: number;
  noneFlagged: number;
  misses: string[];
  falses: string[];
}

// A document is read as the command line reads a draft: a Markdown file as Markdown, a CSV document (its cells
// joined by line ends) as a .txt draft; findings come back in the file's own offsets, those of the labelled set.
function analysed(doc: SplitDocument) {
  const kind = doc.document.markdown ? 'md' : 'txt';
  const draft = draftFromBytes(`${doc.document.id}.${kind}`, kind, Buffer.from(doc.text, 'utf8'));
  const review = reviewDraft(draft, { lang: doc.document.lang, earlierPlans: null });
  // A date written so that it cannot be read ("September 31, 2020", "12/01/2023": vague-time's date doubts) is no
  // vague term: the labelled set has no record for it, so it is left out rather than counted as a false warning.
  return inFile(review).findings.filter((f) => SCORED.has(f.ruleId) && f.data?.date === undefined);
}

const quote = (text: string, at: { start: number; end: number }) =>
  `${text.slice(Math.max(0, at.start - 50), at.start)}[${text.slice(at.start, at.end)}]${text.slice(at.end, at.end + 50)}`.replace(
    /\s+/g,
    ' ',
  );

/** One document's findings scored into `s`, as the labelled set means it (README: "Scoring, as the set means it"). */
export function scoreFindings(doc: SplitDocument, findings: readonly Finding[], s: Score): void {
  const inPassage = (f: Finding) => doc.passages.some((p) => p.ranges.some((r) => overlaps(r, f)));
  const recordOf = (f: Finding): Occurrence | undefined => doc.occurrences.find((o) => overlaps(o, f));
  for (const o of doc.occurrences) {
    const on = findings.filter((f) => overlaps(o, f));
    if (o.verdict === 'warn') {
      s.warn++;
      if (on.some(isWarning)) s.caught++;
      else {
        const got =
          on.map((f) => `${f.severity}${f.data?.role ? `/${String(f.data.role)}` : ''}`).join(',') || 'nothing';
        s.misses.push(`${o.role} (got ${got}): ${quote(doc.text, o)}`);
      }
    }
    if (o.verdict === 'none' && on.length > 0) {
      s.noneFlagged++;
      s.falses.push(`NONE ${o.role} (got ${on.map((f) => f.severity).join(',')}): ${quote(doc.text, o)}`);
    }
  }
  for (const f of findings) {
    if (!isWarning(f) || !inPassage(f)) continue;
    s.warnings++;
    const record = recordOf(f);
    if (record?.verdict === 'warn') continue;
    s.falseWarnings++;
    s.falses.push(`${record ? `${record.role}/${record.verdict}` : 'unlabelled'}: ${quote(doc.text, f)}`);
  }
}

export const emptyScore = (): Score => ({
  warn: 0,
  caught: 0,
  warnings: 0,
  falseWarnings: 0,
  noneFlagged: 0,
  misses: [],
  falses: [],
});

export function score(docs: readonly SplitDocument[]): Score {
  const s = emptyScore();
  for (const doc of docs) scoreFindings(doc, analysed(doc), s);
  return s;
}

export const precision = (s: Score) => (s.warnings === 0 ? 1 : (s.warnings - s.falseWarnings) / s.warnings);
export const recall = (s: Score) => (s.warn === 0 ? 1 : s.caught / s.warn);

function report(label: string, s: Score, show: number): void {
  console.log(
    `${label}: ${s.warn} warn records, ${s.warnings} warnings in passages; precision ${precision(s).toFixed(3)}, recall ${recall(s).toFixed(3)}; names flagged ${s.noneFlagged}`,
  );
  for (const m of s.misses.slice(0, show)) console.log(`  missed  ${m}`);
  for (const f of s.falses.slice(0, show)) console.log(`  false   ${f}`);
}

/** Both splits scored as one. */
export function together(a: Score, b: Score): Score {
  return {
    warn: a.warn + b.warn,
    caught: a.caught + b.caught,
    warnings: a.warnings + b.warnings,
    falseWarnings: a.falseWarnings + b.falseWarnings,
    noneFlagged: a.noneFlagged + b.noneFlagged,
    misses: [...a.misses, ...b.misses],
    falses: [...a.falses, ...b.falses],
  };
}

/**
 * Bars set just under the figures reached in the third round of issue 13. On tune, test and fresh together (370 warn
 * records): precision 0.801, recall 0.895, 6 names given a finding; on tune and test (the second round's bars, kept):
 * precision 0.820, recall 0.905, 6 names. They guard against going back; the aim (0.95 and 0.95) is not reached (see
 * the closing note of issue 13). Kept in the fourth round, which reads 0.804, 0.911, 6 and 0.817, 0.919, 6.
 * Tenth session (w-judge11, written on `blind2`, each rule checked to lose nothing here) reads 0.854, 0.935, 4 and 0.854,
 * 0.929, 4; bars raised to just under.
 */
export const BARS = { precision: 0.85, recall: 0.93, namesFlagged: 4 };
export const TUNE_TEST_BARS = { precision: 0.85, recall: 0.925, namesFlagged: 4 };
/**
 * The four splits together (482 warn records), since `unseen` (69 IRM commitments of 34 countries, held out in the
 * third round: precision 0.457, recall 0.518, 54 names given a finding) became a tuning split in the fourth round:
 * precision 0.779, recall 0.878, 15 names (unseen alone 0.694, 0.768, 9; the four before the round 0.720, 0.807, 60).
 * Bars just under, against going back. Kept in the fifth round (rules checked for carry-over between splits), which
 * reads 0.790, 0.876, 12 (unseen 0.711, 0.768, 7; tune + test + fresh 0.814, 0.908, 5; tune + test 0.824, 0.916, 5).
 * Kept in the sixth round (rules kept only where they helped a split they were not written on), which reads 0.806,
 * 0.878, 12 (unseen 0.721, 0.786, 7; tune + test + fresh 0.831, 0.905, 5; tune + test 0.841, 0.909, 5).
 * Round 9 (written on `blind`, each rule checked to lose nothing here) reads 0.812, 0.890, 8; bars raised to just under.
 * Round 10 (seventh session, written on `unseen` and `blind`) reads 0.836, 0.911, 6 (tune + test + fresh 0.846, 0.935,
 * 4); bars raised to just under. Tenth session (w-judge11, written on `blind2`) reads 0.844, 0.909, 6; bars raised to
 * just under.
 */
export const ALL_BARS = { precision: 0.84, recall: 0.905, namesFlagged: 6 };
/**
 * `blind` (103 warn records, 55 IRM commitments of 36 countries), held out from the fourth to the sixth session (never
 * tuned on, its misses never printed; totals measured after each round's merge: 0.366, 0.544, 65 names before the
 * fourth round; 0.442, 0.592, 58; 0.449, 0.592, 59; 0.456, 0.602, 59 at the sixth session's start), is a tuning split
 * since the sixth session's round 9, when `blind2` took its place. Round 9, written on it: 0.696, 0.845, 15 names;
 * round 10: 0.758, 0.883, 13. Bars just under, against going back. Tenth session (w-judge11, written on `blind2`):
 * 0.765, 0.883, 11 (two names fewer: a verb of progress with no object); bars raised to just under. Thirteenth round
 * (w-judge13: a body opening a line before "to", the public's access ensured): 0.788, 0.903, 11; bars raised to 0.77
 * (two false warnings of margin) and 0.89 (one warning caught of margin).
 */
export const BLIND_BARS = { precision: 0.77, recall: 0.89, namesFlagged: 11 };
/**
 * `blind2` (55 warn records, 38 IRM commitments, drawn and labelled blind in the sixth session by an annotator who
 * agreed with `unseen`'s on 117 of 118 verdicts, kappa 0.985): the measure on text the rules were not written against.
 * Its figures are printed, never its misses. Measured once before any rule saw it (the rules of the fifth session):
 * precision 0.528, recall 0.509, 17 `none` words given a finding; after round 9 (written on `blind`), measured once
 * after its merge, totals only: 0.566, 0.545, 13; after round 10 (seventh session, written on `unseen` and `blind`):
 * 0.577, 0.545, 13; at the ninth session's end: 0.574, 0.564, 13. A tuning split since the tenth session (rule writers
 * see its misses with SHOW_BLIND2=N), when `blind3` stays the held-out measure. Bars just under, against going back.
 * Tenth session (w-judge11, rules written on it: its misses grouped by cause first): 0.667, 0.655, 4; bars raised to just
 * under. Twelfth round (w-judge12: the template's « pledge » and "Important activity with a verifiable deliverable";
 * other splits unchanged): 0.679, 0.691, 4; recall bar raised to 0.67 (one warning caught of margin). Thirteenth round
 * (w-judge13: gatherings as means, a system as a deliverable, a body asked "to", a bill's passage, a verb coordinated
 * with an effect's): 0.765, 0.709, 4; bars raised to 0.74 (one false warning of margin) and 0.69 (one warning caught).
 * Fourteenth session (w-judge14, written on `blind3`: labels run into the text before them): 0.778, 0.764, 4; bars
 * raised to 0.75 (two false warnings of margin) and 0.74 (one warning caught). Fifteenth session (w-judge15, written on
 * `blind3`, each rule kept only where blind2 or another split gained or held: a timing word in a purpose or a
 * description, "to have" an infinitive, "commit X to"): 0.840, 0.764, 4; precision bar raised to 0.80 (two false
 * warnings of margin).
 */
export const BLIND2_BARS = { precision: 0.8, recall: 0.74, namesFlagged: 4 };
/**
 * `blind3` (71 warn records, 40 IRM commitments of 25 countries, drawn by a rule committed before reading and labelled
 * blind in the seventh session): held out from the seventh to the twelfth session (beside `blind2` until the ninth),
 * printed, never its misses. Measured once before any rule
 * saw it (the rules of the sixth session, round 9): precision 0.451, recall 0.521, 35 `none` words given a finding;
 * after round 10, measured once after its merge: 0.430, 0.521, 35 (four more false warnings, no warning more caught);
 * with lines cut mid-sentence read whole (w-wrap): 0.435, 0.521, 35; after the tenth session's round 11 (written on
 * `blind2`): 0.440, 0.521, 31; at the twelfth session's end: 0.434, 0.507, 31. A tuning split since the thirteenth
 * session (its misses with SHOW_BLIND3=N), when `blind4` stays the held-out measure. Bars at and just under those,
 * against going back. Fourteenth session (w-judge14, rules written on it, its misses and false findings grouped by cause
 * first: template labels run into the text, SDG targets listed by number, a date's day or a law's number read as a
 * count, bodies named with their acronym): 0.510, 0.704, 22; bars raised to 0.49 (two false warnings of margin), 0.68
 * (one warning caught) and 24 names. Fifteenth session (w-judge15, its misses and false findings grouped by cause with
 * blind2's first: timing words in a purpose, a description or beside a stated rhythm, the OGP's grand challenges named
 * as nouns, an action named by its noun as a subject): 0.562, 0.704, 19; bars raised to 0.54 (two false warnings of
 * margin) and 21 names. Sixteenth session (w-judge16, its misses and false findings grouped by cause with blind2's
 * first; each rule kept only where blind2 and the other splits held: concrete means past "the organization of" and
 * past a noun object, a superlative participle, a capitalised Act as subject, "Support from" a named giver, support
 * gathered from others): 0.602, 0.704, 17; bars raised to 0.58 (two false warnings of margin) and 19 names.
 */
export const BLIND3_BARS = { precision: 0.58, recall: 0.68, namesFlagged: 19 };
/**
 * `blind4` (142 warn records, 1,211 occurrences, 40 IRM commitments, drawn by a rule committed before reading and
 * labelled blind in the tenth session): held out beside `blind3`, printed, never its misses. Measured once before any
 * rule saw it (the ninth session's rules, with the crash it revealed mended): precision 0.436, recall 0.648, 91 `none`
 * words given a finding (most of them template questions and labels); after round 11: 0.437, 0.655, 90; at the
 * twelfth session's end: 0.434, 0.648, 90; after round 14 (thirteenth session, written on `blind3`): 0.437, 0.655, 87.
 * The one held-out split since the thirteenth session, with `blind5` beside it. Bars just under,
 * against going back.
 */
export const BLIND4_BARS = { precision: 0.43, recall: 0.64, namesFlagged: 92 };
/**
 * `blind5` (136 warn records, 1,122 occurrences: every English IRM commitment of 800 characters or more outside
 * Canada, France and the United States that no split held, 36, drawn by a rule committed before reading and labelled
 * blind in the thirteenth session by an annotator who read no rule): held out beside `blind4`, printed, never its
 * misses. Measured once before any rule saw it (the twelfth session's rules): precision 0.512, recall 0.632, 107 `none`
 * words given a finding (282 of its 289 `none` records are template questions, labels and other senses); after round 14
 * (written on `blind3`), measured once after its merge: 0.509, 0.640, 105. Bars just under, against going back.
 */
export const BLIND5_BARS = { precision: 0.5, recall: 0.62, namesFlagged: 110 };

const passes = (s: Score, bars: typeof BARS) =>
  precision(s) >= bars.precision && recall(s) >= bars.recall && s.noneFlagged <= bars.namesFlagged;

export async function run(): Promise<boolean> {
  const { tune, test, fresh, unseen, blind, blind2, blind3, blind4, blind5, problems } = loadVagueLabels();
  if (problems.length > 0) {
    console.log(`labelled set: ${problems.length} problems`);
    return false;
  }
  const tuned = score(tune);
  report('tune', tuned, Number(process.env.SHOW ?? 0));
  const tested = score(test);
  report('test (a tuning split since round 2)', tested, Number(process.env.SHOW_TEST ?? 0));
  const tuneTest = together(tuned, tested);
  report('tune + test', tuneTest, 0);
  const freshFr = score(fresh.filter((d) => d.document.lang === 'fr'));
  report('fresh, French (a tuning split since round 3)', freshFr, Number(process.env.SHOW_FRESH ?? 0));
  const freshEn = score(fresh.filter((d) => d.document.lang === 'en'));
  report('fresh, English (IRM; a tuning split since round 3)', freshEn, Number(process.env.SHOW_FRESH ?? 0));
  report('fresh', together(freshFr, freshEn), 0);
  const all = together(tuneTest, together(freshFr, freshEn));
  report('tune + test + fresh', all, 0);
  const tuned4 = score(unseen);
  report('unseen (IRM, English; a tuning split since round 4)', tuned4, Number(process.env.SHOW_UNSEEN ?? 0));
  const four = together(all, tuned4);
  report('tune + test + fresh + unseen', four, 0);
  const tuned5 = score(blind);
  report('blind (IRM, English; a tuning split since round 9)', tuned5, Number(process.env.SHOW_BLIND ?? 0));
  const tuned6 = score(blind2);
  report('blind2 (IRM, English; a tuning split since the tenth session)', tuned6, Number(process.env.SHOW_BLIND2 ?? 0));
  // A rule writer runs the eval with JALON_HELD_OUT=hide: the held-out splits are then neither scored, printed nor part
  // of the verdict, so not even a PASS turned FAIL tells the writer anything about them (CI and the lead score them).
  const tuned7 = score(blind3);
  report(
    'blind3 (IRM, English; a tuning split since the thirteenth session)',
    tuned7,
    Number(process.env.SHOW_BLIND3 ?? 0),
  );
  const hidden = process.env.JALON_HELD_OUT === 'hide';
  const held4 = hidden ? undefined : score(blind4);
  if (held4) report('blind4 (IRM, English; held out: never tuned on, misses not shown)', held4, 0);
  // blind5: a second held-out split beside blind4, scored and printed the same way.
  const held5 = hidden ? undefined : score(blind5);
  if (held5) report('blind5 (IRM, English; held out: never tuned on, misses not shown)', held5, 0);
  console.log(
    `${held4 ? `bars on blind4: ${BLIND4_BARS.precision}, ${BLIND4_BARS.recall}, ${BLIND4_BARS.namesFlagged}; on blind5: ${BLIND5_BARS.precision}, ${BLIND5_BARS.recall}, ${BLIND5_BARS.namesFlagged}; ` : 'blind4 and blind5 hidden (JALON_HELD_OUT=hide); '}on blind3: ${BLIND3_BARS.precision}, ${BLIND3_BARS.recall}, ${BLIND3_BARS.namesFlagged}; on blind2: ${BLIND2_BARS.precision}, ${BLIND2_BARS.recall}, ${BLIND2_BARS.namesFlagged}; on blind: ${BLIND_BARS.precision}, ${BLIND_BARS.recall}, ${BLIND_BARS.namesFlagged}; on tune + test + fresh + unseen: precision >= ${ALL_BARS.precision}, recall >= ${ALL_BARS.recall}, names given a finding <= ${ALL_BARS.namesFlagged}; on tune + test + fresh: ${BARS.precision}, ${BARS.recall}, ${BARS.namesFlagged}; on tune + test: ${TUNE_TEST_BARS.precision}, ${TUNE_TEST_BARS.recall}, ${TUNE_TEST_BARS.namesFlagged} (aim: 0.95, 0.95, none, on text the rules were not written against)`,
  );
  return (
    passes(tuned6, BLIND2_BARS) &&
    passes(tuned7, BLIND3_BARS) &&
    (held4 === undefined || passes(held4, BLIND4_BARS)) &&
    (held5 === undefined || passes(held5, BLIND5_BARS)) &&
    passes(tuned5, BLIND_BARS) &&
    passes(four, ALL_BARS) &&
    passes(all, BARS) &&
    passes(tuneTest, TUNE_TEST_BARS)
  );
}
