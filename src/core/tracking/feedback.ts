// Civil society's voice in the follow-up: what was said about a commitment or a milestone, and the
// government's reasoned response with its date. Feedback without a response is published as unanswered.
import { foldSameLength } from '../dates';
import type { Lang } from '../types';
import { sheetDay } from './dates';
import { normalizeId } from './ids';
import { otherLang } from './sheet';
import { Columns, isBlank, type CsvTable, type Problem } from './table';
import { nearIds, type IdIndex } from './updates';

export type AuthorType = 'government' | 'civil-society' | 'citizen';
export const AUTHOR_TYPES: readonly AuthorType[] = ['government', 'civil-society', 'citizen'];

export const FEEDBACK_COLUMNS = ['id', 'date', 'author_type', 'text', 'response', 'response_date'] as const;

const AUTHORS: Record<string, AuthorType> = {
  government: 'government',
  gouvernement: 'government',
  administration: 'government',
  'civil society': 'civil-society',
  'societe civile': 'civil-society',
  citizen: 'citizen',
  citoyen: 'citizen',
  citoyenne: 'citizen',
};

export function parseAuthor(cell: string): AuthorType | undefined {
  return AUTHORS[
    foldSameLength(cell)
      .replace(/[-_\s]+/g, ' ')
      .trim()
  ];
}

export interface Feedback {
  /** The commitment, milestone or indicator it is about. */
  id: string;
  date: string;
  author: AuthorType;
  text: string;
  textAlt: string;
  /** Empty when the government has not answered. */
  response: string;
  responseAlt: string;
  responseDate?: string;
  file: string;
  row: number;
}

export function readFeedback(
  tables: readonly CsvTable[],
  index: IdIndex,
  lang: Lang,
): { feedback: Feedback[]; problems: Problem[] } {
  const alt = otherLang(lang);
  const feedback: Feedback[] = [];
  const problems: Problem[] = [];
  for (const table of tables) {
    const cols = new Columns(table);
    const headerProblems = cols.check(FEEDBACK_COLUMNS);
    problems.push(...headerProblems);
    if (headerProblems.length) continue;
    for (const row of table.rows) {
      if (isBlank(row)) continue;
      const get = (name: string) => cols.get(row, name);
      const before = problems.length;
      const problem = (name: string, code: string, vars?: Problem['vars']) =>
        problems.push(cols.problem(row, name, code, vars));
      const idCell = get('id');
      const id = normalizeId(idCell);
      if (idCell === '') problem('id', 'noId');
      else if (!id) problem('id', 'badId', { value: idCell });
      else if (!index.ids.has(id)) {
        const removed = index.removed.get(id.split('.')[0]);
        if (removed !== undefined) problem('id', 'removedId', { id, title: removed });
        else problem('id', 'unknownId', { id, hint: nearIds(id, index.ids) });
      }
      const dateCell = get('date');
      const dateRead = dateCell === '' ? undefined : sheetDay(dateCell, lang);
      const date = dateRead && 'day' in dateRead ? dateRead.day : dateCell;
      if (dateCell === '') problem('date', 'noDate', { value: dateCell });
      else if (dateRead && 'mistake' in dateRead) problem('date', dateRead.mistake.code, dateRead.mistake.vars);
      const author = parseAuthor(get('author_type'));
      if (!author) problem('author_type', 'badAuthor', { value: get('author_type') });
      const text = get('text');
      if (text === '' && get(`text_${alt}`) === '') problem('text', 'noText');
      const response = get('response');
      const responseAlt = get(`response_${alt}`);
      const responseCell = get('response_date');
      const responseRead = responseCell === '' ? undefined : sheetDay(responseCell, lang);
      const responseDate = responseRead && 'day' in responseRead ? responseRead.day : responseCell;
      const answered = response !== '' || responseAlt !== '';
      const responseMistake = responseRead && 'mistake' in responseRead ? responseRead.mistake : undefined;
      if (answered && responseDate === '') problem('response_date', 'noResponseDate');
      else if (responseMistake) problem('response_date', responseMistake.code, responseMistake.vars);
      else if (responseDate !== '' && !answered) problem('response', 'noResponse');
      else if (responseDate !== '' && dateRead && 'day' in dateRead && responseDate < date)
        problem('response_date', 'responseBeforeDate', { date });
      if (problems.length > before || !id || !author) continue;
      const f: Feedback = {
        id,
        date,
        author,
        text,
        textAlt: get(`text_${alt}`),
        response,
        responseAlt,
        file: table.file,
        row: row.row,
      };
      if (responseDate !== '') f.responseDate = responseDate;
      feedback.push(f);
    }
  }
  return { feedback, problems };
}

/** How a citizen gives feedback on the plan (`jalon publish --contact`): an e-mail address or a web address. */
export interface Contact {
  kind: 'email' | 'url';
  address: string;
}

/**
 * `--contact`'s value as a channel: an e-mail address (« avis@ministere.fr », « mailto:… ») or a web address
 * (http or https); undefined for anything else, which the command line says.
 */
export function parseContact(value: string): Contact | undefined {
  const v = value.trim();
  const mail = /^(?:mailto:)?([^\s@<>"'`()]+@[^\s@<>"'`()]+\.[^\s@<>"'`()]+)$/i.exec(v);
  if (mail) return { kind: 'email', address: mail[1] };
  if (/^https?:\/\/[^\s<>"'`]+\.[^\s<>"'`]+$/i.test(v)) return { kind: 'url', address: v };
  return undefined;
}
