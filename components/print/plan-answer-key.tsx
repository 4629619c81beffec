'use client';

import { useMemo } from 'react';
import { usePlanFromUrlIn } from '@/components/workshop/use-plan-from-url';
import { QuestionPrompt } from '@/components/workshop/room-question-view';
import type { WorkshopCatalogue } from '@/lib/workshop/catalogue';
import { answerLabel, explanationOf } from '@/lib/workshop/room-question';
import { prepareRun } from '@/lib/workshop/run';

/**
 * The answers to the questions in the plan in the URL, lettered exactly as the presenter
 * shows them. Without a plan, it says how to get one.
 */
export function PlanAnswerKey({ catalogue }: { catalogue: WorkshopCatalogue }) {
  const { result } = usePlanFromUrlIn(catalogue);
  const run = useMemo(() => (result.ok ? prepareRun(catalogue, result.plan) : undefined), [catalogue, result]);
  if (!result.ok) {
    return result.error.problem === 'missing' ? (
      <p className="print-muted">Open the answer key from a plan in the plan builder to add the answers to that plan’s questions here.</p>
    ) : (
      <p className="notice" role="alert">
        {result.error.message}
      </p>
    );
  }
  const questions = run!.steps.flatMap((step, index) => (step.question ? [{ index, step, question: step.question }] : []));
  return (
    <ul className="key-list">
      {questions.map(({ index, step, question }) => {
        const right = question.options.find((option) => option.correct);
        return (
          <li key={index} className="print-keep">
            <p>
              <strong>
                Step {index + 1} ({step.start}–{step.end} min):
              </strong>{' '}
              <QuestionPrompt question={question} />
            </p>
            <p>
              <strong>{answerLabel(question)}.</strong> {right ? explanationOf(right.feedback) : 'This card is for discussion, and not scored.'}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
