'use client';

import { Link } from '@/components/site/link';
import { useMemo } from 'react';
import { localDay, streak } from '@/lib/progress/dates';
import { emptyMastery, masteryByLesson, masteryLabels } from '@/lib/progress/mastery';
import { isLessonComplete, type ProgressState } from '@/lib/progress/progress-state';
import { useProgressStore } from '@/lib/progress/store';
import { useReviewQueue } from '@/components/review/use-review-queue';
import { useProgressHydrated } from './use-progress';

export type OverviewModule = {
  id: string;
  title: string;
  lessons: { id: string; title: string; href: string; isPrinciple: boolean }[];
};

type ProgressOverviewProps = {
  modules: OverviewModule[];
  itemLessons: Record<string, string[]>;
  reviewableIds: string[];
};

const emptyProgress: ProgressState = { completedLessons: {}, attempts: [], selfRatings: {}, activityDays: [] };

/** Lessons done, mastery per principle, the streak and what to do next. */
export function ProgressOverview({ modules, itemLessons, reviewableIds }: ProgressOverviewProps) {
  const hydrated = useProgressHydrated();
  const completedLessons = useProgressStore((state) => state.completedLessons);
  const attempts = useProgressStore((state) => state.attempts);
  const activityDays = useProgressStore((state) => state.activityDays);
  // The static page shows "no progress yet"; saved progress appears once it has been read.
  const progress = hydrated ? { ...emptyProgress, completedLessons, attempts, activityDays } : emptyProgress;

  const mastery = useMemo(() => masteryByLesson(progress.attempts, itemLessons), [progress.attempts, itemLessons]);
  // With no answers yet there is nothing to review: 0, without loading the scheduler.
  const noAnswers = hydrated && attempts.length === 0;
  const review = useReviewQueue(hydrated && !noAnswers ? attempts : null, reviewableIds);
  // Null until saved progress has been read and the scheduler has worked it out, or if its
  // code did not arrive.
  const dueToday = noAnswers ? 0 : (review.snapshot?.queue.today.length ?? null);
  const now = new Date();
  const days = streak(progress.activityDays, localDay(now));
  const allLessons = modules.flatMap((learningModule) => learningModule.lessons);
  const done = allLessons.filter((lesson) => isLessonComplete(progress, lesson.id)).length;
  const nextLesson = allLessons.find((lesson) => !isLessonComplete(progress, lesson.id));

  return (
    <>
      <section aria-labelledby="glance-heading">
        <h2 id="glance-heading">At a glance</h2>
        <dl className="stats">
          <div>
            <dt>Streak</dt>
            <dd>
              {days.current} day{days.current === 1 ? '' : 's'}
              <small>{days.activeToday ? 'Active today' : days.current > 0 ? 'Do something today to keep it' : `Longest: ${days.longest}`}</small>
            </dd>
          </div>
          <div>
            <dt>Lessons done</dt>
            <dd>
              {done} of {allLessons.length}
            </dd>
          </div>
          <div>
            <dt>Answers given</dt>
            <dd>{progress.attempts.length}</dd>
          </div>
          <div>
            <dt>To review today</dt>
            {/* Not 0 before it is known: a learner with questions due would be told there are none. */}
            <dd>
              {dueToday ?? (
                <>
                  <span aria-hidden="true">{review.failed ? '–' : '…'}</span>
                  <span className="visually-hidden">{review.failed ? 'Not known' : 'Being worked out'}</span>
                </>
              )}
            </dd>
          </div>
        </dl>
      </section>

      <section aria-labelledby="next-heading">
        <h2 id="next-heading">What next</h2>
        {/* Two slots of fixed height, each holding one element at a time (keyed), so nothing
            moves as saved progress and then today's review are worked out. */}
        <div className="next-steps">
          <div className="next-steps__slot">
            {nextLesson ? (
              <Link key={nextLesson.id} className={dueToday ? 'button button--quiet' : 'button'} href={nextLesson.href}>
                {done === 0 ? 'Start' : 'Continue'}: {nextLesson.title}
              </Link>
            ) : (
              <Link key="final" className="button" href="/quiz/final/">
                Take the final check
              </Link>
            )}
          </div>
          <div className="next-steps__slot">
            {review.failed ? (
              // The scheduler did not arrive: the review page says so and can try again.
              <Link key="review-unknown" className="button button--quiet" href="/review/">
                Open today’s review
              </Link>
            ) : dueToday === null ? (
              <p key="checking" className="muted">
                Checking for questions due for review…
              </p>
            ) : dueToday > 0 ? (
              <Link key="review" className="button" href="/review/">
                Review {dueToday} question{dueToday === 1 ? '' : 's'}
              </Link>
            ) : (
              <p key="none" className="muted">
                No questions are due for review today.
              </p>
            )}
          </div>
        </div>
      </section>

      <section aria-labelledby="mastery-heading">
        <h2 id="mastery-heading">Lessons and mastery</h2>
        <p className="muted">
          Mastery comes from your answers in checks, quizzes and review; recent answers count more. “Secure” means mostly right over at
          least three answers.
        </p>
        {modules.map((learningModule) => {
          const moduleDone = learningModule.lessons.filter((lesson) => isLessonComplete(progress, lesson.id)).length;
          return (
            <div key={learningModule.id} className="mastery-module" data-module={learningModule.id}>
              <h3>
                {learningModule.title}{' '}
                <span className="muted mastery-module__count">
                  {moduleDone} of {learningModule.lessons.length} lessons done
                </span>
              </h3>
              <ul className="mastery-list">
                {learningModule.lessons.map((lesson) => {
                  const entry = mastery[lesson.id] ?? emptyMastery;
                  return (
                    <li key={lesson.id}>
                      <span className="mastery-list__title">
                        {/* A slot of its own, so the tick does not push the title along when it appears. */}
                        <span className="mastery-list__mark">
                          {isLessonComplete(progress, lesson.id) ? (
                            <span key="done" className="tick">
                              ✓
                            </span>
                          ) : (
                            <span key="not-done" className="visually-hidden">
                              Not done:{' '}
                            </span>
                          )}
                        </span>
                        <Link href={lesson.href}>{lesson.title}</Link>
                      </span>
                      <span key={`${entry.level}-${entry.answered}`} className="mastery-list__level">
                        {masteryLabels[entry.level]}
                        {entry.answered > 0 && <span className="muted"> · {Math.round(entry.score * 100)}%</span>}
                      </span>
                      <span className="progress-bar mastery-list__bar" aria-hidden="true">
                        <span className="progress-bar__fill" style={{ width: `${Math.round(entry.score * 100)}%` }} />
                      </span>
                    </li>
                  );
                })}
              </ul>
            </div>
          );
        })}
      </section>
    </>
  );
}
