import { commonId } from './id/common.ts';
import { trendsId } from './id/trends.ts';
import { targetsId } from './id/targets.ts';
import { coverageId } from './id/coverage.ts';
import { overlapId } from './id/overlap.ts';
import { dataId } from './id/data.ts';
import { shareId } from './id/share.ts';

/** Indonesian messages: the reference catalogue, one part per view (src/i18n/id/); every other language must have every key. */
export const messagesId = {
  ...commonId,
  ...trendsId,
  ...targetsId,
  ...coverageId,
  ...overlapId,
  ...dataId,
  ...shareId,
} as const;

/** Every message key; a catalogue missing one fails the type check. */
export type MessageKey = keyof typeof messagesId;
