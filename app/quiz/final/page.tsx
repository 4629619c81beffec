import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/site/breadcrumbs';
import { QuizShell } from '@/components/quiz/quiz-shell';
import { quizFileHref } from '@/lib/quiz/quiz-data';

export const metadata: Metadata = {
  title: 'Final check',
  description: 'A mixed check across all four modules: the organiser, the factionalist, square pegs and round holes, and Tony Benn.',
};

export default function FinalQuizPage() {
  return (
    <div className="container">
      <Breadcrumbs current="Final check" />
      <header className="lesson-header">
        <h1>Final check</h1>
        <p className="lede">
          Fifteen questions drawn from all four modules, in a new mix each time. There is no timer and nothing to lose: every answer comes
          with its reason, and you can retry the ones you miss.
        </p>
      </header>
      <section aria-label="Quiz">
        <QuizShell source={{ href: quizFileHref({ kind: 'final' }) }} startLabel="Start the final check" />
      </section>
    </div>
  );
}
