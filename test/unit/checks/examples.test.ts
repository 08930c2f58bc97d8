// The rule data documents itself (LanguageTool style): every term and exception of the lexicon checks carries
// sentences where its check must flag the words between braces, note them for information, or flag nothing. Each
// sentence is analysed alone, in its data's language, with the other vague kinds off: on the same words only one of
// them speaks in a review (assemble.ts, `oncePerPhrase`; test/unit/lint/once-per-phrase.test.ts), and the data of
// each is what is documented here.
import { analyze, fromPlainText, LEXICON_DATA, type Lang } from '../../../src/core';
import type { Examples } from '../../../src/core/checks/lexicon/types';

interface Case {
  lang: Lang;
  rule: string;
  entry: string;
  kind: keyof Examples;
  sentence: string;
}

const RULES = {
  vagueTerm: 'vague-term',
  vagueTime: 'vague-time',
  vagueQuantity: 'vague-quantity',
  hedge: 'hedge',
  jargon: 'jargon',
} as const;
const VAGUE = ['vague-term', 'vague-time', 'vague-quantity', 'hedge'];

function cases(): Case[] {
  const out: Case[] = [];
  for (const lang of ['fr', 'en'] as const)
    for (const [key, rule] of Object.entries(RULES)) {
      const data = LEXICON_DATA[lang][key as keyof typeof RULES];
      const entries: { name: string; examples?: Examples }[] = [
        ...data.terms.map((t) => ({ name: 'lemma' in t ? t.lemma : t.term, examples: t.examples })),
        ...data.exceptions.map((e) => ({ name: `${e.term ?? '*'} / ${e.pattern}`, examples: e.examples })),
      ];
      for (const e of entries)
        for (const kind of ['flag', 'info', 'pass'] as const)
          for (const sentence of e.examples?.[kind] ?? []) out.push({ lang, rule, entry: e.name, kind, sentence });
    }
  return out;
}

/** The sentence without its braces, and the spans they marked. */
function marked(line: string): { text: string; spans: { start: number; end: number }[] } {
  let text = '';
  const spans: { start: number; end: number }[] = [];
  let at = 0;
  for (const m of line.matchAll(/\{([^}]*)\}/g)) {
    text += line.slice(at, m.index);
    spans.push({ start: text.length, end: text.length + m[1].length });
    text += m[1];
    at = m.index + m[0].length;
  }
  return { text: text + line.slice(at), spans };
}

const all = cases();

test('the lexicon checks document their data with examples', () => {
  // Every language and every lexicon check has examples of each kind it uses.
  for (const lang of ['fr', 'en'] as const)
    for (const rule of Object.values(RULES)) expect(all.some((c) => c.lang === lang && c.rule === rule)).toBe(true);
});

if (all.length > 0)
  describe.each(all.map((c) => [`${c.lang} ${c.rule} «${c.entry}» ${c.kind}: ${c.sentence}`, c] as const))(
    '%s',
    (_, c) => {
      test('is read as the data says', () => {
        const { text, spans } = marked(c.sentence);
        const others = VAGUE.filter((r) => r !== c.rule).map((r) => [r, 'off' as const]);
        const houseRules = { rules: Object.fromEntries(others) };
        const findings = analyze(fromPlainText(text), { lang: c.lang, earlierPlans: null, houseRules }).findings.filter(
          (f) => f.ruleId === c.rule,
        );
        const at = (s: { start: number; end: number }) => findings.filter((f) => f.start < s.end && s.start < f.end);
        if (c.kind === 'pass') expect(findings.map((f) => f.actual)).toEqual([]);
        else {
          expect(spans.length).toBeGreaterThan(0);
          for (const s of spans) {
            const found = at(s);
            expect({ words: text.slice(s.start, s.end), found: found.length > 0 }).toEqual({
              words: text.slice(s.start, s.end),
              found: true,
            });
            const info = found.every((f) => f.severity === 'info');
            expect({ words: text.slice(s.start, s.end), info }).toEqual({
              words: text.slice(s.start, s.end),
              info: c.kind === 'info',
            });
          }
        }
      });
    },
  );
