import type { Metadata } from 'next';
import { PrintPage } from '@/components/print/print-page';
import { QuestionPrompt } from '@/components/workshop/room-question-view';
import { getContent } from '@/lib/content';
import { worksheetOf } from '@/lib/workshop/kit';

export const metadata: Metadata = { title: 'Worksheet', description: 'A two-page worksheet on organisers, factionalists and the mirror pairs.' };

export default function WorksheetPage() {
  const sheet = worksheetOf(getContent());
  return (
    <PrintPage title="Worksheet" intro={<p>Two pages. People can work alone or in pairs; the answers are in the answer key.</p>}>
      <article className="print-page worksheet" aria-label="Worksheet">
        <header className="worksheet__header">
          <h2>Organisers and factionalists: a worksheet</h2>
          <p className="worksheet__name">
            Name <span className="write-line" />
          </p>
        </header>

        <section className="print-keep" aria-labelledby="ws-sort">
          <h3 id="ws-sort">1. Which project is this?</h3>
          <p className="print-muted">Tick organiser (O) or factionalist (F). The question is which project, not good or bad.</p>
          <table className="worksheet__sort table-stack">
            <thead>
              <tr>
                <th scope="col">Behaviour</th>
                <th scope="col">O</th>
                <th scope="col">F</th>
              </tr>
            </thead>
            <tbody>
              {sheet.sort.map((row) => (
                <tr key={row.number}>
                  <td>
                    {String.fromCharCode(96 + row.number)}) {row.text}
                  </td>
                  <td data-label="O">
                    <span className="tick-box" aria-label="Organiser" role="img" />
                  </td>
                  <td data-label="F">
                    <span className="tick-box" aria-label="Factionalist" role="img" />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>

        <section className="print-keep" aria-labelledby="ws-gaps">
          <h3 id="ws-gaps">2. Fill the gap</h3>
          <ol className="worksheet__list">
            {sheet.gaps.map((gap) => (
              <li key={gap.number}>
                {gap.before}
                <span className="write-gap" />
                {gap.after} <span className="print-muted">({gap.choices.join(' · ')})</span>
              </li>
            ))}
          </ol>
        </section>

        <section className="print-keep" aria-labelledby="ws-pairs">
          <h3 id="ws-pairs">3. Match the mirror pairs</h3>
          <p className="print-muted">Write the letter of the factionalist trait that mirrors each organiser quality.</p>
          <div className="worksheet__pairs">
            <ol>
              {sheet.pairs.left.map((row) => (
                <li key={row.number}>
                  <span>
                    <strong>{row.number}</strong> {row.label}
                  </span>
                  <span className="write-box" role="img" aria-label={`Letter for ${row.label}`} />
                </li>
              ))}
            </ol>
            <ul>
              {sheet.pairs.right.map((row) => (
                <li key={row.letter}>
                  <strong>{row.letter}</strong> {row.label}
                </li>
              ))}
            </ul>
          </div>
        </section>

        <section aria-labelledby="ws-questions">
          <h3 id="ws-questions">4. Choose one answer</h3>
          {sheet.questions.map(({ number, question }) => (
            <div key={number} className="worksheet__question print-keep">
              <p>
                <strong>{number}.</strong> <QuestionPrompt question={question} /> <span className="print-muted">{question.ask}</span>
              </p>
              <ul>
                {question.options.map((option) => (
                  <li key={option.key}>
                    <strong>{option.card}</strong> {option.label}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>

        <section aria-labelledby="ws-reflect">
          <h3 id="ws-reflect">5. Think about it</h3>
          {sheet.reflection.map((prompt) => (
            <div key={prompt} className="worksheet__reflect print-keep">
              <p>{prompt}</p>
              <span className="write-line" />
              <span className="write-line" />
            </div>
          ))}
        </section>
      </article>
    </PrintPage>
  );
}
