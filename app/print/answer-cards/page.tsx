import type { Metadata } from 'next';
import { Link } from '@/components/site/link';
import { CardShape } from '@/components/cards/card-shape';
import { PrintPage } from '@/components/print/print-page';
import { cardLabels, letterCards, sideCards, type CardId } from '@/lib/workshop/room-question';
import { cardsHref } from '@/lib/workshop/routes';

export const metadata: Metadata = { title: 'Answer cards on paper', description: 'A, B, C, D, Organiser and Factionalist cards to hold up, on A4.' };

const sheets: CardId[][] = [
  [letterCards[0], letterCards[1]],
  [letterCards[2], letterCards[3]],
  [sideCards[0], sideCards[1]],
];

export default function AnswerCardsPrintPage() {
  return (
    <PrintPage
      title="Answer cards"
      intro={
        <p>
          Three pages, two cards to a page: cut each page in half along the dashed line. One set per person without a phone. Everyone else can
          use the <Link href={cardsHref}>answer cards on their phone</Link>.
        </p>
      }
    >
      {sheets.map((pair, index) => (
        <section key={index} className="print-sheet paper-cards" aria-label={`Answer cards, page ${index + 1} of ${sheets.length}`}>
          {pair.map((card) => (
            <div key={card} className={`paper-card card-face--${card}`}>
              <span className="paper-card__shape">
                <CardShape card={card} size={150} />
              </span>
              <span className={`paper-card__label${card.length > 1 ? ' paper-card__label--word' : ''}`}>{cardLabels[card]}</span>
            </div>
          ))}
        </section>
      ))}
    </PrintPage>
  );
}
