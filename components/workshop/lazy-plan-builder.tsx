'use client';

import dynamic from 'next/dynamic';
import { createContext, use } from 'react';
import { planCatalogueOf } from '@/lib/workshop/catalogue';
import { firstRequest, PlanBuilderFrame, PlanForm, type ModuleChoice } from './plan-form';
import { withCatalogue } from './with-catalogue';

/*
 * The plan builder loads like the other workshop views (see lazy-views.tsx): its code and
 * the workshop catalogue arrive just after the page.
 */

const LoadedPlanBuilder = dynamic(() => withCatalogue(planCatalogueOf, import('./plan-builder').then((loaded) => loaded.PlanBuilder)), {
  ssr: false,
  loading: () => <PlanBuilderPlaceholder />,
});

const ModuleChoices = createContext<readonly ModuleChoice[]>([]);

/**
 * The plan builder. Until it has loaded, the page shows its empty form, drawn from the
 * modules the page passes in and not yet usable, so nothing moves when the builder arrives.
 */
export function PlanBuilder({ modules }: { modules: readonly ModuleChoice[] }) {
  return (
    <ModuleChoices value={modules}>
      <LoadedPlanBuilder />
    </ModuleChoices>
  );
}

function PlanBuilderPlaceholder() {
  return (
    <PlanBuilderFrame>
      <noscript>
        <p className="notice">The plan builder needs JavaScript. Each facilitator guide below has ready-made running orders.</p>
      </noscript>
      <PlanForm modules={use(ModuleChoices)} initial={firstRequest} hasPlan={false} onMake={() => {}} disabled />
    </PlanBuilderFrame>
  );
}
