import type { Metadata } from 'next';
import { ModuleIcon } from '@/components/modules/module-mark';
import { PrintPage } from '@/components/print/print-page';
import { getContent } from '@/lib/content';
import { sortingCardsOf } from '@/lib/workshop/kit';

export const metadata: Metadata = { title: 'Sorting cards', description: 'Behaviours to cut out and sort in pairs: which project is this?' };

type Slot = { kind: 'heading'; side: 'organiser' | 'factionalist' | 'discuss' } | { kind: 'card'; number: number; text: string };

const perSheet = 8;
const headings = { organiser: 'Organiser', factionalist: 'Factionalist', discuss: 'Discuss' } as const;

export default function SortingCardsPage() {
  const cards = sortingCardsOf(getContent());
  const slots: Slot[] = [
    { kind: 'heading', side: 'organiser' },
    { kind: 'heading', side: 'factionalist' },
    { kind: 'heading', side: 'discuss' },
    ...cards.map((card): Slot => ({ kind: 'card', number: card.number, text: card.text })),
  ];
  const sheets = Array.from({ length: Math.ceil(slots.length / perSheet) }, (_, index) => slots.slice(index * perSheet, (index + 1) * perSheet));
  return (
    <PrintPage
      title="Sorting cards"
      intro={
        <p>
          {cards.length} cards and three heading cards, eight to a page. Print one set per pair and cut along the dashed lines. The number on each
          card matches the answer key. Some cards are ambiguous on purpose: they belong on the Discuss pile if a pair cannot agree.
        </p>
      }
    >
      {sheets.map((sheet, index) => (
        <section key={index} className="print-sheet sorting-sheet" aria-label={`Sorting cards, page ${index + 1} of ${sheets.length}`}>
          {sheet.map((slot) =>
            slot.kind === 'heading' ? (
              <div key={slot.side} className={`sorting-card sorting-card--heading sorting-card--${slot.side}`}>
                {slot.side === 'discuss' ? (
                  <span className="sorting-card__ask" aria-hidden="true">
                    ?
                  </span>
                ) : (
                  <ModuleIcon module={slot.side} size={72} />
                )}
                <span className="sorting-card__heading">{headings[slot.side]}</span>
              </div>
            ) : (
              <div key={slot.number} className="sorting-card">
                <span className="sorting-card__number">Card {slot.number}</span>
                <p className="sorting-card__text">{slot.text}</p>
                <span className="sorting-card__footer">Which project is this?</span>
              </div>
            ),
          )}
        </section>
      ))}
    </PrintPage>
  );
}
