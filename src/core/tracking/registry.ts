// Where the ids given before come from: the published site's plan.json (opendata.ts reads it) and the sheets
// themselves, whose prefilled columns say which commitment and milestone each id was given to. A sheet made
// from the plan before an edit thus keeps applying to the edited plan.
import type { Lang } from '../types';
import type { KnownCommitment } from './ids';
import { normalizeId } from './ids';
import { otherLang, SHEET_ALIASES } from './sheet';
import { Columns, type CsvTable } from './table';

export function registryFromSheets(tables: readonly CsvTable[], lang: Lang): KnownCommitment[] {
  const alt = otherLang(lang);
  const byId = new Map<string, KnownCommitment>();
  for (const table of tables) {
    const cols = new Columns(table, SHEET_ALIASES);
    if (!cols.has('id') || !cols.has('commitment')) continue;
    for (const row of table.rows) {
      const id = normalizeId(cols.get(row, 'id'));
      const title = cols.get(row, 'commitment');
      if (!id || title === '') continue;
      const [c, m, i] = id.split('.');
      let known = byId.get(c);
      if (!known) byId.set(c, (known = { id: c, title, milestones: [] }));
      known.titleAlt ||= cols.get(row, `commitment_${alt}`) || undefined;
      if (m === undefined) continue;
      if (i !== undefined) {
        const indicatorAlt = cols.get(row, `indicator_${alt}`);
        if (indicatorAlt !== '') (known.indicatorsAlt ??= {})[id] ||= indicatorAlt;
      }
      const mid = `${c}.${m}`;
      const text = cols.get(row, 'milestone');
      let milestone = known.milestones.find((x) => x.id === mid);
      if (!milestone && text !== '') known.milestones.push((milestone = { id: mid, text }));
      if (!milestone) continue;
      milestone.textAlt ||= cols.get(row, `milestone_${alt}`) || undefined;
      if (i !== undefined) milestone.indicatorAlt ||= cols.get(row, `indicator_${alt}`) || undefined;
    }
  }
  return [...byId.values()];
}

/** The first source's entry wins for an id (the published site before the sheets). */
export function mergeRegistries(...sources: readonly (readonly KnownCommitment[])[]): KnownCommitment[] {
  const byId = new Map<string, KnownCommitment>();
  for (const source of sources) for (const k of source) if (!byId.has(k.id)) byId.set(k.id, k);
  return [...byId.values()];
}
