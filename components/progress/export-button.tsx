'use client';

import { useProgressStore } from '@/lib/progress/store';
import { exportFileName, exportProgress } from '@/lib/progress/export-file';
import { downloadText } from './download';

/** Downloads all progress as a file that can be imported again. */
export function ExportButton({ quiet = false }: { quiet?: boolean }) {
  const onExport = () => {
    const { completedLessons, attempts, selfRatings, activityDays } = useProgressStore.getState();
    const now = new Date();
    downloadText(exportFileName(now), exportProgress({ completedLessons, attempts, selfRatings, activityDays }, now));
  };
  return (
    <button type="button" className={quiet ? 'button button--quiet' : 'button'} onClick={onExport}>
      Export my progress
    </button>
  );
}
