'use client';

import { Link } from '@/components/site/link';
import { useMemo, useRef } from 'react';
import { presentSingle, type SingleAnswerQuestion } from '@/lib/quiz/present';
import { seededRandom } from '@/lib/quiz/random';
import type { ItemAnswer } from '@/lib/quiz/session';
import { FeedbackMark } from './feedback-mark';
import type { QuizData } from '@/lib/quiz/quiz-data';

type SingleAnswerItemProps = {
  item: SingleAnswerQuestion;
  data: QuizData;
  seed: number;
  answered: ItemAnswer | undefined;
  onAnswer: (answer: ItemAnswer, message: string) => void;
};

/** Hashes an item id into the attempt's seed, so each item is shuffled its own way. */
const itemSeed = (seed: number, id: string) => [...id].reduce((hash, char) => Math.imul(hash ^ char.charCodeAt(0), 16777619), seed);

/**
 * One question with written options, each a real button. After an answer every option
 * shows why it is right or wrong, and focus moves to the verdict.
 */
export function SingleAnswerItem({ item, data, seed, answered, onAnswer }: SingleAnswerItemProps) {
  const titles = useMemo(() => Object.fromEntries(Object.entries(data.lessons).map(([id, lesson]) => [id, lesson.title])), [data.lessons]);
  const presented = useMemo(() => presentSingle(item, titles, seededRandom(itemSeed(seed, item.id))), [item, titles, seed]);
  const verdictRef = useRef<HTMLDivElement>(null);
  const lesson = data.lessons[presented.lessonId];
  const chosen = presented.options.find((option) => option.key === answered?.choice);
  const rightOption = presented.options.find((option) => option.correct);

  const choose = (key: string) => {
    const option = presented.options.find((candidate) => candidate.key === key)!;
    const verdict = option.correct === null ? 'An open question.' : option.correct ? 'Right.' : 'Not quite.';
    onAnswer({ choice: key, correct: option.correct }, `${verdict} ${option.feedback}`);
    requestAnimationFrame(() => verdictRef.current?.focus());
  };

  const promptParts = item.kind === 'fill-gap' ? presented.prompt.split('___') : null;

  return (
    <div className="question">
      <p className="question__prompt">
        {promptParts ? (
          <>
            {promptParts[0]}
            <span className="gap">
              {chosen ? chosen.label : <span className="visually-hidden">blank</span>}
            </span>
            {promptParts[1]}
          </>
        ) : (
          presented.prompt
        )}
      </p>
      <p className="question__ask" id={`ask-${item.id}`}>
        {presented.ask}
      </p>
      <ul className={`options options--${item.kind}`} aria-labelledby={`ask-${item.id}`}>
        {presented.options.map((option) => {
          const isChosen = option.key === answered?.choice;
          const verdict = option.correct === null ? 'open' : option.correct ? 'right' : 'wrong';
          return (
            <li key={option.key} className={answered ? `option option--${verdict}${isChosen ? ' option--chosen' : ''}` : 'option'}>
              <button type="button" className="option__button" onClick={() => choose(option.key)} disabled={answered !== undefined} aria-pressed={answered ? isChosen : undefined}>
                {option.label}
              </button>
              {answered && (
                <div className="option__feedback">
                  <p className="option__verdict">
                    {isChosen && <span className="option__yours">Your answer · </span>}
                    {(isChosen || option.correct) && <FeedbackMark verdict={verdict} />}
                    {!isChosen && option.correct && <span> — the answer</span>}
                  </p>
                  <p>{option.feedback}</p>
                </div>
              )}
            </li>
          );
        })}
      </ul>
      {answered && (
        <div className="verdict" ref={verdictRef} tabIndex={-1}>
          <p className="verdict__title">
            <FeedbackMark verdict={answered.correct === null ? 'open' : answered.correct ? 'right' : 'wrong'} />
          </p>
          <p>
            {answered.correct === null
              ? 'This card is for discussion: both readings have a case, and it is not scored.'
              : answered.correct
                ? chosen?.feedback
                : `The answer is “${rightOption?.label}”. ${rightOption?.feedback ?? ''}`}
          </p>
          {lesson && (
            <p className="muted">
              From the lesson <Link href={lesson.href}>{lesson.title}</Link>.
            </p>
          )}
        </div>
      )}
    </div>
  );
}
