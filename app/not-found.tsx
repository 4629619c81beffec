import { Link } from '@/components/site/link';

export default function NotFound() {
  return (
    <div className="container">
      <div className="page-intro">
        <h1>We can’t find that page</h1>
        <p className="lede">The link may be old or mistyped. Your progress is safe: it is kept in this browser, not on the page.</p>
        <p>
          <Link className="button" href="/">
            Go to the home page
          </Link>
        </p>
        <p>
          Or see <Link href="/about/">what Groundwork is</Link>.
        </p>
      </div>
    </div>
  );
}
