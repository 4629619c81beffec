'use client';

import { useSearchParams } from 'next/navigation';
import { useMemo } from 'react';
import { planCatalogueOf, type PlanCatalogue, type WorkshopCatalogue } from '@/lib/workshop/catalogue';
import { readPlanLink } from '@/lib/workshop/plan-link';

/**
 * The plan in the page's `?plan=`. Reading the query string makes the component render in
 * the browser only: it must sit inside a Suspense boundary, whose fallback is what the
 * static HTML shows.
 */
export function usePlanFromUrl(catalogue: PlanCatalogue) {
  const code = useSearchParams().get('plan');
  const result = useMemo(() => readPlanLink(code, catalogue), [code, catalogue]);
  return { code: code ?? '', result };
}

/** The plan in the page's `?plan=`, for the views that have the whole workshop catalogue. */
export function usePlanFromUrlIn(catalogue: WorkshopCatalogue) {
  const planCatalogue = useMemo(() => planCatalogueOf(catalogue), [catalogue]);
  return usePlanFromUrl(planCatalogue);
}
