import type { DatasetSpec } from '../../data/catalog.ts';
import type { LoadMode } from '../../data/user-file/recipe.ts';

/**
 * How a file is loaded unless the planner chooses otherwise. A file that covers part of a dataset (five
 * districts, one year) must never remove what it does not mention, so the default adds and updates by key.
 * The exception is a dataset that still holds Pantau's illustrative rows (the synthetic register, the
 * illustrative coverage): a planner's real file replaces those whole, since mixing real and made-up rows in
 * one table would make every figure drawn from it indefensible.
 */
export function defaultLoadMode(spec: Pick<DatasetSpec, 'illustrative'>, holdsUserRows: boolean): LoadMode {
  return spec.illustrative && !holdsUserRows ? 'replace' : 'add';
}
