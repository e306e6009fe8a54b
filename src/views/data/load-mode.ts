import type { DatasetSpec } from '../../data/catalog.ts';
import type { LoadMode } from '../../data/user-file/recipe.ts';

/**
 * How a file is loaded unless the planner chooses otherwise. A file that covers part of a dataset (five
 * districts, one year) must never remove what it does not mention, so the default adds and updates by key.
 * The exception is a dataset made up whole by Pantau (the synthetic register): a planner's real file replaces
 * it, since real and made-up rows that nothing tells apart would make every figure drawn from them
 * indefensible. A dataset whose rows each say whether they are sourced or illustrative (coverage) adds: the
 * planner's real rows replace the made-up ones by key, the bundled real ones stay, and every figure labels
 * what is still illustrative.
 */
export function defaultLoadMode(spec: Pick<DatasetSpec, 'illustrative' | 'columns'>, holdsUserRows: boolean): LoadMode {
  const rowsSayProvenance = spec.columns.some((c) => c.name === 'provenance');
  return spec.illustrative && !rowsSayProvenance && !holdsUserRows ? 'replace' : 'add';
}
