'use client';

import { useId, useState, type ReactNode } from 'react';
import { ModuleMark } from '@/components/modules/module-mark';
import type { ModuleId } from '@/lib/content/schema';
import type { PlanRequest } from '@/lib/workshop/plan';
import { sessionLengths, type SessionLength } from '@/lib/workshop/session-lengths';

/** A module as the form offers it. */
export type ModuleChoice = { id: ModuleId; title: string };

/** What the form starts with when the address holds no plan. */
export const firstRequest: Omit<PlanRequest, 'seed'> = { modules: ['organiser'], length: 45 };

type PlanFormProps = {
  modules: readonly ModuleChoice[];
  initial: Omit<PlanRequest, 'seed'>;
  hasPlan: boolean;
  onMake: (request: Omit<PlanRequest, 'seed'>) => void;
  /** Drawn before the builder has loaded: the same form, not yet usable. */
  disabled?: boolean;
};

/** The plan builder's section: the heading and what goes under it. */
export function PlanBuilderFrame({ children }: { children: ReactNode }) {
  return (
    <section className="plan-builder" aria-labelledby="builder-heading">
      <h2 id="builder-heading">Build a session plan</h2>
      {children}
    </section>
  );
}

/** Choose modules and a length; the running order is made when the trainer asks for it, so edits are never lost by accident. */
export function PlanForm({ modules: moduleChoices, initial, hasPlan, onMake, disabled = false }: PlanFormProps) {
  const [modules, setModules] = useState<ModuleId[]>(initial.modules);
  const [length, setLength] = useState<SessionLength>(initial.length);
  const [error, setError] = useState('');
  const errorId = useId();

  const toggle = (id: ModuleId, on: boolean) => {
    setModules((current) => (on ? [...current, id] : current.filter((other) => other !== id)));
    if (on) setError('');
  };

  return (
    <form
      className="plan-form card"
      onSubmit={(event) => {
        event.preventDefault();
        if (modules.length === 0) setError('Choose at least one module.');
        else onMake({ modules, length });
      }}
    >
      <fieldset aria-describedby={error ? errorId : undefined} disabled={disabled}>
        <legend>Modules</legend>
        <div className="plan-form__choices">
          {moduleChoices.map((learningModule) => (
            <label key={learningModule.id} className="choice">
              <input type="checkbox" checked={modules.includes(learningModule.id)} onChange={(event) => toggle(learningModule.id, event.target.checked)} />
              <ModuleMark module={learningModule.id} name={learningModule.title} />
            </label>
          ))}
        </div>
        {error && (
          <p className="form-error" id={errorId} role="alert">
            {error}
          </p>
        )}
      </fieldset>
      <fieldset disabled={disabled}>
        <legend>Length</legend>
        <div className="plan-form__choices plan-form__choices--row">
          {sessionLengths.map((minutes) => (
            <label key={minutes} className="choice">
              <input type="radio" name="length" value={minutes} checked={length === minutes} onChange={() => setLength(minutes)} />
              {minutes} minutes
            </label>
          ))}
        </div>
      </fieldset>
      <button type="submit" className="button" disabled={disabled}>
        {hasPlan ? 'Make a new running order' : 'Make the running order'}
      </button>
    </form>
  );
}
