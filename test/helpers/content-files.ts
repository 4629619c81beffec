import { join } from 'node:path';
import { readContentFiles } from '@/lib/content/read-files';
import { formatProblem, validateContent, type ContentFile } from '@/lib/content/validate';

/** The content files as they are in content/, read once per test file. */
export const realFiles = readContentFiles(join(import.meta.dirname, '..', '..', 'content'));

/** The real content with one file's JSON changed by `edit`. */
export function withEdit(path: string, edit: (json: Record<string, unknown>) => void): ContentFile[] {
  return realFiles.map((file) => {
    if (file.path !== path) return file;
    const json = JSON.parse(file.text) as Record<string, unknown>;
    edit(json);
    return { path, text: JSON.stringify(json) };
  });
}

/** The problems validation finds, as the messages the content check prints. */
export const problemsFor = (files: ContentFile[]) => validateContent(files).problems.map(formatProblem);
