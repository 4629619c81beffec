import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/site/breadcrumbs';
import { DisagreementTipList } from '@/components/workshop/disagreement-tips';
import { Link } from '@/components/site/link';
import { notFound } from 'next/navigation';
import { ModuleMark } from '@/components/modules/module-mark';
import { getContent, getGuide, getGuides, getLesson, getModule } from '@/lib/content';
import { lessonHref } from '@/lib/routes';
import { buildWorkshopCatalogue, planCatalogueOf } from '@/lib/workshop/catalogue';
import { buildPlan, sessionLengths } from '@/lib/workshop/plan';
import { encodePlan } from '@/lib/workshop/plan-link';
import { builderHref, presentHref, printPieceHref, workshopHref } from '@/lib/workshop/routes';
import { describeStep } from '@/lib/workshop/step-info';
import { formatSlot, timePlan } from '@/lib/workshop/timing';

type GuidePageProps = { params: Promise<{ module: string }> };

export function generateStaticParams() {
  return getGuides().map((guide) => ({ module: guide.module }));
}

export async function generateMetadata({ params }: GuidePageProps): Promise<Metadata> {
  const learningModule = getModule((await params).module);
  return learningModule ? { title: `Facilitator guide: ${learningModule.title}`, description: `Running a workshop on ${learningModule.title}.` } : {};
}

const formatNames = { pairs: 'In pairs', 'small-groups': 'In small groups', 'whole-room': 'The whole room' } as const;
const printNames = {
  lists: 'The three lists',
  'sorting-cards': 'Sorting cards',
  worksheet: 'Worksheet',
  'answer-key': 'Answer key',
  'answer-cards': 'Answer cards',
  certificate: 'Certificate',
} as const;

/** Ready-made plans in the guide are the same every build, so their links can be printed. */
const guideSeed = 2017;

export default async function GuidePage({ params }: GuidePageProps) {
  const moduleId = (await params).module;
  const guide = getGuide(moduleId);
  const learningModule = getModule(moduleId);
  if (!guide || !learningModule) notFound();
  const catalogue = planCatalogueOf(buildWorkshopCatalogue(getContent()));
  const plans = sessionLengths.map((length) => {
    const plan = buildPlan(catalogue, { modules: [guide.module], length, seed: guideSeed });
    return { length, code: encodePlan(plan), timed: timePlan(plan) };
  });

  return (
    <div className="container guide" data-module={guide.module}>
      <Breadcrumbs trail={[{ href: workshopHref, label: 'Workshop' }]} current={`Guide: ${learningModule.title}`} />
      <header className="lesson-header">
        <p className="eyebrow">
          <ModuleMark module={guide.module} name="Facilitator guide" size={32} />
        </p>
        <h1>{learningModule.title}</h1>
        <p className="lede">{learningModule.tagline}</p>
      </header>

      <section aria-labelledby="aims-heading">
        <h2 id="aims-heading">Aims</h2>
        <ul>
          {guide.aims.map((aim) => (
            <li key={aim}>{aim}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="before-heading">
        <h2 id="before-heading">Before the session</h2>
        <ul>
          {guide.preparation.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="timings-heading">
        <h2 id="timings-heading">Timings</h2>
        <p>Three ready-made running orders. Present one as it is, or open it in the plan builder to reorder, drop or add steps.</p>
        {plans.map(({ length, code, timed }) => (
          <section key={length} className="guide-plan" aria-labelledby={`plan-${length}`}>
            <h3 id={`plan-${length}`}>{length} minutes</h3>
            <table className="timings table-stack">
              <thead>
                <tr>
                  <th scope="col">When</th>
                  <th scope="col">What</th>
                </tr>
              </thead>
              <tbody>
                {timed.map((step, index) => {
                  const info = describeStep(step.step, catalogue);
                  return (
                    <tr key={index}>
                      <td>{formatSlot(step)}</td>
                      <td>
                        <strong>{info.kindLabel}:</strong> {info.title}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
            <p className="guide-plan__links">
              <Link href={presentHref(code)}>Present the {length}-minute plan</Link>
              <Link href={builderHref(code)}>Edit the {length}-minute plan</Link>
            </p>
          </section>
        ))}
      </section>

      <section aria-labelledby="activities-heading">
        <h2 id="activities-heading">Activities</h2>
        {guide.activities.map((activity) => (
          <article key={activity.id} className="activity card" aria-labelledby={`activity-${activity.id}`}>
            <h3 id={`activity-${activity.id}`}>{activity.title}</h3>
            <p className="activity__meta">
              {formatNames[activity.format]} · about {activity.minutes} minutes
            </p>
            <p>{activity.summary}</p>
            <ol>
              {activity.steps.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ol>
            <p>
              <strong>Afterwards:</strong> {activity.debrief}
            </p>
            <p className="muted">
              Practises:{' '}
              {activity.lessons.map((id, index) => {
                const lesson = getLesson(id)!;
                return (
                  <span key={id}>
                    {index > 0 && ', '}
                    <Link href={lessonHref(lesson.module, lesson.id)}>{lesson.title}</Link>
                  </span>
                );
              })}
              {activity.print && (
                <>
                  . Print:{' '}
                  {activity.print.map((piece, index) => (
                    <span key={piece}>
                      {index > 0 && ', '}
                      <Link href={printPieceHref(piece)}>{printNames[piece]}</Link>
                    </span>
                  ))}
                </>
              )}
              .
            </p>
          </article>
        ))}
      </section>

      <section aria-labelledby="discussion-heading">
        <h2 id="discussion-heading">Discussion questions</h2>
        <ul>
          {guide.discussion.map((question) => (
            <li key={question}>{question}</li>
          ))}
        </ul>
        <p>Each lesson also ends with a question for the branch:</p>
        <ul>
          {learningModule.lessons.map((id) => {
            const lesson = getLesson(id)!;
            return (
              <li key={id}>
                <Link href={lessonHref(lesson.module, lesson.id)}>{lesson.title}</Link>: {lesson.discussion}
              </li>
            );
          })}
        </ul>
      </section>

      <section aria-labelledby="disagreement-heading">
        <h2 id="disagreement-heading">When the room disagrees</h2>
        <p>Disagreement is material for the session, not a problem to shut down. Ask “which project is this?”, not “good or bad?”.</p>
        <DisagreementTipList tips={guide.disagreement} />
      </section>
    </div>
  );
}
