// What a commitment page shows of the plan beyond its fields: the commitment's own text, the problem it addresses
// and when it starts and ends (audit 15: a commitment written in prose said nothing on the site).
import { calendarOf } from '../commitments/fields';
import { paragraphLabel } from '../commitments/labels';
import { foldedParagraph } from '../commitments/text';
import { dateSpan, parseDates } from '../dates';
import type { SourceText } from '../source';
import type { Commitment } from '../types';
import { plainText } from './text';

/**
 * When a commitment starts and ends: its calendar and milestones' dates, else the date its target is due by
 * (« 100 % … d'ici juin 2027 »), as the drafting check reads an end date there.
 */
export function spanOf(c: Commitment): { start?: string; end?: string } {
  const span = calendarOf(c.fields);
  if (!span.end && c.fields.target) {
    const end = dateSpan(parseDates(c.fields.target.text)).end?.iso;
    if (end) span.end = end;
  }
  const out: { start?: string; end?: string } = {};
  if (span.start) out.start = span.start;
  if (span.end) out.end = span.end;
  return out;
}

// The labels and headings of the problem a commitment addresses (folded): the template's « Problème à résoudre »,
// France's « Enjeux », the OGP template's "What is the public problem…?".
const PROBLEM_LABEL =
  /^[\s*_#>-]*(?:problemes?|probleme public|enjeux?|contexte|context|background|problem|public problem|status quo|what is the (?:public )?problem|quel est le probleme)/;

const PROBLEM_LINE = new RegExp(`${PROBLEM_LABEL.source}[^:?\\n]{0,60}(?:[:?]|$)[\\s*_]*`);

/** The lines of a run of paragraphs as the public reads them: list items one a line, paragraphs apart. */
function joinParagraphs(parts: { text: string; item: boolean }[]): string {
  let out = '';
  let lastItem = false;
  for (const p of parts) {
    if (out !== '') out += p.item && lastItem ? '\n' : '\n\n';
    out += p.text;
    lastItem = p.item;
  }
  return out;
}

const ITEM = /^\s*(?:[-*•·▪◦–]|\d{1,2}[.)])\s+/;

function paragraphText(text: string): { text: string; item: boolean } {
  const item = ITEM.test(text) || /^\s*\|/.test(text);
  const plain = plainText(text.replace(/^\s*#{1,6}\s+/, ''));
  return { text: item ? `• ${plain}` : plain, item };
}

/** The problem the commitment addresses: the section under a problem label or heading, up to the next one. */
export function problemOf(source: SourceText, c: Commitment): string | undefined {
  const parts: { text: string; item: boolean }[] = [];
  let open = false;
  for (let i = c.firstParagraph + 1; i <= c.lastParagraph; i++) {
    const p = source.paragraphs[i];
    if (!p || p.text.trim() === '') continue;
    const label = paragraphLabel(source, i);
    const heading = (p.headingLevel ?? 0) > 0 || /^\s*#{1,6}\s/.test(p.text);
    // A problem's label the reading has no field for (« Problème à résoudre : », "What is the public problem?").
    const own = label ? null : PROBLEM_LINE.exec(foldedParagraph(source, p));
    if (own) {
      if (open && parts.length > 0) break;
      open = true;
      const value = p.text.slice(own[0].length).trim();
      if (value !== '') parts.push(paragraphText(value));
      continue;
    }
    if (label || heading) {
      if (open && parts.length > 0) break;
      const folded = label ? foldedParagraph(source, p).slice(label.labelStart, label.labelEnd) : '';
      open = label !== null && label.field === null && PROBLEM_LABEL.test(folded);
      if (!open && heading && !label) open = PROBLEM_LABEL.test(foldedParagraph(source, p));
      const value = label ? p.text.slice(label.valueStart, label.valueEnd).trim() : '';
      if (open && value !== '') parts.push(paragraphText(value));
      continue;
    }
    if (open) parts.push(paragraphText(p.text));
  }
  return parts.length ? capitalized(joinParagraphs(parts)) : undefined;
}

/** The commitment's own text after its title, as the plan writes it (its Markdown marks left out). */
export function planTextOf(source: SourceText, c: Commitment): string | undefined {
  const parts: { text: string; item: boolean }[] = [];
  for (let i = c.firstParagraph; i <= c.lastParagraph; i++) {
    const p = source.paragraphs[i];
    if (!p || p.end <= c.start + c.title.length || p.text.trim() === '') continue;
    if (/^\s*\|?\s*:?-{3,}/.test(p.text)) continue; // a Markdown table's rule
    parts.push(paragraphText(p.text));
  }
  return parts.length ? joinParagraphs(parts) : undefined;
}

const capitalized = (s: string) => s.charAt(0).toLocaleUpperCase() + s.slice(1);
