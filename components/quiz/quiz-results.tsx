'use client';

import { Link } from '@/components/site/link';
import type { RefObject } from 'react';
import type { Question } from '@/lib/content/question-schema';
import { summarise, type QuizSession } from '@/lib/quiz/session';
import type { QuizData } from '@/lib/quiz/quiz-data';

type QuizResultsProps = {
  session: QuizSession;
  data: QuizData;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onRetryMistakes: (mistakes: Question[]) => void;
  onNewSet: () => void;
};

/** What the question asked, in a line, for the list of mistakes. */
function questionText(item: Question): string {
  switch (item.kind) {
    case 'choice':
    case 'match-pairs':
      return item.prompt;
    case 'true-false':
      return `True or false: ${item.statement}`;
    case 'which-principle':
      return item.scenario;
    case 'sort':
      return `Organiser or factionalist? ${item.card}`;
    case 'fill-gap':
      return item.text.replace('___', '…');
    case 'branching':
      return item.title;
    case 'self-rating':
      return item.statement;
  }
}

/** The explanation of the right answer, for an item answered wrongly. */
function explanation(item: Question, data: QuizData): string {
  switch (item.kind) {
    case 'choice': {
      const right = item.options.find((option) => option.correct)!;
      return `The answer is “${right.text}”. ${right.feedback}`;
    }
    case 'which-principle': {
      const right = item.options.find((option) => option.correct)!;
      return `It shows “${data.lessons[right.principle]?.title ?? right.principle}”. ${right.feedback}`;
    }
    case 'true-false':
      return `The answer is “${item.answer ? 'True' : 'False'}”. ${item.feedback[item.answer ? 'true' : 'false']}`;
    case 'sort':
      return item.answer === 'discuss'
        ? item.feedback.organiser
        : `The answer is “${item.answer === 'organiser' ? 'Organiser' : 'Factionalist'}”. ${item.feedback[item.answer]}`;
    case 'fill-gap':
      return `The gap is “${item.accept[0]}”. ${item.feedback.correct}`;
    case 'match-pairs':
      return 'The two lists line up item by item: each organiser quality mirrors the factionalist trait at the same place in the list.';
    case 'branching':
      return item.debrief;
    case 'self-rating':
      return '';
  }
}

export function QuizResults({ session, data, headingRef, onRetryMistakes, onNewSet }: QuizResultsProps) {
  const { scored, correct, mistakes } = summarise(session);
  return (
    <div className="results">
      <h3 ref={headingRef} tabIndex={-1} className="results__heading">
        You got {correct} of {scored} right
      </h3>
      <div className="progress-bar" aria-hidden="true">
        <div className="progress-bar__fill" style={{ width: `${scored ? (correct / scored) * 100 : 0}%` }} />
      </div>
      {mistakes.length === 0 ? (
        <p>Every answer right. Well done — try a new set, or move on to the next lesson.</p>
      ) : (
        <>
          <p>Here is what you missed, and why. Each one links back to its lesson.</p>
          <ol className="mistakes">
            {mistakes.map((item) => {
              const lesson = data.lessons[item.principles[0]!];
              return (
                <li key={item.id} className="mistake">
                  <p className="mistake__question">{questionText(item)}</p>
                  <p>{explanation(item, data)}</p>
                  {lesson && (
                    <p>
                      <Link href={lesson.href}>Revisit the lesson: {lesson.title}</Link>
                    </p>
                  )}
                </li>
              );
            })}
          </ol>
        </>
      )}
      <div className="results__actions">
        {mistakes.length > 0 && (
          <button type="button" className="button" onClick={() => onRetryMistakes(mistakes)}>
            Retry the {mistakes.length} you missed
          </button>
        )}
        <button type="button" className="button button--quiet" onClick={onNewSet}>
          Try a new set of questions
        </button>
      </div>
    </div>
  );
}
