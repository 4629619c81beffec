'use client';

/**
 * What a page shows if something in it fails unexpectedly, in place of the page and inside
 * the site's frame, so the learner keeps the navigation and is told their progress is safe.
 */
export default function PageError({ retry }: { error: Error & { digest?: string }; retry: () => void }) {
  return (
    <div className="container">
      <div className="page-intro">
        <h1>Something went wrong on this page</h1>
        <p className="lede">Your progress is safe: it is kept in this browser, not on the page.</p>
        <p>If the connection dropped, check it, then try again.</p>
        <div className="notice__actions">
          <button type="button" className="button" onClick={() => retry()}>
            Try again
          </button>
          <button type="button" className="button button--quiet" onClick={() => window.location.reload()}>
            Reload the page
          </button>
        </div>
      </div>
    </div>
  );
}
