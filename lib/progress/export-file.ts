import { PROGRESS_VERSION, type ProgressState } from './progress-state';

/** Progress as a file the learner keeps. Reading one back is in transfer.ts. */
export const EXPORT_FORMAT = 'groundwork-progress';

export type ProgressFile = { format: typeof EXPORT_FORMAT; version: number; exportedAt: string; progress: ProgressState };

export function exportProgress(progress: ProgressState, now: Date): string {
  const file: ProgressFile = { format: EXPORT_FORMAT, version: PROGRESS_VERSION, exportedAt: now.toISOString(), progress };
  return JSON.stringify(file, null, 2);
}

export const exportFileName = (now: Date) => `groundwork-progress-${now.toISOString().slice(0, 10)}.json`;
