import { BUNDLED_BOUNDARY_FILES, loadBundledBoundaries } from '../../data/bundled-boundaries.ts';
import {
  BoundaryError,
  readBoundaries,
  type BoundaryErrorReason,
  type BoundaryFeature,
} from '../../data/read-boundaries.ts';
import { matchFeatures, type AreaRef, type FeatureMatchReport } from '../../domain/match-features.ts';

/** Boundaries matched to the districts: the bundled kabupaten file, or a file the user loaded. */
export interface LoadedBoundaries {
  file: string;
  features: BoundaryFeature[];
  report: FeatureMatchReport;
  ignored: number;
  /** The bundled cahyadsn/wilayah_boundaries file, whose credit line goes wherever it is drawn. */
  bundled: boolean;
}

/** Why a file could not be drawn, by reason (translated by the view) and the message for the details. */
export interface BoundaryFailure {
  file: string;
  reason: BoundaryErrorReason | 'unreadable' | 'no-match';
  message: string;
}

/** The bundled kabupaten/kota outlines matched to `areas`: what a district map draws (coverage, a district page, the landing view). */
export async function bundledDistrictBoundaries(areas: readonly AreaRef[]): Promise<LoadedBoundaries> {
  const features = await loadBundledBoundaries('kab');
  const report = matchFeatures(
    features.map((f) => f.properties),
    areas,
  );
  return { file: BUNDLED_BOUNDARY_FILES.kab, features, report, ignored: 0, bundled: true };
}

/**
 * The boundaries of this page: the bundled kabupaten/kota file by default, or a file the user loaded,
 * read in the browser only (never uploaded, not kept across reloads), which replaces the bundled one
 * for the session. A file that fails, or whose areas match no district, leaves the map as it was.
 */
export class BoundaryLayer {
  loaded = $state.raw<LoadedBoundaries | null>(null);
  bundled = $state.raw<LoadedBoundaries | null>(null);
  /** True until the bundled file is read (or has failed): the map waits rather than flash the tiles. */
  pending = $state(true);
  bundledFailed = $state(false);
  failure = $state.raw<BoundaryFailure | null>(null);
  reading = $state(false);
  /** What the map draws: the user's file, else the bundled one; null for the schematic tiles. */
  readonly shown = $derived(this.loaded ?? this.bundled);

  constructor(areas: Promise<readonly AreaRef[]>) {
    void this.#loadBundled(areas);
  }

  async #loadBundled(areas: Promise<readonly AreaRef[]>): Promise<void> {
    try {
      this.bundled = await bundledDistrictBoundaries(await areas);
    } catch {
      this.bundledFailed = true;
    } finally {
      this.pending = false;
    }
  }

  /** Reads, checks and matches a GeoJSON or TopoJSON file against the areas. */
  async load(file: File, areas: readonly AreaRef[]): Promise<void> {
    this.reading = true;
    try {
      const { collection, ignored } = readBoundaries(await file.text(), file.name);
      const report = matchFeatures(
        collection.features.map((f) => f.properties),
        areas,
      );
      if (report.features.every((f) => f.areaCode === null))
        throw new NoMatchError(file.name, collection.features.length);
      this.loaded = { file: file.name, features: collection.features, report, ignored, bundled: false };
      this.failure = null;
    } catch (error) {
      this.failure = failureOf(file.name, error);
    } finally {
      this.reading = false;
    }
  }

  /** Back to the bundled boundaries. */
  clear(): void {
    this.loaded = null;
    this.failure = null;
  }
}

class NoMatchError extends Error {
  constructor(file: string, features: number) {
    super(`${file}: none of its ${features} areas matches a district by code or name`);
  }
}

function failureOf(file: string, error: unknown): BoundaryFailure {
  if (error instanceof BoundaryError) return { file, reason: error.reason, message: error.message };
  if (error instanceof NoMatchError) return { file, reason: 'no-match', message: error.message };
  return { file, reason: 'unreadable', message: error instanceof Error ? error.message : String(error) };
}
