import type { Metadata } from 'next';
import { ModuleIcon } from '@/components/modules/module-mark';
import { PrintPage } from '@/components/print/print-page';
import { getModules, getModuleLessons } from '@/lib/content';
import { essayTitles } from '@/lib/content/labels';

export const metadata: Metadata = { title: 'The three lists', description: 'The organiser’s ten, the factionalist’s ten and Tony Benn’s five, for A4.' };

const firstSentence = (text: string) => text.match(/^.*?[.!?](?=\s|$)/)?.[0] ?? text;

export default function ListsPage() {
  const lists = getModules().filter((learningModule) => learningModule.listHeading);
  return (
    <PrintPage title="The three lists" intro={<p>Three pages, one list to a page. Give one copy to each pair.</p>}>
      {lists.map((learningModule) => (
        <section key={learningModule.id} className="print-page print-list" data-module={learningModule.id} aria-labelledby={`list-${learningModule.id}`}>
          <header className="print-list__header">
            <span className="print-list__mark">
              <ModuleIcon module={learningModule.id} size={40} />
            </span>
            <div>
              <h2 id={`list-${learningModule.id}`}>{learningModule.listHeading}</h2>
              <p className="print-muted">
                {learningModule.title}. From the essay <cite>{essayTitles[learningModule.source.essay]}</cite>; headings quoted, summaries in our own words.
              </p>
            </div>
          </header>
          <ol className="print-list__items">
            {getModuleLessons(learningModule).map((lesson) => (
              <li key={lesson.id} className="print-keep">
                <strong>{lesson.title}</strong>
                {lesson.kind === 'principle' && <span className="print-list__quote"> “{lesson.sourceHeading}”</span>}
                <span className="print-list__summary">{firstSentence(lesson.summary)}</span>
              </li>
            ))}
          </ol>
          <p className="print-footer">Groundwork · {learningModule.title}</p>
        </section>
      ))}
    </PrintPage>
  );
}
