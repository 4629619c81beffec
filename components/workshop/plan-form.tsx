'use client';

import { useId, useState } from 'react';
import { ModuleMark } from '@/components/modules/module-mark';
import type { ModuleId } from '@/lib/content/schema';
import type { PlanCatalogue } from '@/lib/workshop/catalogue';
import { sessionLengths, type PlanRequest, type SessionLength } from '@/lib/workshop/plan';

type PlanFormProps = {
  catalogue: PlanCatalogue;
  initial: Omit<PlanRequest, 'seed'>;
  hasPlan: boolean;
  onMake: (request: Omit<PlanRequest, 'seed'>) => void;
};

/** Choose modules and a length; the running order is made when the trainer asks for it, so edits are never lost by accident. */
export function PlanForm({ catalogue, initial, hasPlan, onMake }: PlanFormProps) {
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
      <fieldset aria-describedby={error ? errorId : undefined}>
        <legend>Modules</legend>
        <div className="plan-form__choices">
          {catalogue.modules.map((learningModule) => (
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
      <fieldset>
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
      <button type="submit" className="button">
        {hasPlan ? 'Make a new running order' : 'Make the running order'}
      </button>
    </form>
  );
}
