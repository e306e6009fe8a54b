/**
 * The service worker that keeps the site working with no network after one visit
 * (scripts/service-worker.template.js, written into production builds as sw.js; the dev server has none).
 */

/** How long a first visit waits for the worker before starting DuckDB anyway (its files are then kept next visit). */
const CONTROL_WAIT_MS = 3000;

function serviceWorkers(): ServiceWorkerContainer | undefined {
  return import.meta.env.PROD && 'serviceWorker' in navigator ? navigator.serviceWorker : undefined;
}

/**
 * Registers the worker and, on a first visit, waits until it controls the page (at most a few seconds), so
 * that DuckDB's worker and wasm and the datasets are fetched through it and kept: each downloads once.
 * A later visit is already controlled and does not wait. Resolves, never rejects: without the worker the
 * site works online, and offline use is what is lost.
 */
export async function startOfflineCache(): Promise<void> {
  const container = serviceWorkers();
  if (!container) return;
  // A browser that refuses workers (a policy, a test harness) may resolve with no registration at all.
  const registration: ServiceWorkerRegistration | undefined = await container
    .register('./sw.js')
    .catch(() => undefined);
  if (container.controller || !registration) return;
  const worker = registration.installing ?? registration.waiting ?? registration.active;
  await new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, CONTROL_WAIT_MS);
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    container.addEventListener('controllerchange', done, { once: true });
    // A worker whose install failed never takes control: no reason to wait for it.
    worker?.addEventListener('statechange', () => worker.state === 'redundant' && done());
  });
}

/**
 * Asks the worker to keep the files of this site the page fetched before it took control (the catalog and
 * the first chart's CSVs): it takes them from the browser's HTTP cache, not a second download. Called once
 * the data is on screen.
 */
export function keepEarlyFiles(): void {
  const controller = serviceWorkers()?.controller;
  if (!controller) return;
  const urls = performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((url) => new URL(url).origin === location.origin);
  controller.postMessage({ type: 'keep', urls });
}
