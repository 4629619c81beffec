'use client';

import { useRef, useState } from 'react';
import { initialProgress } from '@/lib/progress/progress-state';
import { useProgressStore } from '@/lib/progress/store';
import type { ImportPreview } from '@/lib/progress/transfer';
import type { ProgressState } from '@/lib/progress/progress-state';
import { ExportButton } from './export-button';
import { useProgressHydrated } from './use-progress';

type Pending = { progress: ProgressState; exportedAt: string; preview: ImportPreview; fileName: string };

const reasonText = { import: 'before an import', reset: 'before a reset', restore: 'before a restore' } as const;

/** Export, import (with a preview and a backup), reset (with an undo). */
export function ProgressSafety() {
  const hydrated = useProgressHydrated();
  const replaceProgress = useProgressStore((state) => state.replaceProgress);
  const restoreBackup = useProgressStore((state) => state.restoreBackup);
  const backup = useProgressStore((state) => state.backup);
  const [message, setMessage] = useState<{ kind: 'error' | 'done'; text: string } | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [confirmingReset, setConfirmingReset] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const statusRef = useRef<HTMLDivElement>(null);

  const say = (kind: 'error' | 'done', text: string) => {
    setMessage({ kind, text });
    requestAnimationFrame(() => statusRef.current?.focus());
  };

  const onFile = async (file: File | undefined) => {
    setPending(null);
    if (!file) return;
    // The file checks load only when a file is chosen: they are not needed before.
    const transfer = await import('@/lib/progress/transfer').catch(() => null);
    if (!transfer) {
      if (fileInput.current) fileInput.current.value = '';
      say('error', 'The file could not be checked: part of this page did not arrive. Check the connection and choose the file again. Your progress has not changed.');
      return;
    }
    const { MAX_IMPORT_BYTES, parseProgressFile, previewImport } = transfer;
    // Refused before reading: a large file is never loaded into memory.
    if (file.size > MAX_IMPORT_BYTES) {
      say('error', 'This file can’t be imported. It is larger than 1 MB; a Groundwork progress file is much smaller. Your progress has not changed.');
      return;
    }
    const result = parseProgressFile(await file.text(), file.size);
    if (fileInput.current) fileInput.current.value = '';
    if (!result.ok) {
      say('error', `${result.message} Your progress has not changed.`);
      return;
    }
    const current = useProgressStore.getState();
    setMessage(null);
    setPending({ ...result, preview: previewImport(current, result.progress), fileName: file.name });
  };

  const confirmImport = () => {
    if (!pending) return;
    replaceProgress(pending.progress, 'import');
    setPending(null);
    say('done', 'Imported. What you had before is kept as a backup below, in case you want it back.');
  };

  const reset = () => {
    replaceProgress(initialProgress, 'reset');
    setConfirmingReset(false);
    say('done', 'Your progress has been reset. Changed your mind? Undo it below.');
  };

  return (
    <section aria-labelledby="safety-heading" className="safety">
      <h2 id="safety-heading">Keep your progress safe</h2>
      <p>
        Your progress lives only in this browser. Export it to a file to keep a copy, or to move it to another device, and import it
        there.
      </p>

      <div ref={statusRef} tabIndex={-1} aria-live="polite" className="safety__status">
        {message && <p className={message.kind === 'error' ? 'notice' : 'done-message'}>{message.text}</p>}
      </div>

      <div className="safety__row">
        <ExportButton />
        <label className="button button--quiet file-button">
          Import a progress file
          <input
            ref={fileInput}
            type="file"
            accept="application/json,.json"
            className="visually-hidden"
            disabled={!hydrated}
            onChange={(event) => void onFile(event.target.files?.[0])}
          />
        </label>
      </div>

      {pending && (
        <div className="card import-preview" role="region" aria-labelledby="preview-heading">
          <h3 id="preview-heading">Import “{pending.fileName}”?</h3>
          <p>Exported on {new Date(pending.exportedAt).toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short' })}. It will replace what is here now:</p>
          <table className="preview-table table-stack">
            <thead>
              <tr>
                <th scope="col">What</th>
                <th scope="col">Now</th>
                <th scope="col">After import</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">Lessons done</th>
                <td data-label="Now">{pending.preview.lessons.before}</td>
                <td data-label="After import">{pending.preview.lessons.after}</td>
              </tr>
              <tr>
                <th scope="row">Answers given</th>
                <td data-label="Now">{pending.preview.answers.before}</td>
                <td data-label="After import">{pending.preview.answers.after}</td>
              </tr>
              <tr>
                <th scope="row">Self-ratings</th>
                <td data-label="Now">{pending.preview.ratings.before}</td>
                <td data-label="After import">{pending.preview.ratings.after}</td>
              </tr>
            </tbody>
          </table>
          <p className="muted">What is here now will be kept as a backup that you can restore.</p>
          <div className="safety__row">
            <button type="button" className="button" onClick={confirmImport}>
              Replace with the imported progress
            </button>
            <button type="button" className="button button--quiet" onClick={() => setPending(null)}>
              Cancel
            </button>
          </div>
        </div>
      )}

      {backup && (
        <div className="card backup">
          <h3>Backup</h3>
          <p>
            Saved {reasonText[backup.reason]} on {new Date(backup.savedAt).toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short' })}:{' '}
            {Object.keys(backup.state.completedLessons).length} lessons done, {backup.state.attempts.length} answers.
          </p>
          <button type="button" className="button button--quiet" onClick={restoreBackup}>
            {backup.reason === 'reset' ? 'Undo the reset' : 'Restore the backup'}
          </button>
        </div>
      )}

      <div className="reset">
        <h3>Start again</h3>
        {confirmingReset ? (
          <div role="group" aria-label="Confirm reset">
            <p>
              <strong>Reset all your progress?</strong> Lessons done, answers and self-ratings will be cleared. A backup is kept so you can
              undo it.
            </p>
            <div className="safety__row">
              <button type="button" className="button button--danger" onClick={reset}>
                Yes, reset my progress
              </button>
              <button type="button" className="button button--quiet" onClick={() => setConfirmingReset(false)}>
                Keep my progress
              </button>
            </div>
          </div>
        ) : (
          <button type="button" className="button button--quiet" disabled={!hydrated} onClick={() => setConfirmingReset(true)}>
            Reset my progress…
          </button>
        )}
      </div>
    </section>
  );
}
