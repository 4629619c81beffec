import type { Metadata } from 'next';
import { Link } from '@/components/site/link';
import { AnswerCards } from '@/components/cards/answer-cards';
import { printPieceHref, workshopHref } from '@/lib/workshop/routes';

export const metadata: Metadata = {
  title: 'Answer cards',
  description: 'Hold up your answer in a workshop: A, B, C or D, or Organiser or Factionalist, full screen on your phone.',
};

export default function CardsPage() {
  return (
    <div className="container cards-page">
      <div className="page-intro">
        <h1>Answer cards</h1>
        <p className="lede">When the trainer asks the room a question, tap your answer and hold your phone up. Tap the card again to put it away.</p>
      </div>
      <AnswerCards />
      <p className="muted cards-page__note">
        Nothing you choose here is sent anywhere: the trainer counts the cards in the room. No phone? Ask for a{' '}
        <Link href={printPieceHref('answer-cards')}>printed set of answer cards</Link>. Running a session? See the <Link href={workshopHref}>workshop</Link>.
      </p>
    </div>
  );
}
