// Runs inside the app page (passed to page.evaluate as source text, not through tsx: tsx would wrap
// named functions in a `__name` helper the page does not have). It watches the "Data Anda" card from
// the file pick to the load report and keeps everything on window.__bigLoad (shape: BigLoadProbe in
// big-load-probe.ts); progress and status changes are also sent to Node as they happen, so they
// survive a crashed tab. Times are the page's performance.now().
(() => {
  const PHASES = {
    'Membaca berkas': 'read',
    'Memadankan kolom dan wilayah': 'map',
    'Memeriksa setiap sel': 'check',
    Menyimpan: 'save',
  };
  const MAX_GAPS = 50;
  const state = {
    picked: null,
    clicked: null,
    reportAt: null,
    statuses: [],
    samples: [],
    frames: { count: 0, maxGap: 0, maxGapAt: null, over200: 0, gaps: [] },
    longTasks: [],
  };
  window.__bigLoad = state;
  const send = (kind, event) => void window.__bigLoadEvent?.(JSON.stringify({ kind, ...event }));
  const phaseOf = (label) => Object.entries(PHASES).find(([text]) => label.includes(`: ${text} (`))?.[1] ?? null;

  // Records the card's status, the progress bar's phase and value when either changed, and the report.
  const sample = () => {
    const card = document.querySelector('article.pending');
    if (!card || state.reportAt !== null) return;
    const t = performance.now();
    const status = card.getAttribute('data-status');
    if (status !== state.statuses.at(-1)?.status) {
      state.statuses.push({ t, status });
      send('status', { t, status });
    }
    const bar = card.querySelector('[role="progressbar"]');
    const last = state.samples.at(-1);
    if (bar) {
      const value = Number(bar.getAttribute('aria-valuenow'));
      const phase = phaseOf(bar.getAttribute('aria-label') ?? '');
      if (!last || last.value !== value || last.phase !== phase) {
        state.samples.push({ t, phase, value });
        send('sample', { t, phase, value });
      }
    }
    if (card.querySelector('[data-testid="load-report"]')) {
      state.reportAt = t;
      send('report', { t });
    }
  };

  document.addEventListener(
    'change',
    (e) => e.target?.matches?.('[data-testid="file-input"]') && (state.picked = performance.now()),
    true,
  );
  document.addEventListener(
    'click',
    (e) => {
      if (e.target?.closest?.('article.pending button')?.textContent?.trim() !== 'Muat berkas') return;
      state.clicked = performance.now();
      send('click', { t: state.clicked });
    },
    true,
  );
  new MutationObserver(sample).observe(document.body, {
    subtree: true,
    childList: true,
    attributes: true,
    characterData: true,
  });
  const poll = setInterval(() => (state.reportAt === null ? sample() : clearInterval(poll)), 100);

  // Frame gaps between the click and the report: how long the page could not paint.
  let previous = null;
  const frame = (t) => {
    const loading = state.clicked !== null && state.reportAt === null;
    if (loading && previous !== null) {
      const gap = t - previous;
      state.frames.count++;
      if (gap > state.frames.maxGap) {
        state.frames.maxGap = gap;
        state.frames.maxGapAt = previous;
      }
      if (gap > 200) {
        state.frames.over200++;
        if (state.frames.gaps.length < MAX_GAPS) state.frames.gaps.push({ t: previous, gap });
      }
    }
    previous = t;
    if (state.reportAt === null) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);

  try {
    new PerformanceObserver((list) =>
      list.getEntries().forEach((e) => state.longTasks.push({ t: e.startTime, d: e.duration })),
    ).observe({ type: 'longtask', buffered: true });
  } catch {
    state.longTasks = null;
  }
})();
