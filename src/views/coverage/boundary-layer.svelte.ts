import { BoundaryError, readBoundaries, type BoundaryErrorReason, type BoundaryFeature } from '../../data/read-boundaries.ts';
import { matchFeatures, type AreaRef, type FeatureMatchReport } from '../../domain/match-features.ts';

/** A boundary file the user loaded, matched to the districts. */
export interface LoadedBoundaries {
  file: string;
  features: BoundaryFeature[];
  report: FeatureMatchReport;
  ignored: number;
}

/** Why a file could not be drawn, by reason (translated by the view) and the message for the details. */
export interface BoundaryFailure {
  file: string;
  reason: BoundaryErrorReason | 'unreadable';
  message: string;
}

/**
 * The boundary file of this page: read in the browser only (never uploaded, not kept across reloads).
 * A file that fails leaves the previous boundaries on screen.
 */
export class BoundaryLayer {
  loaded = $state.raw<LoadedBoundaries | null>(null);
  failure = $state.raw<BoundaryFailure | null>(null);
  reading = $state(false);

  /** Reads, checks and matches a GeoJSON or TopoJSON file against the areas. */
  async load(file: File, areas: readonly AreaRef[]): Promise<void> {
    this.reading = true;
    try {
      const { collection, ignored } = readBoundaries(await file.text(), file.name);
      const report = matchFeatures(collection.features.map((f) => f.properties), areas);
      this.loaded = { file: file.name, features: collection.features, report, ignored };
      this.failure = null;
    } catch (error) {
      this.failure = failureOf(file.name, error);
    } finally {
      this.reading = false;
    }
  }

  /** Back to the schematic tile map. */
  clear(): void {
    this.loaded = null;
    this.failure = null;
  }
}

function failureOf(file: string, error: unknown): BoundaryFailure {
  if (error instanceof BoundaryError) return { file, reason: error.reason, message: error.message };
  return { file, reason: 'unreadable', message: error instanceof Error ? error.message : String(error) };
}
