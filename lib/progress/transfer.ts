import * as z from '@/lib/zod-mini';
import { EXPORT_FORMAT } from './export-file';
import { NewerProgressError, UnreadableProgressError, migrateProgress, type ProgressState } from './progress-state';

/**
 * Progress as a file the learner keeps: export, and import again. An imported file is
 * untrusted: every way it can be wrong gets a plain message, and nothing is changed
 * until the learner has seen a preview and said yes.
 */
export const MAX_IMPORT_BYTES = 1024 * 1024;
const MAX_DEPTH = 32;

export type ImportResult = { ok: true; progress: ProgressState; exportedAt: string } | { ok: false; message: string };

const envelopeSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.int().check(z.minimum(0)),
  exportedAt: z.string().check(z.refine((value) => !Number.isNaN(Date.parse(value)))),
  progress: z.unknown(),
});

/** Walks parsed JSON without recursion, so a hostile file cannot overflow the stack. */
function findProblem(value: unknown): string | undefined {
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  while (stack.length > 0) {
    const { value: current, depth } = stack.pop()!;
    if (depth > MAX_DEPTH) return 'It is nested far more deeply than a progress file ever is.';
    if (typeof current === 'number' && !Number.isFinite(current)) return 'It contains a number too large to be real.';
    if (typeof current === 'string' && /[<>]/.test(current)) return 'It contains HTML, which a progress file never does.';
    if (typeof current === 'object' && current !== null) {
      for (const key of Object.keys(current)) {
        if (key === '__proto__' || key === 'constructor' || key === 'prototype') {
          return `It contains a "${key}" key, which a progress file never does.`;
        }
        stack.push({ value: (current as Record<string, unknown>)[key], depth: depth + 1 });
      }
    }
  }
  return undefined;
}

/**
 * Reads an exported progress file. Never throws: any problem comes back as a message for
 * the learner. `sizeInBytes` is checked first so an oversized file is refused unread.
 */
export function parseProgressFile(text: string, sizeInBytes = text.length): ImportResult {
  const refuse = (reason: string): ImportResult => ({ ok: false, message: `This file can’t be imported. ${reason}` });
  if (sizeInBytes > MAX_IMPORT_BYTES) return refuse('It is larger than 1 MB; a Groundwork progress file is much smaller.');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return refuse('It is not a Groundwork progress file (it is not JSON).');
  }
  const problem = findProblem(json);
  if (problem) return refuse(problem);
  const envelope = envelopeSchema.safeParse(json);
  if (!envelope.success) return refuse('It is not a Groundwork progress file.');
  try {
    const progress = migrateProgress(envelope.data.progress, envelope.data.version);
    return { ok: true, progress, exportedAt: envelope.data.exportedAt };
  } catch (error) {
    if (error instanceof NewerProgressError) {
      return refuse('It was saved by a newer version of Groundwork. Reload the page to get the newest version, then try again.');
    }
    if (error instanceof UnreadableProgressError) return refuse('Its progress is not in a shape Groundwork can read.');
    return refuse('Something in it could not be read.');
  }
}

/** What an import would change, for the preview the learner confirms. */
export type ImportPreview = { lessons: { before: number; after: number }; answers: { before: number; after: number }; ratings: { before: number; after: number } };

export function previewImport(current: ProgressState, incoming: ProgressState): ImportPreview {
  return {
    lessons: { before: Object.keys(current.completedLessons).length, after: Object.keys(incoming.completedLessons).length },
    answers: { before: current.attempts.length, after: incoming.attempts.length },
    ratings: { before: Object.keys(current.selfRatings).length, after: Object.keys(incoming.selfRatings).length },
  };
}
