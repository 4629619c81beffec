'use client';

import { useRef, useState } from 'react';
import type { Question } from '@/lib/content/question-schema';
import type { ItemAnswer } from '@/lib/quiz/session';
import { FeedbackMark } from './feedback-mark';

type BranchingItemProps = {
  item: Extract<Question, { kind: 'branching' }>;
  answered: ItemAnswer | undefined;
  onAnswer: (answer: ItemAnswer, message: string) => void;
};

type Step = Extract<Question, { kind: 'branching' }>['steps'][number];
type Taken = { step: Step; choice: number };

/** A short story with a choice at each step and feedback on each choice. */
export function BranchingItem({ item, answered, onAnswer }: BranchingItemProps) {
  const [taken, setTaken] = useState<Taken[]>([]);
  const [current, setCurrent] = useState<Step | undefined>(item.steps[0]);
  const feedbackRef = useRef<HTMLDivElement>(null);
  const stepRef = useRef<HTMLDivElement>(null);
  const last = taken[taken.length - 1];
  const awaitingContinue = last !== undefined && last.step === current;

  const choose = (index: number) => {
    if (!current) return;
    const choice = current.choices[index]!;
    const path = [...taken, { step: current, choice: index }];
    setTaken(path);
    const verdict = choice.best ? 'A strong move.' : 'Worth a second thought.';
    if (!choice.next) {
      const allBest = path.every((entry) => entry.step.choices[entry.choice]!.best);
      onAnswer(
        { choice: path.map((entry) => `${entry.step.id}:${entry.choice}`).join(' '), correct: allBest },
        `${verdict} ${choice.feedback} The story is over.`,
      );
    }
    requestAnimationFrame(() => feedbackRef.current?.focus());
  };

  const goOn = () => {
    const next = item.steps.find((step) => step.id === last?.step.choices[last.choice]?.next);
    setCurrent(next);
    requestAnimationFrame(() => stepRef.current?.focus());
  };

  return (
    <div className="question">
      <h4 className="story__title">{item.title}</h4>
      <p className="question__prompt">{item.intro}</p>
      <ol className="story">
        {taken.map((entry, index) => {
          const choice = entry.step.choices[entry.choice]!;
          const isLatest = index === taken.length - 1;
          return (
            <li key={entry.step.id} className="story__step">
              <p>{entry.step.text}</p>
              <p>
                <strong>You chose:</strong> {choice.text}
              </p>
              <div className="verdict" ref={isLatest ? feedbackRef : undefined} tabIndex={isLatest ? -1 : undefined}>
                <p className="verdict__title">
                  <FeedbackMark verdict={choice.best ? 'right' : 'wrong'} label={choice.best ? 'A strong move' : 'Worth a second thought'} />
                </p>
                <p>{choice.feedback}</p>
              </div>
            </li>
          );
        })}
      </ol>
      {current && !awaitingContinue && !answered && (
        <div className="story__step" ref={stepRef} tabIndex={-1}>
          <p>{current.text}</p>
          <p className="question__ask" id={`ask-${current.id}`}>
            What do you do?
          </p>
          <ul className="options" aria-labelledby={`ask-${current.id}`}>
            {current.choices.map((choice, index) => (
              <li key={choice.text} className="option">
                <button type="button" className="option__button" onClick={() => choose(index)}>
                  {choice.text}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {awaitingContinue && !answered && (
        <button type="button" className="button button--quiet" onClick={goOn}>
          Continue the story
        </button>
      )}
      {answered && (
        <div className="debrief">
          <h4>What the story shows</h4>
          <p>{item.debrief}</p>
        </div>
      )}
    </div>
  );
}
