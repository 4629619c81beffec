import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/site/breadcrumbs';
import { notFound } from 'next/navigation';
import { ModuleMark } from '@/components/modules/module-mark';
import { QuizShell } from '@/components/quiz/quiz-shell';
import { getModule, getModules } from '@/lib/content';
import { quizFileHref } from '@/lib/quiz/quiz-data';
import { moduleHref } from '@/lib/routes';

type ModuleQuizPageProps = { params: Promise<{ module: string }> };

export function generateStaticParams() {
  return getModules().map((learningModule) => ({ module: learningModule.id }));
}

export async function generateMetadata({ params }: ModuleQuizPageProps): Promise<Metadata> {
  const learningModule = getModule((await params).module);
  return learningModule ? { title: `Quiz: ${learningModule.title}`, description: `Check what you know of ${learningModule.title}.` } : {};
}

export default async function ModuleQuizPage({ params }: ModuleQuizPageProps) {
  const learningModule = getModule((await params).module);
  if (!learningModule) notFound();

  return (
    <div className="container" data-module={learningModule.id}>
      <Breadcrumbs trail={[{ href: moduleHref(learningModule.id), label: learningModule.title }]} current="Quiz" />
      <header className="lesson-header">
        <p className="eyebrow">
          <ModuleMark module={learningModule.id} name={learningModule.title} />
        </p>
        <h1>Quiz: {learningModule.title}</h1>
        <p className="lede">
          About ten questions from across the module. Take your time: there is no timer. After each answer you see why each option is right
          or wrong, and at the end you can retry the ones you missed.
        </p>
      </header>
      <section aria-label="Quiz">
        <QuizShell source={{ href: quizFileHref({ kind: 'module', moduleId: learningModule.id }) }} startLabel="Start the quiz" />
      </section>
    </div>
  );
}
