'use client';

import { useMemo, useRef, useState } from 'react';
import type { Question } from '@/lib/content/question-schema';
import { seededRandom, shuffle } from '@/lib/quiz/random';
import type { ItemAnswer } from '@/lib/quiz/session';
import { FeedbackMark } from './feedback-mark';
import type { QuizData } from '@/lib/quiz/quiz-data';

type MatchPairsItemProps = {
  item: Extract<Question, { kind: 'match-pairs' }>;
  data: QuizData;
  seed: number;
  answered: ItemAnswer | undefined;
  onAnswer: (answer: ItemAnswer, message: string) => void;
};

/**
 * Match each organiser quality with its factionalist mirror: tap one, then tap its
 * mirror. Tapping works on any phone and with a keyboard; nothing needs dragging.
 */
export function MatchPairsItem({ item, data, seed, answered, onAnswer }: MatchPairsItemProps) {
  const pairs = useMemo(() => item.pairs.map((id) => data.mirrorPairs.find((pair) => pair.id === id)!), [item.pairs, data.mirrorPairs]);
  const mirrors = useMemo(() => shuffle(pairs, seededRandom(seed)), [pairs, seed]);
  const [selected, setSelected] = useState<string | null>(null);
  const [matched, setMatched] = useState<string[]>([]);
  const [mistakes, setMistakes] = useState(0);
  const [message, setMessage] = useState('');
  const doneRef = useRef<HTMLDivElement>(null);

  const pickMirror = (pairId: string) => {
    if (!selected) return;
    const left = pairs.find((pair) => pair.id === selected)!;
    const right = pairs.find((pair) => pair.id === pairId)!;
    if (selected === pairId) {
      const nowMatched = [...matched, pairId];
      setMatched(nowMatched);
      setSelected(null);
      const text = `Matched: ${left.organiserLabel} mirrors ${left.factionalistLabel}. ${left.explanation}`;
      setMessage(text);
      if (nowMatched.length === pairs.length) {
        const summary = mistakes === 0 ? 'all matched first time' : `${mistakes} wrong match${mistakes === 1 ? '' : 'es'}`;
        onAnswer({ choice: summary, correct: mistakes === 0 }, `${text} All pairs matched.`);
        requestAnimationFrame(() => doneRef.current?.focus());
      }
    } else {
      setMistakes((count) => count + 1);
      setSelected(null);
      setMessage(`Not quite — “${left.organiserLabel}” does not mirror “${right.factionalistLabel}”. Pick it again and try another.`);
    }
  };

  return (
    <div className="question">
      <p className="question__prompt">{item.prompt}</p>
      <p className="question__ask">Tap an organiser quality, then the factionalist trait that mirrors it.</p>
      <div className="match">
        <div>
          <h4 className="match__heading">Organiser</h4>
          <ul className="match__list">
            {pairs.map((pair) => {
              const isMatched = matched.includes(pair.id);
              return (
                <li key={pair.id}>
                  <button
                    type="button"
                    className="match__button"
                    aria-pressed={selected === pair.id}
                    disabled={isMatched || answered !== undefined}
                    onClick={() => setSelected(selected === pair.id ? null : pair.id)}
                  >
                    {isMatched && <span className="visually-hidden">Matched: </span>}
                    {pair.organiserLabel}
                    {isMatched && <span aria-hidden="true"> ✓</span>}
                  </button>
                </li>
              );
            })}
          </ul>
        </div>
        <div>
          <h4 className="match__heading">Factionalist</h4>
          <ul className="match__list">
            {mirrors.map((pair) => {
              const isMatched = matched.includes(pair.id);
              return (
                <li key={pair.id}>
                  <button
                    type="button"
                    className="match__button"
                    disabled={isMatched || answered !== undefined || selected === null}
                    onClick={() => pickMirror(pair.id)}
                  >
                    {isMatched && <span className="visually-hidden">Matched: </span>}
                    {pair.factionalistLabel}
                    {isMatched && <span aria-hidden="true"> ✓</span>}
                  </button>
                </li>
              );
            })}
          </ul>
        </div>
      </div>
      <p className="match__status" role="status">
        {message || (selected ? `Now pick the mirror of “${pairs.find((pair) => pair.id === selected)?.organiserLabel}”.` : '')}
      </p>
      {answered && (
        <div className="verdict" ref={doneRef} tabIndex={-1}>
          <p className="verdict__title">
            <FeedbackMark verdict={answered.correct ? 'right' : 'wrong'} />
          </p>
          <p>
            {answered.correct
              ? 'Every pair matched at the first try.'
              : `All matched, with ${mistakes} wrong match${mistakes === 1 ? '' : 'es'} on the way. The pairs line up item by item: the first organiser quality mirrors the first factionalist trait, and so on.`}
          </p>
          <ul className="pair-notes">
            {pairs.map((pair) => (
              <li key={pair.id}>
                <strong>
                  {pair.organiserLabel} ↔ {pair.factionalistLabel}:
                </strong>{' '}
                {pair.explanation}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
