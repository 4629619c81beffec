import { Link } from '@/components/site/link';
import { CardBadge } from '@/components/cards/card-shape';
import type { WorkshopCatalogue } from '@/lib/workshop/catalogue';
import { answerLabel, cardLabels, explanationOf } from '@/lib/workshop/room-question';
import { printPieceHref } from '@/lib/workshop/routes';
import type { Run, RunStep } from '@/lib/workshop/run';
import { spreadOf } from '@/lib/workshop/tally';
import { DisagreementTipList } from './disagreement-tips';

type StepNotesProps = { run: Run; step: RunStep; catalogue: WorkshopCatalogue; counts: number[]; revealed: boolean };

const printNames = {
  lists: 'the three lists',
  'sorting-cards': 'sorting cards',
  worksheet: 'the worksheet',
  'answer-key': 'the answer key',
  'answer-cards': 'answer cards',
  certificate: 'certificates',
} as const;

/** The trainer's notes for one step: what to say, what to ask, the answer, and what to do if the room disagrees. */
export function StepNotes({ run, step, catalogue, counts, revealed }: StepNotesProps) {
  const guide = catalogue.modules.find((learningModule) => learningModule.id === step.module) ?? catalogue.modules[0]!;
  switch (step.step.kind) {
    case 'welcome':
      return (
        <>
          <h3>Say</h3>
          <p>{catalogue.modules.find((learningModule) => learningModule.id === run.plan.modules[0])?.welcome}</p>
          <p>The QR code on screen opens the answer cards on people’s phones.</p>
        </>
      );
    case 'lesson': {
      const lesson = catalogue.lessons[step.step.lessonId]!;
      return (
        <>
          <h3>In your own words</h3>
          <p>{lesson.summary}</p>
          <h3>Why it matters</h3>
          <p>{lesson.whyItMatters}</p>
          <h3>A story to tell: {lesson.scenario.title}</h3>
          <p>{lesson.scenario.text}</p>
          <h3>Ask people to think</h3>
          <p>{lesson.reflection}</p>
        </>
      );
    }
    case 'question': {
      const question = step.question!;
      const spread = spreadOf(counts);
      return (
        <>
          <h3>The answer</h3>
          <p className="notes__answer">
            {answerLabel(question)} <span className="muted">{revealed ? '(revealed on screen)' : '(not revealed yet)'}</span>
          </p>
          <h3>Each option</h3>
          <ul className="notes__options">
            {question.options.map((option, index) => (
              <li key={option.key}>
                <CardBadge card={option.card} label={cardLabels[option.card]} />{' '}
                {question.cards === 'letters' && <strong>{option.label}. </strong>}
                {option.correct ? explanationOf(option.feedback) : option.feedback}{' '}
                <span className="muted">
                  Room: {spread.rows[index]?.count ?? 0}
                  {spread.total > 0 && ` of ${spread.total} (${spread.rows[index]?.percent ?? 0}%)`}
                </span>
              </li>
            ))}
          </ul>
          <h3>If the room splits</h3>
          <p>Before you reveal, ask one person from each side for their best reason. The spread is where the discussion starts.</p>
        </>
      );
    }
    case 'discussion': {
      const lesson = catalogue.lessons[step.step.lessonId]!;
      return (
        <>
          <h3>On screen</h3>
          <p>{lesson.discussion}</p>
          <h3>Follow-up questions</h3>
          <ul>
            {guide.discussion.map((question) => (
              <li key={question}>{question}</li>
            ))}
          </ul>
          <DisagreementTips step={step} catalogue={catalogue} />
        </>
      );
    }
    case 'pairs': {
      const activity = catalogue.activities[step.step.activityId]!;
      return (
        <>
          <p>{activity.summary}</p>
          <h3>Steps</h3>
          <ol>
            {activity.steps.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ol>
          <h3>Afterwards</h3>
          <p>{activity.debrief}</p>
          {activity.print && (
            <p>
              You need:{' '}
              {activity.print.map((piece, index) => (
                <span key={piece}>
                  {index > 0 && ', '}
                  <Link href={printPieceHref(piece)}>{printNames[piece]}</Link>
                </span>
              ))}
              .
            </p>
          )}
        </>
      );
    }
    case 'wrap-up':
      return (
        <>
          <h3>Say</h3>
          <p>{guide.wrapUp}</p>
          <h3>On screen</h3>
          <p>{guide.wrapUpPrompt}</p>
        </>
      );
  }
}

function DisagreementTips({ step, catalogue }: { step: RunStep; catalogue: WorkshopCatalogue }) {
  const guide = catalogue.modules.find((learningModule) => learningModule.id === step.module);
  if (!guide) return null;
  return (
    <>
      <h3>If the room disagrees</h3>
      <DisagreementTipList tips={guide.disagreement} />
    </>
  );
}
