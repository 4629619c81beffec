import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/site/breadcrumbs';
import { Link } from '@/components/site/link';
import { notFound } from 'next/navigation';
import { ModuleIcon, ModuleMark } from '@/components/modules/module-mark';
import { CompleteLesson } from '@/components/progress/complete-lesson';
import { QuizShell } from '@/components/quiz/quiz-shell';
import { SelfRating } from '@/components/quiz/self-rating';
import { getLessonBySlug, getMirror, getModule, getModuleLessons, getModules, getSelfRating, lessonSlug } from '@/lib/content';
import { essayTitles, settingLabels } from '@/lib/content/labels';
import { quizFileHref } from '@/lib/quiz/quiz-data';
import { lessonHref, moduleHref } from '@/lib/routes';

type LessonPageProps = { params: Promise<{ module: string; lesson: string }> };

export function generateStaticParams() {
  return getModules().flatMap((learningModule) =>
    getModuleLessons(learningModule).map((lesson) => ({ module: learningModule.id, lesson: lessonSlug(lesson) })),
  );
}

async function findLesson(params: LessonPageProps['params']) {
  const { module: moduleId, lesson: slug } = await params;
  const learningModule = getModule(moduleId);
  const lesson = getLessonBySlug(moduleId, slug);
  return learningModule && lesson ? { learningModule, lesson } : undefined;
}

export async function generateMetadata({ params }: LessonPageProps): Promise<Metadata> {
  const found = await findLesson(params);
  return found ? { title: `${found.lesson.title} — ${found.learningModule.title}`, description: found.lesson.summary } : {};
}

export default async function LessonPage({ params }: LessonPageProps) {
  const found = await findLesson(params);
  if (!found) notFound();
  const { learningModule, lesson } = found;
  const lessons = getModuleLessons(learningModule);
  const index = lessons.findIndex((other) => other.id === lesson.id);
  const previous = lessons[index - 1];
  const next = lessons[index + 1];
  const mirror = getMirror(lesson);
  const selfRating = getSelfRating(lesson.id);

  return (
    <article className="container" data-module={learningModule.id}>
      <Breadcrumbs trail={[{ href: moduleHref(learningModule.id), label: learningModule.title }]} current={lesson.title} />

      <header className="lesson-header">
        <p className="eyebrow">
          <ModuleMark module={learningModule.id} name={learningModule.title} separator />
          <span>
            Lesson {index + 1} of {lessons.length}
          </span>
        </p>
        <h1>{lesson.title}</h1>
        <p className="lede">{lesson.summary}</p>
      </header>

      {lesson.quote && (
        <figure className="source-quote">
          <blockquote>
            <p>“{lesson.quote.text}”</p>
          </blockquote>
          <figcaption>— from the essay, {lesson.quote.attribution}</figcaption>
        </figure>
      )}

      <section className="lesson-section" aria-labelledby="practice-heading">
        <h2 id="practice-heading">In practice</h2>
        <ul className="key-points">
          {lesson.keyPoints.map((point) => (
            <li key={point}>{point}</li>
          ))}
        </ul>
      </section>

      <section className="lesson-section" aria-labelledby="why-heading">
        <h2 id="why-heading">Why it matters</h2>
        <p>{lesson.whyItMatters}</p>
      </section>

      <section className="lesson-section" aria-labelledby="scenario-heading">
        <h2 id="scenario-heading">A scene from branch life</h2>
        <div className="scenario">
          <p className="scenario__setting">{settingLabels[lesson.scenario.setting]}</p>
          <h3>{lesson.scenario.title}</h3>
          <p>{lesson.scenario.text}</p>
        </div>
      </section>

      {mirror && (
        <section className="lesson-section" aria-labelledby="mirror-heading">
          <h2 id="mirror-heading">Its mirror image</h2>
          <p>{mirror.pair.explanation}</p>
          <Link className="mirror-link" href={lessonHref(mirror.mirror.module, mirror.mirror.id)} data-module={mirror.mirror.module}>
            <span className="module-mark">
              <ModuleIcon module={mirror.mirror.module} size={24} />
              <span className="module-mark__name">{getModule(mirror.mirror.module)?.title}</span>
            </span>
            <br />
            <strong>{mirror.mirror.title}</strong>
          </Link>
        </section>
      )}

      <section className="lesson-section" aria-labelledby="reflect-heading">
        <h2 id="reflect-heading">Think about it</h2>
        <div className="prompt-card">
          <p>{lesson.reflection}</p>
        </div>
      </section>

      <section className="lesson-section" aria-labelledby="discuss-heading">
        <h2 id="discuss-heading">Talk about it with your branch</h2>
        <div className="prompt-card">
          <p>{lesson.discussion}</p>
        </div>
      </section>

      <section className="lesson-section" aria-labelledby="source-heading">
        <h2 id="source-heading">Where this comes from</h2>
        <p className="muted">
          {lesson.kind === 'principle' ? (
            <>
              Item {lesson.source.item} of “{lesson.source.section}”: “{lesson.sourceHeading}”. From the essay{' '}
            </>
          ) : (
            <>{lesson.source.section}. From the essay </>
          )}
          <cite>{essayTitles[lesson.source.essay]}</cite>. <Link href="/about/#sources">About the sources</Link>
        </p>
      </section>

      {selfRating && (
        <section className="lesson-section" aria-labelledby="rating-heading">
          <h2 id="rating-heading">Rate yourself, privately</h2>
          <SelfRating itemId={selfRating.id} statement={selfRating.statement} />
        </section>
      )}

      <section className="lesson-section check" aria-labelledby="check-heading">
        <h2 id="check-heading">Check your understanding</h2>
        <p>Three quick questions. Each answer comes with its reason; finishing the check ticks the lesson off.</p>
        <QuizShell source={{ href: quizFileHref({ kind: 'lesson', lessonId: lesson.id }) }} startLabel="Start the check" completesLesson={lesson.id} />
      </section>

      <CompleteLesson
        lessonId={lesson.id}
        moduleHref={moduleHref(learningModule.id)}
        next={next ? { href: lessonHref(learningModule.id, next.id), title: next.title } : undefined}
      />

      <nav className="pager" aria-label="Lessons in this module">
        {previous && (
          <Link href={lessonHref(learningModule.id, previous.id)} rel="prev">
            <small>Previous lesson</small>
            <strong>{previous.title}</strong>
          </Link>
        )}
        {next ? (
          <Link className="pager__next" href={lessonHref(learningModule.id, next.id)} rel="next">
            <small>Next lesson</small>
            <strong>{next.title}</strong>
          </Link>
        ) : (
          <Link className="pager__next" href={moduleHref(learningModule.id)}>
            <small>End of the module</small>
            <strong>Back to {learningModule.title}</strong>
          </Link>
        )}
      </nav>
    </article>
  );
}
