import type { BenchWindow } from '../protocol.ts';
import { runColdDecode, runDecoderBench } from './decoder-bench.ts';
import { openQueryBench, runQuery } from './query-bench.ts';

// The bench page does nothing by itself: scripts/bench.ts calls these through page.evaluate.
const api: BenchWindow = { runDecoderBench, runColdDecode, openQueryBench, runQuery };
Object.assign(window, api);
document.body.dataset.benchReady = 'true';
