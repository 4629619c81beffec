import { Link } from '@/components/site/link';
import { ModuleIcon } from '@/components/modules/module-mark';
import { ModuleProgress } from '@/components/progress/module-progress';
import { ContinueLink } from '@/components/progress/continue-link';
import { getContent, getLesson, getModuleLessons, getModules } from '@/lib/content';
import { lessonHref, moduleHref, quizHref } from '@/lib/routes';

export default function HomePage() {
  const modules = getModules();
  const { startHere } = getContent();
  const startLessons = startHere.lessons.map((id) => getLesson(id)!);
  const path = modules.flatMap((learningModule) =>
    getModuleLessons(learningModule).map((lesson) => ({ id: lesson.id, title: lesson.title, href: lessonHref(learningModule.id, lesson.id) })),
  );

  return (
    <div className="container container--wide">
      <div className="page-intro">
        <h1>Learn to organise, one short lesson at a time</h1>
        <p className="lede">
          What makes a good organiser? How is that different from running a faction? What did Tony Benn teach about the way we do
          politics? Groundwork turns three short lists into lessons you can read on the bus, and material for your branch&rsquo;s
          next training session.
        </p>
        <ContinueLink
          path={path}
          firstLesson={{ id: startLessons[0]!.id, title: startLessons[0]!.title, href: lessonHref(startLessons[0]!.module, startLessons[0]!.id) }}
        />
      </div>

      <section className="card start-here" aria-labelledby="start-here-heading">
        <h2 id="start-here-heading">{startHere.title}</h2>
        <p>{startHere.intro}</p>
        <ol>
          {startLessons.map((lesson) => (
            <li key={lesson.id}>
              <Link href={lessonHref(lesson.module, lesson.id)}>{lesson.title}</Link>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="path-heading">
        <h2 id="path-heading">The path</h2>
        <p className="muted">Four modules. Take them in order, or start wherever your branch needs it most.</p>
        <ol className="path">
          {modules.map((learningModule, index) => (
            <li key={learningModule.id}>
              <article className="card module-card" data-module={learningModule.id}>
                <span className="module-card__step">Module {index + 1}</span>
                <span className="module-mark">
                  <ModuleIcon module={learningModule.id} size={36} />
                </span>
                <h3>
                  <Link href={moduleHref(learningModule.id)}>{learningModule.title}</Link>
                </h3>
                <p>{learningModule.tagline}</p>
                <ModuleProgress lessonIds={learningModule.lessons} label={learningModule.title} />
              </article>
            </li>
          ))}
        </ol>
      </section>

      <section className="card final-card" aria-labelledby="final-heading">
        <h2 id="final-heading">Final check</h2>
        <p>Been through the modules? A mixed check of fifteen questions from all four, with the reason for every answer.</p>
        <Link className="button button--quiet" href={quizHref('final')}>
          Take the final check
        </Link>
      </section>
    </div>
  );
}
