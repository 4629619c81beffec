import { ModuleMark } from '@/components/modules/module-mark';
import type { WorkshopCatalogue } from '@/lib/workshop/catalogue';
import type { Run, RunStep } from '@/lib/workshop/run';
import { QrCode } from './qr-code';
import { RoomQuestionView } from './room-question-view';

type PresenterStageProps = {
  run: Run;
  step: RunStep;
  catalogue: WorkshopCatalogue;
  counts: number[];
  revealed: boolean;
  onTally: (option: number, change: 1 | -1) => void;
};

const join = (titles: string[]) => (titles.length <= 1 ? titles.join('') : `${titles.slice(0, -1).join(', ')} and ${titles.at(-1)}`);

/** One step of the plan as the room sees it, in type meant for the back of the room. */
export function PresenterStage({ run, step, catalogue, counts, revealed, onTally }: PresenterStageProps) {
  const moduleOf = (id: string) => catalogue.modules.find((learningModule) => learningModule.id === id);
  const kind = (
    <p className="stage__kind">
      <ModuleMark module={step.module} name={step.info.kindLabel} size={36} />
    </p>
  );
  switch (step.step.kind) {
    case 'welcome': {
      const titles = run.plan.modules.map((id) => moduleOf(id)?.title ?? id);
      const ahead = run.steps.filter((other) => other.step.kind === 'lesson' || other.step.kind === 'pairs');
      return (
        <>
          {kind}
          <h1 className="stage__title">{join(titles)}</h1>
          <p className="stage__lede">A {run.plan.length}-minute workshop. Today we will look at:</p>
          <div className="stage__split">
            <ul className="stage__points">
              {ahead.map((other) => (
                <li key={other.start}>{other.info.title}</li>
              ))}
            </ul>
            <QrCode path={step.link.href} label={step.link.label} />
          </div>
        </>
      );
    }
    case 'lesson': {
      const lesson = catalogue.lessons[step.step.lessonId]!;
      return (
        <>
          {kind}
          <h1 className="stage__title">{lesson.title}</h1>
          {lesson.sourceHeading && (
            <blockquote className="stage__quote">
              <p>“{lesson.sourceHeading}”</p>
              <footer>— {lesson.sourceSection}</footer>
            </blockquote>
          )}
          <ul className="stage__points">
            {lesson.keyPoints.map((point) => (
              <li key={point}>{point}</li>
            ))}
          </ul>
        </>
      );
    }
    case 'question':
      return (
        <>
          {kind}
          <RoomQuestionView question={step.question!} counts={counts} revealed={revealed} onTally={onTally} />
        </>
      );
    case 'discussion': {
      const lesson = catalogue.lessons[step.step.lessonId]!;
      return (
        <>
          {kind}
          <h1 className="stage__title stage__title--question">{lesson.discussion}</h1>
          <p className="stage__lede">Talk about it: from the lesson “{lesson.title}”.</p>
        </>
      );
    }
    case 'pairs': {
      const activity = catalogue.activities[step.step.activityId]!;
      return (
        <>
          {kind}
          <h1 className="stage__title">{activity.title}</h1>
          <ol className="stage__points stage__points--steps">
            {activity.steps.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ol>
        </>
      );
    }
    case 'wrap-up': {
      const firstModule = moduleOf(run.plan.modules[0]!);
      return (
        <>
          {kind}
          <h1 className="stage__title stage__title--question">{firstModule?.wrapUpPrompt}</h1>
          <div className="stage__split">
            <p className="stage__lede">Keep going at home: every lesson and quiz is on Groundwork, free, with nothing to sign up for.</p>
            <QrCode path={step.link.href} label={step.link.label} />
          </div>
        </>
      );
    }
  }
}
