/**
 * A user's file may name areas and programmes as people write them ("Kab. Kutai Kartanegara", "64.02",
 * "PKH"); the staged column is rewritten to Pantau's keys for the values the crosswalks resolve.
 */
import type { DbConnection } from '../connection.ts';
import type { DatasetSpec } from '../catalog.ts';
import { resolveArea, type AreaKeys } from '../../domain/resolve-area.ts';
import { resolveProgramme, type ProgrammeKeys } from '../../domain/resolve-programme.ts';
import { applyCrosswalkSql, columnValuesSql, type ColumnValueRow } from '../../queries/value-crosswalk.ts';
import { areaKeysSql } from '../../queries/area-keys.ts';
import { programmeKeysSql } from '../../queries/programme-keys.ts';
import type { UserFileRecipe } from './recipe.ts';

// Area columns may name an area by BPS code, Kemendagri code or name; rewrite what the crosswalk knows.
export async function resolveAreas(
  conn: DbConnection,
  spec: DatasetSpec,
  stage: string,
  recipe: UserFileRecipe,
): Promise<string[]> {
  const columns = codedColumns(spec, recipe, 'areas');
  if (!columns.length) return [];
  const areas = await conn.query<AreaKeys>(areaKeysSql());
  return crosswalk(conn, stage, columns, (value) => resolveArea(value, areas, recipe.areaSystem));
}

// Programme columns may name a programme by its name or short form ("PKH", "BPNT"); rewrite those to ids.
// A value no programme answers to stays as written, and the reference check reports its rows.
export async function resolveProgrammes(
  conn: DbConnection,
  spec: DatasetSpec,
  stage: string,
  recipe: UserFileRecipe,
): Promise<void> {
  const columns = codedColumns(spec, recipe, 'programme_kinds');
  if (!columns.length) return;
  const programmes = await conn.query<ProgrammeKeys>(programmeKeysSql());
  await crosswalk(conn, stage, columns, (value) => resolveProgramme(value, programmes));
}

/** The mapped columns of a dataset that refer to a table's keys. */
function codedColumns(spec: DatasetSpec, recipe: UserFileRecipe, table: string): string[] {
  return spec.columns
    .filter((c) => c.references?.table === table && (recipe.mapping[c.name]?.kind ?? 'none') !== 'none')
    .map((c) => c.name);
}

/** Rewrites each distinct value of the columns to the key it resolves to; returns the values nothing resolved. */
async function crosswalk(
  conn: DbConnection,
  stage: string,
  columns: readonly string[],
  resolve: (value: string) => string | null,
): Promise<string[]> {
  const unknown = new Set<string>();
  for (const column of columns) {
    const values = await conn.query<ColumnValueRow>(columnValuesSql(stage, column));
    const pairs = values.map((v) => [v.value, resolve(v.value)] as const);
    pairs.filter(([, key]) => key === null).forEach(([value]) => unknown.add(value));
    const rewrites = pairs.filter((p): p is readonly [string, string] => p[1] !== null && p[1] !== p[0]);
    if (rewrites.length) await conn.exec(applyCrosswalkSql(stage, column, rewrites));
  }
  return [...unknown];
}
