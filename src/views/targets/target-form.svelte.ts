import type { TargetWithAreaRow } from '../../queries/targets-with-areas.ts';
import type { TargetIssueRow } from '../../queries/upsert-target.ts';
import type { DraftIssue, TargetDraft } from './target-form.ts';

/** What the last save did: written, or refused with the reasons. */
export type SaveOutcome =
  | { ok: true; areaCode: string; year: number }
  | { ok: false; issues: (DraftIssue | (TargetIssueRow & { value?: string }))[] };

const EMPTY: TargetDraft = { areaCode: '64', year: '', kind: 'value', value: '', low: '', high: '', document: '' };

/** The target form's fields and its last outcome, shared by the form and the "edit" buttons of the cards. */
export class TargetFormState {
  draft = $state<TargetDraft>({ ...EMPTY });
  outcome = $state.raw<SaveOutcome | null>(null);
  /** Bumped when a card asks to edit, so the form can scroll itself into view. */
  focusRequest = $state(0);

  /** Fills the form with an existing target, to change it (same area and year replaces it). */
  edit(row: TargetWithAreaRow, decimal: (n: number) => string): void {
    const isRange = row.target_pct === null && row.target_low_pct !== null;
    this.draft = {
      areaCode: row.area_code,
      year: String(row.target_year),
      kind: isRange ? 'range' : 'value',
      value: row.target_pct === null ? '' : decimal(row.target_pct),
      low: row.target_low_pct === null ? '' : decimal(row.target_low_pct),
      high: row.target_high_pct === null ? '' : decimal(row.target_high_pct),
      document: row.document,
    };
    this.outcome = null;
    this.focusRequest++;
  }

  /** Empties the form after a successful save, keeping the area. */
  clear(): void {
    this.draft = { ...EMPTY, areaCode: this.draft.areaCode };
  }
}
