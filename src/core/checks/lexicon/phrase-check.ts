// The check of a list of phrases that are vague in themselves ("à terme", "plusieurs"): each hit of the rule is a
// finding with the rule's message, note and suggestions. Vague time and vague quantity are this kind of check.
import { findings } from '../../messages/findings';
import { translators } from '../../messages/translate';
import type { Finding, Severity } from '../../types';
import { paragraphFinding, severityOf, tokenFingerprint } from '../finding';
import type { TextCheck } from '../types';
import { oneHitPerPlace } from './match';

const messages = translators(findings);

export function phraseCheck(id: 'vague-time' | 'vague-quantity', defaultSeverity: Severity): TextCheck {
  return {
    id,
    scope: 'text',
    defaultSeverity,
    paragraph({ scan, rules }) {
      const t = messages[rules.lang];
      const { text, tokens } = scan;
      const out: Finding[] = [];
      for (const h of oneHitPerPlace(scan.hits.filter((x) => x.term.rule === id))) {
        if (h.accepted) continue;
        const start = tokens[h.first].start;
        const end = tokens[h.last].end;
        out.push(
          paragraphFinding(text, start, end, {
            ruleId: id,
            severity: severityOf(rules, id, defaultSeverity),
            message: t(`${id}.message`, { actual: text.slice(start, end) }),
            note: t(`${id}.note`),
            expected: h.term.expected,
            fingerprint: tokenFingerprint(id, tokens, h.first, h.last),
            data: { term: h.term.id },
          }),
        );
      }
      return out;
    },
  };
}
