/**
 * Registers the service worker that keeps the site working with no network after one visit
 * (scripts/service-worker.template.js, written by the build). Called once the data is on screen, so its
 * downloads do not compete with the first visit's own; not in the dev server, which has no sw.js.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  navigator.serviceWorker.register('./sw.js').catch(() => {
    // Without it the site still works online; offline use is what is lost.
  });
}
