import { Link } from '@/components/site/link';
import { workshopHref } from '@/lib/workshop/routes';

/**
 * The static HTML of a page that reads its plan from the URL, shown until the browser takes
 * over. It is drawn in the frame of the view that replaces it — the presenter's whole window,
 * or the notes' page without the site's header — so nothing moves when the view arrives.
 */
export function PlanLoading({ heading, frame }: { heading: string; frame: 'presenter' | 'notes' }) {
  return (
    <div className={frame === 'presenter' ? 'presenter presenter--loading' : 'notes'}>
      <div className="page-intro">
        <h1>{heading}</h1>
        <p className="lede">Loading the plan…</p>
        <p>
          This page shows the plan in its link. If nothing appears, check that JavaScript is on, or go back to the{' '}
          <Link href={workshopHref}>plan builder</Link>.
        </p>
      </div>
    </div>
  );
}
