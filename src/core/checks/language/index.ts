// A text in a language Jalon does not read (a Spanish or German plan): one finding at its start, so that the author
// or the facilitator knows why the review's words, fields and levels say little, rather than trust them.
import { fingerprintOf } from '../../commitments/hash';
import { otherLanguage } from '../../text/language';
import type { Finding } from '../../types';
import { severityOf } from '../finding';
import type { TextCheck } from '../types';

export const language: TextCheck<never> = {
  id: 'language',
  scope: 'text',
  defaultSeverity: 'warning',
  paragraph: () => [],
  document(_items, { source, rules, t }) {
    const other = otherLanguage(source.text);
    const p = source.paragraphs.findIndex((x) => x.text.trim() !== '');
    if (other === undefined || p < 0) return [];
    const { text, start } = source.paragraphs[p];
    const from = text.length - text.trimStart().length;
    const to = text.trimEnd().length;
    const vars = { language: t(`language.names.${other}`) };
    const finding: Finding = {
      ruleId: 'language',
      source: 'jalon',
      severity: severityOf(rules, 'language', this.defaultSeverity),
      message: t('language.message', vars),
      note: t('language.note', vars),
      actual: text.slice(from, to),
      expected: [],
      start: start + from,
      end: start + to,
      paragraph: p,
      paragraphOffset: from,
      fingerprint: fingerprintOf('language', other),
      data: { language: other },
      commitment: undefined, // known once the plan is read (assembleAnalysis)
    };
    return [finding];
  },
};
