import { upsertTargetSql, type TargetInput } from '../../queries/upsert-target.ts';
import {
  deleteRuleSql,
  setProgrammeKindSql,
  upsertRuleSql,
  type OverlapRuleInput,
} from '../../queries/overlap-rules-edit.ts';

/** A change made on a page (a target entered, a rule or a benefit kind edited), kept to be made again after a reload. */
export type PageEdit =
  | { kind: 'target'; input: TargetInput }
  | { kind: 'rule'; rule: OverlapRuleInput; replaces?: string }
  | { kind: 'remove-rule'; ruleId: string }
  | { kind: 'programme-kind'; programmeId: string; programmeKind: string };

/** The dataset an edit changes (a reset of that dataset forgets it). */
export function editDataset(edit: PageEdit): string {
  if (edit.kind === 'target') return 'targets';
  return edit.kind === 'programme-kind' ? 'programme_kinds' : 'overlap_rules';
}

/** The statement that makes an edit. */
export function editSql(edit: PageEdit): string {
  switch (edit.kind) {
    case 'target':
      return upsertTargetSql(edit.input);
    case 'rule':
      return upsertRuleSql(edit.rule, edit.replaces);
    case 'remove-rule':
      return deleteRuleSql(edit.ruleId);
    case 'programme-kind':
      return setProgrammeKindSql(edit.programmeId, edit.programmeKind);
  }
}

const KEY = 'pantau:page-edits';

/** The edits kept in this browser, oldest first; garbage reads as none. */
export function readPageEdits(storage: Pick<Storage, 'getItem'> | null): PageEdit[] {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(KEY) ?? '[]');
    return Array.isArray(parsed)
      ? parsed.filter((e): e is PageEdit => typeof e === 'object' && e !== null && 'kind' in e)
      : [];
  } catch {
    return [];
  }
}

/** Keeps the edits in this browser (none: the key is removed). */
export function writePageEdits(
  storage: Pick<Storage, 'setItem' | 'removeItem'> | null,
  edits: readonly PageEdit[],
): void {
  try {
    if (edits.length) storage?.setItem(KEY, JSON.stringify(edits));
    else storage?.removeItem(KEY);
  } catch {
    // Storage full or refused: the edit still holds for this session.
  }
}
