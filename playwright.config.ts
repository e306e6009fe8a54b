import { defineConfig } from '@playwright/test';

// Debian's Chromium (npx playwright install cannot download browsers here); override with CHROMIUM_PATH.
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// Port and build folder can be moved so two runs on one machine do not share a server.
const PORT = Number(process.env.PANTAU_E2E_PORT ?? 4180);
const DIST = process.env.PANTAU_E2E_DIST ?? 'dist';
/** The built site is served under a sub-path, as on a static host, to prove base './' works. */
export const SUB_PATH = '/static-host/pantau/';

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 90_000,
  expect: { timeout: 30_000 },
  // Every test has its own browser context and the server only serves files, so any test may run in any worker.
  // Two workers on 2 cores: measured 11,7 min against about 20 min with one, once the view tours shared one
  // page and a first visit stopped waiting for a refused service worker. PANTAU_E2E_WORKERS changes it.
  fullyParallel: true,
  workers: Number(process.env.PANTAU_E2E_WORKERS ?? 2),
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}${SUB_PATH}`,
    locale: 'id-ID',
    timezoneId: 'Asia/Makassar',
    viewport: { width: 1280, height: 900 },
    // The service worker would serve later tests from its cache; only the offline test lets it run.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: `npx tsx scripts/serve-static.ts --root=${DIST} --base=${SUB_PATH} --port=${PORT}`,
    url: `http://127.0.0.1:${PORT}${SUB_PATH}`,
    // Never test a server this run did not start (it may serve another build): a busy port fails the run,
    // unless PANTAU_E2E_REUSE=1 asks to reuse it on purpose.
    reuseExistingServer: process.env.PANTAU_E2E_REUSE === '1',
    timeout: 30_000,
  },
});
