import { loadBundledBoundaries } from '../../data/bundled-boundaries.ts';
import type { BoundaryFeature } from '../../data/read-boundaries.ts';
import { kecamatanOverlapSql, type KecamatanOverlapRow } from '../../queries/kecamatan-overlap.ts';
import { overlapFindingsSql } from '../../queries/overlap-findings.ts';
import type { Session } from '../shell/session.svelte.ts';
import { preparedRegister } from '../overlap/prepared-register.ts';

/** A district's kecamatan: their real outlines and the register's households and overlap findings in each. */
export interface KecamatanData {
  features: BoundaryFeature[];
  rows: KecamatanOverlapRow[];
}

/**
 * Loads the register (once per session, as the Overlap view does), runs the overlap check under the
 * current rules and kinds, and reads one district's kecamatan: only when asked, since the register is
 * the largest file the site has.
 */
export class KecamatanModel {
  data = $state.raw<Promise<KecamatanData> | null>(null);
  #session: Session;
  #kemendagriCode: () => string;

  constructor(session: Session, kemendagriCode: () => string) {
    this.#session = session;
    this.#kemendagriCode = kemendagriCode;
  }

  /** Starts the load (a second call keeps the first). */
  load(): void {
    this.data ??= this.#load();
  }

  async #load(): Promise<KecamatanData> {
    await preparedRegister(this.#session).summary;
    await this.#session.exec(overlapFindingsSql());
    const code = this.#kemendagriCode();
    const [rows, all] = await Promise.all([
      this.#session.query<KecamatanOverlapRow>(kecamatanOverlapSql(code)),
      loadBundledBoundaries('kec'),
    ]);
    return { rows, features: all.filter((f) => String(f.properties['kode_kemendagri'] ?? '').startsWith(`${code}.`)) };
  }
}
