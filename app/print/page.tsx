import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/site/breadcrumbs';
import { Link } from '@/components/site/link';
import { printPieceHref, workshopHref } from '@/lib/workshop/routes';
import type { PrintPiece } from '@/lib/content/guide-schema';

export const metadata: Metadata = {
  title: 'Printable kit',
  description: 'Handouts for a branch workshop on A4: the three lists, sorting cards, a worksheet, an answer key, answer cards and a certificate.',
};

const pieces: { piece: PrintPiece; title: string; what: string }[] = [
  { piece: 'lists', title: 'The three lists', what: 'The organiser’s ten, the factionalist’s ten and the five things Benn taught: one list to a page.' },
  { piece: 'sorting-cards', title: 'Sorting cards', what: 'Behaviours to cut out and sort in pairs, with Organiser, Factionalist and Discuss heading cards. Three pages.' },
  { piece: 'worksheet', title: 'Worksheet', what: 'Which project is this, fill the gap, match the mirror pairs, three questions and space to reflect.' },
  { piece: 'answer-key', title: 'Answer key', what: 'Answers to the sorting cards and the worksheet, the ten mirror pairs, and the questions in your plan.' },
  { piece: 'answer-cards', title: 'Answer cards', what: 'A, B, C, D, Organiser and Factionalist cards to hold up, for anyone without a phone. Cut each page in half.' },
  { piece: 'certificate', title: 'Certificate', what: 'A certificate of completion with the learner’s name typed in.' },
];

export default function PrintIndexPage() {
  return (
    <div className="container">
      <Breadcrumbs fromHome={false} trail={[{ href: workshopHref, label: 'Workshop' }]} current="Printable kit" />
      <div className="page-intro">
        <h1>Printable kit</h1>
        <p className="lede">Everything for a session on paper, laid out for A4. Open a piece, check it on screen, then print it.</p>
      </div>
      <ul className="kit-list">
        {pieces.map(({ piece, title, what }) => (
          <li key={piece} className="card">
            <h2>
              <Link href={printPieceHref(piece)}>{title}</Link>
            </h2>
            <p>{what}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
