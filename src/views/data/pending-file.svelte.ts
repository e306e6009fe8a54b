import type { DatasetSpec } from '../../data/catalog.ts';
import { unreadableError, type DatasetError } from '../../data/dataset-error.ts';
import type { InspectedFile } from '../../data/user-file/inspect-user-file.ts';
import type { LoadMode, UserFileRecipe } from '../../data/user-file/recipe.ts';
import type { LoadProgress } from '../../data/user-file/load-progress.ts';
import type { UserLoadReport } from '../../data/user-file/user-load-report.ts';
import type { ColumnMapping, ColumnSource } from '../../data/mapping/column-source.ts';
import { rankDatasets, suggestMapping } from '../../data/mapping/suggest-mapping.ts';
import type { PeriodProposal } from '../../data/mapping/propose-period.ts';
import type { AreaCodeSystem } from '../../domain/resolve-area.ts';
import { defaultLoadMode } from './load-mode.ts';

/** Where a file is: being looked at, waiting for the user to confirm, loading, loaded, or refused. */
export type PendingStatus = 'inspecting' | 'mapping' | 'loading' | 'loaded' | 'refused';

/**
 * One file the user dropped, picked or fetched: what Pantau made of it, the mapping the user confirms,
 * and how its load went. The mapping starts as a suggestion and is the user's to change.
 */
export class PendingFile {
  readonly key: string;
  readonly name: string;
  status = $state<PendingStatus>('inspecting');
  inspected = $state.raw<InspectedFile | null>(null);
  dataset = $state('');
  ranking = $state.raw<{ id: string; score: number }[]>([]);
  mapping = $state.raw<ColumnMapping>({});
  /** The survey round proposed for a file without a period column, and where it was read (shown until changed). */
  period = $state.raw<PeriodProposal | null>(null);
  areaSystem = $state<AreaCodeSystem>('auto');
  /** Set with the dataset (see {@link defaultLoadMode}); the planner may change it. */
  mode = $state<LoadMode>('add');
  progress = $state.raw<LoadProgress | null>(null);
  report = $state.raw<UserLoadReport | null>(null);
  error = $state.raw<DatasetError | null>(null);

  readonly #holdsUserRows: (dataset: string) => boolean;

  /** `holdsUserRows` says whether a dataset holds the user's rows already (then a file adds to them by default). */
  constructor(key: string, name: string, holdsUserRows: (dataset: string) => boolean = () => false) {
    this.key = key;
    this.name = name;
    this.#holdsUserRows = holdsUserRows;
  }

  /** Takes what inspection found and suggests a dataset and mapping for it. */
  inspectedAs(inspected: InspectedFile, specs: DatasetSpec[]): void {
    this.inspected = inspected;
    this.ranking = rankDatasets(specs, inspected.headers, inspected.layout?.years ?? []);
    const best = this.ranking[0]?.id ?? specs[0]?.id ?? '';
    this.chooseDataset(specs.find((s) => s.id === (this.dataset || best)) ?? specs[0]!);
    this.status = 'mapping';
  }

  /** Picks the dataset the file is loaded into, with a fresh suggested mapping. */
  chooseDataset(spec: DatasetSpec): void {
    const inspected = this.inspected;
    if (!inspected) return;
    this.dataset = spec.id;
    this.mode = defaultLoadMode(spec, this.#holdsUserRows(spec.id));
    const layout = inspected.layout;
    const context = { fileName: this.name, titleLines: layout?.titleLines ?? [], notes: layout?.trailingNotes ?? [] };
    const suggestion = suggestMapping(spec, inspected.headers, layout?.years ?? [], context);
    this.mapping = suggestion.mapping;
    this.period = suggestion.period;
  }

  /** Sets one schema column's source. */
  setSource(column: string, source: ColumnSource): void {
    this.mapping = { ...this.mapping, [column]: source };
  }

  /** The load's recipe from the confirmed choices. */
  recipe(acceptValid: boolean): UserFileRecipe {
    const inspected = this.inspected!;
    return {
      dataset: this.dataset,
      kind: inspected.kind,
      sheet: inspected.sheet,
      layout: inspected.layout,
      headers: inspected.headers,
      mapping: this.mapping,
      areaSystem: this.areaSystem,
      mode: this.mode,
      acceptValid,
    };
  }

  /** Records a refusal (of the file, or of its load). */
  refused(error: unknown): void {
    // Anything else that goes wrong is still shown as a refusal naming the file, never swallowed.
    this.error = unreadableError('', this.name, error);
    this.status = this.inspected ? 'mapping' : 'refused';
  }
}
