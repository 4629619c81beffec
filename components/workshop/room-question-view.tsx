import { CardBadge } from '@/components/cards/card-shape';
import { cardLabels, explanationOf, type RoomQuestion } from '@/lib/workshop/room-question';
import { spreadOf } from '@/lib/workshop/tally';

type RoomQuestionViewProps = {
  question: RoomQuestion;
  counts: number[];
  revealed: boolean;
  onTally: (option: number, change: 1 | -1) => void;
};

/** How to answer, in words: which cards to hold up. */
export function askTheRoom(question: RoomQuestion): string {
  if (question.cards === 'sides') return 'Which project is this? Hold up Organiser or Factionalist.';
  if (question.kind === 'true-false') return 'True or false? Hold up A for true, B for false.';
  return `Hold up ${question.options.map((option) => option.card).join(', ').replace(/, (\w)$/, ' or $1')}.`;
}

/** The question's text, with a fill-the-gap blank drawn as a line. */
export function QuestionPrompt({ question }: { question: RoomQuestion }) {
  if (question.kind !== 'fill-gap') return <>{question.prompt}</>;
  const [before, after] = question.prompt.split('___');
  return (
    <>
      {before}
      <span className="stage__gap">
        <span className="visually-hidden">blank</span>
      </span>
      {after}
    </>
  );
}

/**
 * A question on the projector: the options with their cards, a tally the trainer taps
 * in per option, bars of the spread with numbers and percentages, and the answer with
 * its explanation once revealed.
 */
export function RoomQuestionView({ question, counts, revealed, onTally }: RoomQuestionViewProps) {
  const spread = spreadOf(counts);
  const right = question.options.find((option) => option.correct);
  return (
    <div className="room-question">
      <h1 className="stage__prompt">
        <QuestionPrompt question={question} />
      </h1>
      <p className="stage__ask">{askTheRoom(question)}</p>
      <ol className={`room-options room-options--${question.cards}`}>
        {question.options.map((option, index) => {
          const name = cardLabels[option.card];
          const row = spread.rows[index] ?? { count: 0, percent: 0 };
          const isAnswer = revealed && option.correct === true;
          return (
            <li key={option.key} className={`room-option${isAnswer ? ' room-option--answer' : ''}`}>
              <div className="room-option__head">
                <CardBadge card={option.card} label={name} />
                {question.cards === 'letters' && <span className="room-option__text">{option.label}</span>}
                {isAnswer && <span className="room-option__verdict">✓ The answer</span>}
              </div>
              <div className="room-option__tally">
                <button type="button" className="tally-button" onClick={() => onTally(index, -1)} aria-label={`Take one from ${name}`}>
                  −
                </button>
                <span className="room-option__share" aria-live="polite">
                  <span className="visually-hidden">{name}: </span>
                  {row.count} {row.count === 1 ? 'person' : 'people'}
                  {spread.total > 0 && <span className="room-option__percent"> · {row.percent}%</span>}
                </span>
                <button type="button" className="tally-button" onClick={() => onTally(index, 1)} aria-label={`Add one to ${name}`}>
                  +
                </button>
                <span className="room-option__bar" aria-hidden="true">
                  <span className="room-option__fill" style={{ inlineSize: `${row.percent}%` }} />
                </span>
              </div>
            </li>
          );
        })}
      </ol>
      {revealed && (
        <div className="room-question__why">
          {right ? (
            <p>
              <strong>Why: </strong>
              {explanationOf(right.feedback)}
            </p>
          ) : (
            <>
              <p>
                <strong>Both readings have a case.</strong> This card is for discussion.
              </p>
              {question.options.map((option) => (
                <p key={option.key}>
                  <strong>{option.label}: </strong>
                  {option.feedback}
                </p>
              ))}
            </>
          )}
        </div>
      )}
    </div>
  );
}
