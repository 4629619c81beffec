import { Link } from '@/components/site/link';
import type { PlanLinkError } from '@/lib/workshop/plan-link';
import { workshopHref } from '@/lib/workshop/routes';

type PlanProblemProps = { error: PlanLinkError; heading: string };

/** What a presenter or notes page shows when its link holds no plan, or one it cannot open. */
export function PlanProblem({ error, heading }: PlanProblemProps) {
  const missing = error.problem === 'missing';
  return (
    <div className="container">
      <div className="page-intro">
        <h1>{missing ? heading : 'This plan link cannot be opened'}</h1>
        {missing ? (
          <p className="lede">Make a plan in the plan builder first, then open it from there: the plan travels in the link.</p>
        ) : (
          <div className="notice" role="alert">
            <p>{error.message}</p>
            {error.detail && <p className="muted">What was wrong: {error.detail}</p>}
          </div>
        )}
        <p>
          <Link className="button" href={workshopHref}>
            Go to the plan builder
          </Link>
        </p>
      </div>
    </div>
  );
}
