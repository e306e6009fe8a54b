/**
 * A user's file may name areas and programmes as people write them ("Kab. Kutai Kartanegara", "64.02",
 * "PKH"); the staged column is read as Pantau's keys for the values the crosswalks resolve.
 */
import type { DbConnection } from '../connection.ts';
import type { DatasetSpec } from '../catalog.ts';
import { resolveArea, type AreaKeys } from '../../domain/resolve-area.ts';
import { resolveProgramme, type ProgrammeKeys } from '../../domain/resolve-programme.ts';
import { columnValuesSql, type ColumnRewrites, type ColumnValueRow } from '../../queries/value-crosswalk.ts';
import { areaKeysSql } from '../../queries/area-keys.ts';
import { programmeKeysSql } from '../../queries/programme-keys.ts';
import type { UserFileRecipe } from './recipe.ts';

/** What a crosswalk found in a staged file: the rewrites per column, and the values (trimmed) nothing resolved. */
export interface Crosswalk {
  rewrites: ColumnRewrites;
  unknown: string[];
}

// Area columns may name an area by BPS code, Kemendagri code or name; rewrite what the crosswalk knows.
export async function resolveAreas(
  conn: DbConnection,
  spec: DatasetSpec,
  stage: string,
  recipe: UserFileRecipe,
): Promise<Crosswalk> {
  const columns = codedColumns(spec, recipe, 'areas');
  if (!columns.length) return { rewrites: {}, unknown: [] };
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
): Promise<Crosswalk> {
  const columns = codedColumns(spec, recipe, 'programme_kinds');
  if (!columns.length) return { rewrites: {}, unknown: [] };
  const programmes = await conn.query<ProgrammeKeys>(programmeKeysSql());
  return crosswalk(conn, stage, columns, (value) => resolveProgramme(value, programmes));
}

/** The mapped columns of a dataset that refer to a table's keys. */
function codedColumns(spec: DatasetSpec, recipe: UserFileRecipe, table: string): string[] {
  return spec.columns
    .filter((c) => c.references?.table === table && (recipe.mapping[c.name]?.kind ?? 'none') !== 'none')
    .map((c) => c.name);
}

/** Resolves each distinct value of the columns: the values as written to rewrite, and the values nothing resolved. */
async function crosswalk(
  conn: DbConnection,
  stage: string,
  columns: readonly string[],
  resolve: (value: string) => string | null,
): Promise<Crosswalk> {
  const unknown = new Set<string>();
  const rewrites: Record<string, Array<readonly [string, string]>> = {};
  for (const column of columns) {
    const values = await conn.query<ColumnValueRow>(columnValuesSql(stage, column));
    const resolved = values.flatMap(({ raw, value }) =>
      raw !== null && value !== null ? [{ raw, value, key: resolve(value) }] : [],
    );
    resolved.filter((v) => v.key === null).forEach((v) => unknown.add(v.value));
    rewrites[column] = resolved.flatMap((v) => (v.key !== null && v.key !== v.raw ? [[v.raw, v.key] as const] : []));
  }
  return { rewrites, unknown: [...unknown] };
}
