import type { DataRow } from '../datasets/cell.ts';
import { sortByKey } from '../datasets/sort-rows.ts';
import { PROGRAMMES } from './programmes.ts';
import type { Programme } from './programmes.ts';

const FACTS_FILE = 'datasets/facts/programmes_facts.csv';
const NATIONAL_SOURCE =
  'National programme (Kemensos) named for realism; not in the sourced facts, and its amounts in coverage and register are illustrative';

/**
 * The programme_kinds rows: each programme's benefit kind, names, level and the facts row it stands
 * for. Given the built programmes rows, it checks that every facts_programme_id is one of them.
 */
export function programmeKindRows(facts?: readonly DataRow[]): DataRow[] {
  const missing =
    facts && PROGRAMMES.find((p) => p.factsId !== null && !facts.some((f) => f.programme_id === p.factsId));
  if (missing) throw new Error(`programme_kinds: facts_programme_id "${missing.factsId}" is not in ${FACTS_FILE}`);
  return sortByKey(PROGRAMMES.map(kindRow), ['programme_id']);
}

function kindRow(p: Programme): DataRow {
  return {
    programme_id: p.id,
    kind: p.kind,
    name_id: p.nameId,
    name_en: p.nameEn,
    level: p.level,
    facts_programme_id: p.factsId,
    source: p.namedIn ?? (p.factsId === null ? NATIONAL_SOURCE : FACTS_FILE),
  };
}
