import { Link } from '@/components/site/link';
import { workshopHref } from '@/lib/workshop/routes';

type CatalogueProblemProps = {
  message: string;
  /** The page's heading, for views that are the whole page (the presenter, the notes). */
  heading?: string;
};

/** Shown in place of a workshop view whose material could not be fetched. */
export function CatalogueProblem({ message, heading }: CatalogueProblemProps) {
  const notice = (
    <div className="notice" role="alert">
      <p>{message}</p>
      <p>
        <Link href={workshopHref}>Back to the workshop page</Link>
      </p>
    </div>
  );
  if (!heading) return notice;
  return (
    <div className="container">
      <div className="page-intro">
        <h1>{heading}</h1>
        {notice}
      </div>
    </div>
  );
}
