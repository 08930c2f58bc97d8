// One line per problem, in the user's language: where (file, line, column as a spreadsheet names it) and what
// to write instead.
import { publish } from '../messages/publish';
import { translator } from '../messages/translate';
import { colon } from '../template';
import type { Lang } from '../types';
import { columnLetter, type Problem } from './table';

export function problemLine(p: Problem, lang: Lang): string {
  const t = translator(publish, lang);
  const vars = {
    file: p.file,
    row: p.row,
    name: p.columnName,
    letter: p.column === undefined ? '' : columnLetter(p.column),
  };
  const where =
    p.row === undefined
      ? t('where.file', vars)
      : p.column === undefined
        ? t('where.row', vars)
        : t(p.columnName ? 'where.cell' : 'where.column', vars);
  return `${where}${colon(lang)} ${t(`problems.${p.code}`, p.vars)}`;
}
