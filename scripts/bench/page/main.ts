import type { BenchWindow } from '../protocol.ts';
import { runColdDecode, runDecoderBench } from './decoder-bench.ts';
import { openOverlapBench, runOverlapCheckInPage, runRuleEditInPage } from './overlap-bench.ts';
import { openQueryBench, runQuery } from './query-bench.ts';

// The bench page does nothing by itself: scripts/bench.ts calls these through page.evaluate.
const api: BenchWindow = {
  runDecoderBench,
  runColdDecode,
  openQueryBench,
  runQuery,
  openOverlapBench,
  runOverlapCheck: runOverlapCheckInPage,
  runRuleEdit: runRuleEditInPage,
};
Object.assign(window, api);
document.body.dataset.benchReady = 'true';
