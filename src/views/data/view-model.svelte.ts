import type { DatasetSpec } from '../../data/catalog.ts';
import { inspectUserFile, type LayoutOverrides } from '../../data/user-file/inspect-user-file.ts';
import { decodeParquetBrowser } from '../../data/parquet-decoder-browser.ts';
import { fetchUserFile } from '../../data/user-file/fetch-user-file.ts';
import { exportDatasetCsv } from '../../data/export-dataset.ts';
import { csvTemplate } from '../../data/csv-template.ts';
import { exportFileName } from '../../data/export-file-name.ts';
import type { CsvStyle } from '../../domain/csv-text.ts';
import type { Session } from '../shell/session.svelte.ts';
import { downloadFile } from '../../components/download-file.ts';
import { PendingFile } from './pending-file.svelte.ts';

/** The datasets a planner can bring their own file for. */
export const LOADABLE = ['poverty', 'targets', 'coverage', 'register'] as const;

/**
 * The "Your data" page: files being looked at, mapped and loaded; the datasets in use; exports. Every load
 * goes through the session, which checks it, keeps it in the browser and makes every view read again.
 */
export class DataModel {
  #session: Session;
  files = $state.raw<PendingFile[]>([]);
  #next = 0;

  constructor(session: Session) {
    this.#session = session;
  }

  /** The catalog entries of the loadable datasets (once the engine is ready). */
  specs = $derived.by(() =>
    (this.#session.database?.catalog.datasets ?? []).filter((d) => (LOADABLE as readonly string[]).includes(d.id)),
  );

  /** Looks at dropped or picked files. */
  add(files: Iterable<File>): void {
    for (const file of files) void this.#inspect(this.#pending(file.name), file);
  }

  /** Fetches a file from a URL (this site, or a host that allows it) and looks at it. */
  async addUrl(url: string): Promise<void> {
    const pending = this.#pending(url.split(/[?#]/)[0]!.split('/').pop() || url);
    try {
      const file = await fetchUserFile(url);
      await this.#inspect(pending, file.blob, file.name);
    } catch (error) {
      pending.refused(error);
    }
  }

  /** Reads a file again with changed layout choices (sheet, delimiter, decimal mark, header line). */
  async relayout(pending: PendingFile, overrides: LayoutOverrides): Promise<void> {
    const original = pending.inspected?.original;
    if (original) await this.#inspect(pending, original, pending.name, overrides);
  }

  /** Loads a file with its confirmed mapping; `acceptValid` loads only its valid rows. */
  async load(pending: PendingFile, acceptValid = false): Promise<void> {
    const spec = this.specs.find((s) => s.id === pending.dataset);
    const inspected = pending.inspected;
    if (!spec || !inspected) return;
    pending.status = 'loading';
    pending.error = null;
    pending.report = null;
    try {
      pending.report = await this.#session.loadUserFile(
        spec,
        inspected,
        pending.recipe(acceptValid),
        (p) => (pending.progress = p),
      );
      pending.status = 'loaded';
    } catch (error) {
      pending.refused(error);
    } finally {
      pending.progress = null;
    }
  }

  /** Takes a file off the list. */
  dismiss(pending: PendingFile): void {
    this.files = this.files.filter((f) => f !== pending);
  }

  /** Downloads a dataset's rows as they are now, as CSV. */
  async exportData(spec: DatasetSpec, style: CsvStyle): Promise<void> {
    if (spec.lazy) await this.#session.ensure(spec.id);
    const db = await this.#session.ready;
    downloadFile(await exportDatasetCsv(db.conn, spec, style), exportFileName(spec.id, 'data', style, new Date()));
  }

  /** Downloads an empty template for a dataset. */
  exportTemplate(spec: DatasetSpec, style: CsvStyle): void {
    downloadFile(csvTemplate(spec, style), exportFileName(spec.id, 'template', style, new Date()));
  }

  #pending(name: string): PendingFile {
    const pending = new PendingFile(`file-${this.#next++}`, name, (id) => this.#session.userDatasets.includes(id));
    this.files = [pending, ...this.files];
    return pending;
  }

  async #inspect(
    pending: PendingFile,
    file: Blob,
    name = pending.name,
    overrides: LayoutOverrides = {},
  ): Promise<void> {
    pending.status = 'inspecting';
    pending.error = null;
    try {
      const db = await this.#session.ready;
      pending.inspectedAs(await inspectUserFile(db.conn, name, file, decodeParquetBrowser, overrides), this.specs);
    } catch (error) {
      pending.refused(error);
    }
  }
}
