import type { MessageKey } from './messages-id.ts';
import { commonEn } from './en/common.ts';
import { trendsEn } from './en/trends.ts';
import { targetsEn } from './en/targets.ts';
import { coverageEn } from './en/coverage.ts';
import { overlapEn } from './en/overlap.ts';
import { dataEn } from './en/data.ts';
import { shareEn } from './en/share.ts';

/** English messages, one part per view (src/i18n/en/), each typed against its Indonesian part. */
export const messagesEn: Record<MessageKey, string> = {
  ...commonEn,
  ...trendsEn,
  ...targetsEn,
  ...coverageEn,
  ...overlapEn,
  ...dataEn,
  ...shareEn,
};
