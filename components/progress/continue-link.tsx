'use client';

import { Link } from '@/components/site/link';
import { isLessonComplete } from '@/lib/progress/progress-state';
import { useProgress } from './use-progress';

type PathLesson = { id: string; title: string; href: string };

type ContinueLinkProps = { path: PathLesson[]; firstLesson: PathLesson };

/**
 * The main call to action on the home page. A first visit (and the static HTML) offers
 * the first "Start here" lesson; once the learner has done something it becomes
 * "Continue" with the first lesson on the path not yet done. The slot keeps its height
 * either way, and each offer is an element of its own (keyed), so when saved progress is read
 * the new offer replaces the old one rather than the old one moving: nothing shifts.
 */
export function ContinueLink({ path, firstLesson }: ContinueLinkProps) {
  const nextId = useProgress((state) => {
    const started = path.some((lesson) => isLessonComplete(state, lesson.id));
    if (!started) return null;
    return path.find((lesson) => !isLessonComplete(state, lesson.id))?.id ?? 'all-done';
  }, null);

  if (nextId === null) {
    return (
      <div className="continue-slot">
        <Link key="start" className="button" href={firstLesson.href}>
          Start here: {firstLesson.title}
        </Link>
      </div>
    );
  }
  if (nextId === 'all-done') {
    return (
      <div className="continue-slot">
        <p key="all-done" className="tick">
          ✓ You have finished every lesson on the path.
        </p>
      </div>
    );
  }
  const next = path.find((lesson) => lesson.id === nextId)!;
  return (
    <div className="continue-slot">
      <Link key={next.id} className="button" href={next.href}>
        Continue: {next.title}
      </Link>
    </div>
  );
}
