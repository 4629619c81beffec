import type { Metadata } from 'next';
import { PlanAnswerKey } from '@/components/workshop/lazy-views';
import { PrintPage } from '@/components/print/print-page';
import { getContent } from '@/lib/content';
import { sortingCardsOf, worksheetOf } from '@/lib/workshop/kit';
import { explanationOf } from '@/lib/workshop/room-question';

export const metadata: Metadata = { title: 'Answer key', description: 'Answers to the sorting cards, the worksheet and the mirror pairs, and to the questions in a plan.' };

const sides = { organiser: 'Organiser', factionalist: 'Factionalist', discuss: 'Discuss' } as const;

export default function AnswerKeyPage() {
  const content = getContent();
  const cards = sortingCardsOf(content);
  const sheet = worksheetOf(content);
  return (
    <PrintPage title="Answer key" intro={<p>For the trainer. Opened from a plan, it ends with the answers to that plan’s questions, lettered as the presenter shows them.</p>}>
      <article className="print-page answer-key" aria-label="Answer key">
        <h2>Answer key</h2>

        <section aria-labelledby="key-plan">
          <h3 id="key-plan">The questions in your plan</h3>
          <PlanAnswerKey />
        </section>

        <section aria-labelledby="key-cards">
          <h3 id="key-cards">Sorting cards</h3>
          <ul className="key-list">
            {cards.map((card) => (
              <li key={card.number} className="print-keep">
                <strong>
                  Card {card.number}: {sides[card.answer]}.
                </strong>{' '}
                {card.why}
              </li>
            ))}
          </ul>
        </section>

        <section aria-labelledby="key-worksheet">
          <h3 id="key-worksheet">Worksheet</h3>
          <h4>1. Which project is this?</h4>
          <ul className="key-list">
            {sheet.sort.map((row) => (
              <li key={row.number} className="print-keep">
                <strong>
                  {String.fromCharCode(96 + row.number)}) {sides[row.answer]}.
                </strong>{' '}
                {row.why}
              </li>
            ))}
          </ul>
          <h4>2. Fill the gap</h4>
          <ul className="key-list">
            {sheet.gaps.map((gap) => (
              <li key={gap.number} className="print-keep">
                <strong>
                  {gap.number}. {gap.answer}.
                </strong>{' '}
                {gap.why}
              </li>
            ))}
          </ul>
          <h4>3. Match the mirror pairs</h4>
          <p className="print-keep">{sheet.pairs.answers.map(({ number, letter }) => `${number} ${letter}`).join(' · ')}</p>
          <h4>4. Choose one answer</h4>
          <ul className="key-list">
            {sheet.questions.map(({ number, question }) => {
              const right = question.options.find((option) => option.correct)!;
              return (
                <li key={number} className="print-keep">
                  <strong>
                    {number}. {right.card}: {right.label}.
                  </strong>{' '}
                  {explanationOf(right.feedback)}
                </li>
              );
            })}
          </ul>
        </section>

        <section className="print-keep" aria-labelledby="key-pairs">
          <h3 id="key-pairs">The ten mirror pairs</h3>
          <table className="key-pairs table-stack">
            <thead>
              <tr>
                <th scope="col">Organiser</th>
                <th scope="col">Factionalist</th>
              </tr>
            </thead>
            <tbody>
              {content.mirrorPairs.map((pair) => (
                <tr key={pair.id}>
                  <td data-label="Organiser">{pair.organiserLabel}</td>
                  <td data-label="Factionalist">{pair.factionalistLabel}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </article>
    </PrintPage>
  );
}
