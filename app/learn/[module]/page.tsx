import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/site/breadcrumbs';
import { Link } from '@/components/site/link';
import { notFound } from 'next/navigation';
import { ModuleMark } from '@/components/modules/module-mark';
import { MirrorPairsTable } from '@/components/modules/mirror-pairs-table';
import { LessonTick } from '@/components/progress/lesson-tick';
import { ModuleProgress } from '@/components/progress/module-progress';
import { getContent, getModule, getModuleLessons, getModules } from '@/lib/content';
import { lessonHref, quizHref } from '@/lib/routes';

type ModulePageProps = { params: Promise<{ module: string }> };

export function generateStaticParams() {
  return getModules().map((learningModule) => ({ module: learningModule.id }));
}

export async function generateMetadata({ params }: ModulePageProps): Promise<Metadata> {
  const learningModule = getModule((await params).module);
  return learningModule ? { title: learningModule.title, description: learningModule.tagline } : {};
}

export default async function ModulePage({ params }: ModulePageProps) {
  const learningModule = getModule((await params).module);
  if (!learningModule) notFound();
  const lessons = getModuleLessons(learningModule);
  const showPairs = learningModule.id === 'square-pegs';

  return (
    <div className="container" data-module={learningModule.id}>
      <Breadcrumbs current={learningModule.title} />
      <header className="lesson-header">
        <p className="eyebrow">
          <ModuleMark module={learningModule.id} name="Module" size={32} />
        </p>
        <h1>{learningModule.title}</h1>
        {learningModule.intro.map((paragraph) => (
          <p key={paragraph} className="lede">
            {paragraph}
          </p>
        ))}
        <ModuleProgress lessonIds={learningModule.lessons} label={learningModule.title} />
      </header>

      <section aria-labelledby="lessons-heading">
        <h2 id="lessons-heading">{learningModule.listHeading ?? 'Lessons'}</h2>
        <ol className="lesson-list">
          {lessons.map((lesson, index) => (
            <li key={lesson.id}>
              <Link href={lessonHref(learningModule.id, lesson.id)}>
                <span className="lesson-list__number" aria-hidden="true">
                  {index + 1}
                </span>
                <span className="lesson-list__title">
                  {lesson.title}
                  <span className="lesson-list__summary">{firstSentence(lesson.summary)}</span>
                </span>
                <span className="lesson-list__state">
                  <LessonTick lessonId={lesson.id} />
                </span>
              </Link>
            </li>
          ))}
        </ol>
      </section>

      <section className="card quiz-card" aria-labelledby="quiz-heading">
        <h2 id="quiz-heading">Test yourself</h2>
        <p>About ten questions from across the module, with the reason for every answer.</p>
        <Link className="button" href={quizHref(learningModule.id)}>
          Take the quiz
        </Link>
      </section>

      {showPairs && (
        <section aria-labelledby="pairs-heading">
          <h2 id="pairs-heading">The ten mirror pairs</h2>
          <p>Set the two lists side by side and most items face each other. Each row links to both lessons.</p>
          <MirrorPairsTable pairs={getContent().mirrorPairs} />
        </section>
      )}
    </div>
  );
}

function firstSentence(text: string): string {
  const match = text.match(/^.*?[.!?](?=\s|$)/);
  return match ? match[0] : text;
}
