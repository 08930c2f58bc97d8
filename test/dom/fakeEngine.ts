// A deliberately small stand-in for the engine, so the pane's mechanics are tested apart from the rules'
// quality: "renforcer" is a vague term, "open data" is jargon, level-2 headings start engagements whose
// fields are the paragraphs tagged jalon:<field>. Counts its calls so incremental re-checks can be measured.
// It replaces the engine where the pane reaches it, on the core's two public surfaces:
//   jest.mock('../../src/core', () => jest.requireActual('./fakeEngine').core());
//   jest.mock('../../src/core/plan', () => jest.requireActual('./fakeEngine').plan);
// Only types are imported from the core here: the core's surface is the module being replaced.
import type * as Core from '../../src/core';
import type * as PlanSurface from '../../src/core/plan';
import type { Commitment, FieldName, Finding, Lang, ParagraphInput, SourceText, TextStats } from '../../src/core';

export const calls = { lint: 0, commitments: 0 };

const FIELDS: FieldName[] = ['indicator', 'baseline', 'target', 'cost', 'lead'];

function finding(ruleId: string, text: string, start: number, end: number, extra: Partial<Finding>): Finding {
  return {
    ruleId,
    source: 'jalon',
    severity: 'warning',
    message: ruleId,
    actual: text.slice(start, end),
    expected: [],
    start,
    end,
    paragraph: 0,
    paragraphOffset: start,
    fingerprint: `${ruleId}:${text.slice(start, end).toLowerCase()}:${text.slice(Math.max(0, start - 8), start)}`,
    ...extra,
  };
}

interface FakeResult {
  findings: Finding[];
  words: number;
}

function lintText(text: string): FakeResult {
  calls.lint += 1;
  const findings: Finding[] = [];
  for (const m of text.matchAll(/renforcer|promouvoir/gi)) {
    findings.push(
      finding('vague-term', text, m.index!, m.index! + m[0].length, {
        message: 'Verbe terne',
        note: 'Que ferez-vous concrètement ?',
        expected: ['publier', 'adopter'],
        data: { lemma: m[0].toLowerCase() },
      }),
    );
  }
  for (const m of text.matchAll(/open data/gi)) {
    findings.push(
      finding('jargon', text, m.index!, m.index! + m[0].length, {
        severity: 'suggestion',
        message: 'Jargon',
        expected: ['données ouvertes, publiées librement'],
        data: { term: 'open data' },
      }),
    );
  }
  return { findings, words: text.split(/\s+/).filter(Boolean).length };
}

function compiledRulesFor(lang: Lang): { lang: Lang } {
  return { lang };
}

class ParagraphCache {
  private map = new Map<string, FakeResult>();
  hits = 0;
  misses = 0;
  get(text: string, _rules: unknown): FakeResult {
    let r = this.map.get(text);
    if (!r) {
      this.misses++;
      r = lintText(text);
      this.map.set(text, r);
    } else this.hits++;
    return r;
  }
  sweep(): void {}
}

function lint(
  source: SourceText,
  o: { lang: Lang; cache?: ParagraphCache },
): { findings: Finding[]; stats: TextStats } {
  const findings: Finding[] = [];
  let words = 0;
  source.paragraphs.forEach((p, i) => {
    const r = o.cache ? o.cache.get(p.text, null) : lintText(p.text);
    for (const f of r.findings)
      findings.push({ ...f, start: f.start + p.start, end: f.end + p.start, paragraph: i, paragraphOffset: f.start });
    words += r.words;
  });
  return { findings, stats: { words, sentences: 1, longSentences: 0, lix: 20 } };
}

function detectLanguage(): Lang {
  return 'fr';
}

function readCommitments(source: SourceText, _o: { lang: Lang }): Commitment[] {
  calls.commitments += 1;
  const out: Commitment[] = [];
  source.paragraphs.forEach((p, i) => {
    if (p.headingLevel === 2) {
      const prev = out[out.length - 1];
      if (prev) {
        prev.lastParagraph = i - 1;
        prev.end = source.paragraphs[i - 1].end;
      }
      out.push({
        index: out.length,
        title: p.text,
        start: p.start,
        end: source.text.length,
        firstParagraph: i,
        lastParagraph: source.paragraphs.length - 1,
        fields: {},
        missing: [],
        score: 0,
        maxScore: FIELDS.length,
        level: 'none',
        checklist: [],
        verifiable: false,
        lens: [],
      });
    }
  });
  for (const e of out) {
    const present = new Set<FieldName>();
    for (let i = e.firstParagraph; i <= e.lastParagraph; i++) {
      const p = source.paragraphs[i];
      for (const tag of p.tags ?? []) {
        const f = tag.replace('jalon:', '') as FieldName;
        if (FIELDS.includes(f) && p.text.trim()) {
          present.add(f);
          (e.fields as Record<string, unknown>)[f] = { text: p.text, start: p.start, end: p.end, source: 'control' };
        }
      }
    }
    e.missing = FIELDS.filter((f) => !present.has(f));
    e.score = present.size;
    e.level = e.score >= 4 ? 'high' : e.score >= 3 ? 'medium' : e.score >= 1 ? 'low' : 'none';
    e.checklist = FIELDS.map((f) => ({ id: f, label: f, earned: present.has(f), points: 1, howToEarn: `add ${f}` }));
  }
  return out;
}

function commitmentFindings(source: SourceText, commitments: Commitment[], _o: { lang: Lang }): Finding[] {
  return commitments
    .filter((e) => e.missing.includes('cost'))
    .map((e) =>
      finding('missing-field', source.text, e.start, e.start + e.title.length, {
        message: 'Quel est le coût estimé de cet engagement ?',
        commitment: e.index,
        data: { field: 'cost' },
      }),
    );
}

/** The real core, for what the stand-in does not replace (read when called, not while the mock is made). */
const realCore = (): typeof Core => jest.requireActual<typeof Core>('../../src/core');

/** src/core/index.ts with the text rules replaced. */
export function core(): typeof Core {
  return { ...realCore(), compiledRulesFor, ParagraphCache, lint, detectLanguage } as unknown as typeof Core;
}

/** src/core/plan.ts: the whole-plan pass (commitments and their missing fields). */
export const plan = {
  planPass(input: SourceText | readonly ParagraphInput[], _o: { lang: Lang }) {
    const source = Array.isArray(input)
      ? realCore().fromParagraphs(input as readonly ParagraphInput[])
      : (input as SourceText);
    const commitments = readCommitments(source, _o);
    return { commitments, findings: commitmentFindings(source, commitments, _o) };
  },
  PlanCache: class {
    sweep(): void {}
  },
  // The rest of the plan surface is the real one: the pane loads it on demand (why a level, the follow-up sheet).
  explainCommitment: realCore().explainCommitment,
  updatesSheet: realCore().updatesSheet,
  commitmentAdvice: realCore().commitmentAdvice,
  planCurrency: realCore().planCurrency,
  planPeriod: realCore().planPeriod,
  planCountry: jest.requireActual<typeof PlanSurface>('../../src/core/plan').planCountry,
  checklistIn: jest.requireActual<typeof PlanSurface>('../../src/core/plan').checklistIn,
  templateBlocks: realCore().templateBlocks,
  answersToFieldWrites: realCore().answersToFieldWrites,
};
