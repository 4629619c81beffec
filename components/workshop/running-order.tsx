'use client';

import { useEffect, useId, useRef, useState } from 'react';
import type { PlanCatalogue } from '@/lib/workshop/catalogue';
import { addStep, canAddStep, moveStep, pickQuestion, removeStep, stepLimit, swapQuestion, type Plan, type PlanStep } from '@/lib/workshop/plan';
import { describeStep } from '@/lib/workshop/step-info';
import { formatSlot, timePlan } from '@/lib/workshop/timing';

type RunningOrderProps = {
  catalogue: PlanCatalogue;
  plan: Plan;
  onChange: (plan: Plan, message: string) => void;
};

/** A key that survives reordering: the step's identity and which occurrence of it this is. */
function stepKeys(steps: PlanStep[]): string[] {
  const seen = new Map<string, number>();
  return steps.map((step) => {
    const id = `${step.kind}:${'lessonId' in step ? step.lessonId : 'itemId' in step ? step.itemId : 'activityId' in step ? step.activityId : ''}`;
    const count = (seen.get(id) ?? 0) + 1;
    seen.set(id, count);
    return `${id}:${count}`;
  });
}

/** The plan's running order, minute by minute, with controls to reorder, drop and add steps. */
export function RunningOrder({ catalogue, plan, onChange }: RunningOrderProps) {
  const timed = timePlan(plan);
  const keys = stepKeys(plan.steps);
  // The list redraws once the URL holds the changed plan; then focus goes back to the control used.
  const pendingFocus = useRef<string | null>(null);
  useEffect(() => {
    if (!pendingFocus.current) return;
    document.querySelector<HTMLElement>(`[data-control="${pendingFocus.current}"]`)?.focus();
    pendingFocus.current = null;
  }, [plan]);
  const focusControl = (name: string) => {
    pendingFocus.current = name;
  };
  const titleOf = (index: number) => describeStep(plan.steps[index]!, catalogue).title;

  const move = (index: number, by: -1 | 1) => {
    const next = moveStep(plan, index, by);
    if (next === plan) return;
    const to = index + by;
    onChange(next, `Moved “${titleOf(index)}” to step ${to + 1}, ${formatSlot(timePlan(next)[to]!)}.`);
    focusControl(`${to}-${by === -1 ? 'up' : 'down'}`);
  };
  const remove = (index: number) => {
    const next = removeStep(plan, index);
    if (next === plan) return;
    onChange(next, `Removed “${titleOf(index)}”. The other steps now share the ${plan.length} minutes.`);
    focusControl(`${Math.min(index, next.steps.length - 1)}-remove`);
  };
  const swap = (index: number) => {
    const next = swapQuestion(catalogue, plan, index);
    onChange(next, next === plan ? 'There is no other question on that lesson to swap in.' : `Swapped in another question at step ${index + 1}.`);
  };

  return (
    <>
      <ol className="running-order" id="running-order" data-control="running-order" tabIndex={-1} aria-label="Running order">
        {timed.map((step, index) => {
          const info = describeStep(step.step, catalogue);
          const question = step.step.kind === 'question' ? catalogue.questions[step.step.itemId] : undefined;
          const label = `step ${index + 1}, ${info.title}`;
          return (
            <li key={keys[index]} className="running-order__step">
              <span className="running-order__time">{formatSlot(step)}</span>
              <span className="running-order__what">
                <span className="running-order__kind">
                  {info.kindLabel} · {step.minutes} min
                </span>
                <span className="running-order__title">{info.title}</span>
                {question && <span className="running-order__detail">“{question.prompt}”</span>}
              </span>
              <span className="running-order__controls">
                <button type="button" className="tool-button" data-control={`${index}-up`} aria-label={`Move up: ${label}`} aria-disabled={index === 0} onClick={() => move(index, -1)}>
                  Up
                </button>
                <button
                  type="button"
                  className="tool-button"
                  data-control={`${index}-down`}
                  aria-label={`Move down: ${label}`}
                  aria-disabled={index === plan.steps.length - 1}
                  onClick={() => move(index, 1)}
                >
                  Down
                </button>
                {question && (
                  <button type="button" className="tool-button" aria-label={`Another question: ${label}`} onClick={() => swap(index)}>
                    Another question
                  </button>
                )}
                <button
                  type="button"
                  className="tool-button"
                  data-control={`${index}-remove`}
                  aria-label={`Remove: ${label}`}
                  aria-disabled={plan.steps.length <= 1}
                  onClick={() => remove(index)}
                >
                  Remove
                </button>
              </span>
            </li>
          );
        })}
      </ol>
      <AddStepForm catalogue={catalogue} plan={plan} onChange={onChange} />
    </>
  );
}

type AddKind = 'welcome' | 'lesson' | 'question' | 'discussion' | 'pairs' | 'wrap-up';
const addKinds: { kind: AddKind; label: string }[] = [
  { kind: 'lesson', label: 'A lesson' },
  { kind: 'question', label: 'A question for the room' },
  { kind: 'discussion', label: 'A discussion' },
  { kind: 'pairs', label: 'Pair or group work' },
  { kind: 'welcome', label: 'A welcome' },
  { kind: 'wrap-up', label: 'A wrap-up' },
];

function AddStepForm({ catalogue, plan, onChange }: RunningOrderProps) {
  const [kind, setKind] = useState<AddKind>('lesson');
  const [lessonId, setLessonId] = useState(catalogue.modules.find((learningModule) => learningModule.id === plan.modules[0])?.workshopLessons[0] ?? '');
  const [activityId, setActivityId] = useState(catalogue.modules.find((learningModule) => learningModule.id === plan.modules[0])?.activities[0] ?? '');
  const [problem, setProblem] = useState('');
  const id = useId();
  const needsLesson = kind === 'lesson' || kind === 'question' || kind === 'discussion';
  const full = !canAddStep(plan);

  const add = () => {
    if (full) {
      setProblem(`The plan has as many steps as it can hold in ${plan.length} minutes (${stepLimit(plan.length)}). Remove one first.`);
      return;
    }
    let step: PlanStep;
    if (kind === 'question') {
      const itemId = pickQuestion(catalogue, lessonId, plan.seed, plan.steps);
      if (!itemId) {
        setProblem('Every question on that lesson is already in the plan. Choose another lesson.');
        return;
      }
      step = { kind, itemId };
    } else if (kind === 'lesson' || kind === 'discussion') step = { kind, lessonId };
    else if (kind === 'pairs') step = { kind, activityId };
    else step = { kind };
    setProblem('');
    const next = addStep(plan, step);
    const at = next.steps.indexOf(step);
    onChange(next, `Added “${describeStep(step, catalogue).title}” as step ${at + 1}, ${formatSlot(timePlan(next)[at]!)}. The others have made room.`);
  };

  return (
    <fieldset className="add-step">
      <legend>Add a step</legend>
      <div className="add-step__fields">
        <label htmlFor={`${id}-kind`}>What</label>
        <select id={`${id}-kind`} value={kind} onChange={(event) => setKind(event.target.value as AddKind)}>
          {addKinds.map((option) => (
            <option key={option.kind} value={option.kind}>
              {option.label}
            </option>
          ))}
        </select>
        {needsLesson && (
          <>
            <label htmlFor={`${id}-lesson`}>Lesson</label>
            <select id={`${id}-lesson`} value={lessonId} onChange={(event) => setLessonId(event.target.value)}>
              {catalogue.modules.map((learningModule) => (
                <optgroup key={learningModule.id} label={learningModule.title}>
                  {learningModule.workshopLessons.map((lesson) => (
                    <option key={lesson} value={lesson}>
                      {catalogue.lessons[lesson]?.title}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          </>
        )}
        {kind === 'pairs' && (
          <>
            <label htmlFor={`${id}-activity`}>Activity</label>
            <select id={`${id}-activity`} value={activityId} onChange={(event) => setActivityId(event.target.value)}>
              {catalogue.modules.map((learningModule) => (
                <optgroup key={learningModule.id} label={learningModule.title}>
                  {learningModule.activities.map((activity) => (
                    <option key={activity} value={activity}>
                      {catalogue.activities[activity]?.title}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          </>
        )}
      </div>
      <button type="button" className="button button--quiet" onClick={add}>
        Add to the plan
      </button>
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
    </fieldset>
  );
}
