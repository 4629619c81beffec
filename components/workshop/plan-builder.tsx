'use client';

import { useEffect, useRef, useState } from 'react';
import type { PlanCatalogue } from '@/lib/workshop/catalogue';
import { buildPlan, type Plan } from '@/lib/workshop/plan';
import { encodePlan } from '@/lib/workshop/plan-link';
import { newSeed } from '@/lib/quiz/random';
import { builderHref, workshopHref } from '@/lib/workshop/routes';
import { firstRequest, PlanBuilderFrame, PlanForm } from './plan-form';
import { RunningOrder } from './running-order';
import { SharePlan } from './share-plan';
import { usePlanFromUrl } from './use-plan-from-url';

/**
 * Build a plan and edit its running order. The plan lives in the page's URL: every change
 * replaces `?plan=`, so the address bar always holds the plan as it stands.
 */
export function PlanBuilder({ catalogue }: { catalogue: PlanCatalogue }) {
  const { code, result } = usePlanFromUrl(catalogue);
  const [message, setMessage] = useState('');
  const plan = result.ok ? result.plan : undefined;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusHeading = useRef(false);

  // The new running order appears once the URL has changed: move focus to it then.
  useEffect(() => {
    if (plan && focusHeading.current) {
      focusHeading.current = false;
      headingRef.current?.focus();
    }
  }, [plan]);

  const save = (next: Plan, announcement: string) => {
    window.history.replaceState(null, '', builderHref(encodePlan(next)));
    setMessage(announcement);
  };

  const broken = !result.ok && result.error.problem !== 'missing' ? result.error : undefined;

  return (
    <PlanBuilderFrame>
      {broken && (
        <div className="notice" role="alert">
          <p>{broken.message}</p>
          {broken.detail && <p className="muted">What was wrong: {broken.detail}</p>}
          <p>
            <a href={workshopHref}>Start a new plan</a>
          </p>
        </div>
      )}
      <PlanForm
        modules={catalogue.modules}
        initial={plan ? { modules: plan.modules, length: plan.length } : firstRequest}
        hasPlan={plan !== undefined}
        onMake={(request) => {
          const next = buildPlan(catalogue, { ...request, seed: newSeed() });
          focusHeading.current = true;
          save(next, `Made a ${next.length}-minute running order with ${next.steps.length} steps.`);
        }}
      />
      <p className="visually-hidden" role="status">
        {message}
      </p>
      {plan && (
        <div className="plan">
          <h2 id="plan-heading" tabIndex={-1} ref={headingRef}>
            Your running order
          </h2>
          <p className="plan__summary">
            {plan.length} minutes · {plan.steps.length} steps ·{' '}
            {plan.modules.map((id) => catalogue.modules.find((learningModule) => learningModule.id === id)?.title).join(' and ')}
          </p>
          <RunningOrder catalogue={catalogue} plan={plan} onChange={save} />
          <SharePlan code={code} />
        </div>
      )}
    </PlanBuilderFrame>
  );
}
