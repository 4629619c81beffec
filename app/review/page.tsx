import type { Metadata } from 'next';
import { ReviewSession } from '@/components/review/review-session';
import { getQuizData } from '@/lib/content';

export const metadata: Metadata = {
  title: 'Review',
  description: 'Today’s spaced review: the questions you missed, and the ones you know, brought back on a schedule.',
};

export default function ReviewPage() {
  return (
    <div className="container">
      <div className="page-intro">
        <h1>Today’s review</h1>
        <p className="lede">
          Questions come back on a schedule: the ones you missed within minutes, the ones you know after days, then weeks. At most twenty
          a day.
        </p>
      </div>
      {/* Today's list is worked out in the browser; the room it takes is kept from the start,
          so the page does not grow under the learner when it appears. */}
      <div className="review-area">
        <ReviewSession data={getQuizData({ kind: 'review', itemIds: [] })} />
      </div>
    </div>
  );
}
