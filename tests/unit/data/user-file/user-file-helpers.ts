import { decodeParquetNode } from '../../../../src/data/parquet-decoder-node.ts';
import type { DbConnection } from '../../../../src/data/connection.ts';
import {
  inspectUserFile,
  type InspectedFile,
  type LayoutOverrides,
} from '../../../../src/data/user-file/inspect-user-file.ts';
import { loadUserFile } from '../../../../src/data/user-file/load-user-file.ts';
import type { UserFileRecipe } from '../../../../src/data/user-file/recipe.ts';
import type { UserLoadReport } from '../../../../src/data/user-file/user-load-report.ts';
import { suggestMapping } from '../../../../src/data/mapping/suggest-mapping.ts';
import type { LoadProgress } from '../../../../src/data/user-file/load-progress.ts';
import { readBytes, spec } from '../../helpers/engine.ts';

/** A file as the browser would hand it over: a name and a Blob. */
export function blobOf(content: Uint8Array | string): Blob {
  return new Blob([typeof content === 'string' ? new TextEncoder().encode(content) : (content as BlobPart)]);
}

/** Inspects a file (a path under the project root, or text) as the Data page does. */
export function inspect(
  conn: DbConnection,
  name: string,
  content: Uint8Array | string,
  overrides: LayoutOverrides = {},
): Promise<InspectedFile> {
  return inspectUserFile(conn, name, blobOf(content), decodeParquetNode, overrides);
}

/** The suggested recipe for a file and dataset, with the test's changes on top. */
export function recipeFor(
  inspected: InspectedFile,
  dataset: string,
  patch: Partial<UserFileRecipe> = {},
): UserFileRecipe {
  const suggestion = suggestMapping(spec(dataset), inspected.headers, inspected.layout?.years ?? [], {
    fileName: inspected.name,
    titleLines: inspected.layout?.titleLines ?? [],
    notes: inspected.layout?.trailingNotes ?? [],
  });
  const base: UserFileRecipe = {
    dataset,
    kind: inspected.kind,
    sheet: inspected.sheet,
    layout: inspected.layout,
    headers: inspected.headers,
    mapping: suggestion.mapping,
    areaSystem: 'auto',
    mode: 'replace',
    acceptValid: false,
  };
  return { ...base, ...patch, mapping: { ...base.mapping, ...(patch.mapping ?? {}) } };
}

/** Inspects and loads a file through the real pipeline; returns the report and the progress seen. */
export async function loadUser(
  conn: DbConnection,
  dataset: string,
  name: string,
  content: Uint8Array | string,
  patch: Partial<UserFileRecipe> = {},
  chunkBytes?: number,
): Promise<{ report: UserLoadReport; progress: LoadProgress[] }> {
  const inspected = await inspect(conn, name, content);
  const progress: LoadProgress[] = [];
  const report = await loadUserFile(
    conn,
    spec(dataset),
    { name, blob: inspected.readable, recipe: recipeFor(inspected, dataset, patch) },
    { decode: decodeParquetNode, onProgress: (p) => progress.push(p), ...(chunkBytes ? { chunkBytes } : {}) },
  );
  return { report, progress };
}

/** A fixture's bytes. */
export const fixture = (path: string): Uint8Array => readBytes(path);
