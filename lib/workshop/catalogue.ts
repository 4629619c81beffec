import type { Activity, DisagreementTip } from '@/lib/content/guide-schema';
import type { Lesson, ModuleId } from '@/lib/content/schema';
import type { Content } from '@/lib/content/validate';
import { isSingleAnswer, type SingleAnswerKind, type SingleAnswerQuestion } from '@/lib/quiz/present';
import { lessonHref, quizHref } from '@/lib/routes';

/**
 * What the workshop pages need from content, prepared at build time. The presenter and
 * the notes get the whole catalogue so a session runs with no connection once the page
 * has loaded; the plan builder gets the smaller PlanCatalogue.
 */

export type CatalogueModule = {
  id: ModuleId;
  title: string;
  /** Lessons in the order a workshop takes them. */
  workshopLessons: string[];
  activities: string[];
  welcome: string;
  wrapUp: string;
  wrapUpPrompt: string;
  discussion: string[];
  disagreement: DisagreementTip[];
  quizHref: string;
};

export type CatalogueLesson = {
  id: string;
  module: ModuleId;
  title: string;
  href: string;
  /** The heading the essay gives this principle, where it is one of the listed principles. */
  sourceHeading?: string;
  sourceSection: string;
  summary: string;
  keyPoints: string[];
  whyItMatters: string;
  scenario: Lesson['scenario'];
  reflection: string;
  discussion: string;
};

export type CatalogueActivity = Activity & { module: ModuleId };

export type WorkshopCatalogue = {
  modules: CatalogueModule[];
  lessons: Record<string, CatalogueLesson>;
  /** Every item the room can answer by holding up a card: the single-answer kinds. */
  items: Record<string, SingleAnswerQuestion>;
  activities: Record<string, CatalogueActivity>;
};

/** Just enough to build and edit a plan: ids, titles, and which questions test which lessons. */
export type PlanCatalogue = {
  modules: { id: ModuleId; title: string; workshopLessons: string[]; activities: string[] }[];
  lessons: Record<string, { title: string; module: ModuleId }>;
  questions: Record<string, { kind: SingleAnswerKind; prompt: string; lessons: string[]; discuss: boolean }>;
  activities: Record<string, { title: string; module: ModuleId; format: Activity['format'] }>;
};

/** The text an item asks the room, whatever its kind. */
export function questionPrompt(item: SingleAnswerQuestion): string {
  switch (item.kind) {
    case 'choice':
      return item.prompt;
    case 'true-false':
      return item.statement;
    case 'which-principle':
      return item.scenario;
    case 'sort':
      return item.card;
    case 'fill-gap':
      return item.text;
  }
}

export function buildWorkshopCatalogue(content: Content): WorkshopCatalogue {
  const guideOf = new Map(content.guides.map((guide) => [guide.module, guide]));
  const modules: CatalogueModule[] = content.modules.flatMap((learningModule) => {
    const guide = guideOf.get(learningModule.id);
    if (!guide) return [];
    return [
      {
        id: learningModule.id,
        title: learningModule.title,
        workshopLessons: guide.workshopLessons,
        activities: guide.activities.map((activity) => activity.id),
        welcome: guide.welcome,
        wrapUp: guide.wrapUp,
        wrapUpPrompt: guide.wrapUpPrompt,
        discussion: guide.discussion,
        disagreement: guide.disagreement,
        quizHref: quizHref(learningModule.id),
      },
    ];
  });
  const lessons = Object.fromEntries(
    content.lessons.map((lesson): [string, CatalogueLesson] => [
      lesson.id,
      {
        id: lesson.id,
        module: lesson.module,
        title: lesson.title,
        href: lessonHref(lesson.module, lesson.id),
        ...(lesson.kind === 'principle' ? { sourceHeading: lesson.sourceHeading } : {}),
        sourceSection: lesson.source.section,
        summary: lesson.summary,
        keyPoints: lesson.keyPoints,
        whyItMatters: lesson.whyItMatters,
        scenario: lesson.scenario,
        reflection: lesson.reflection,
        discussion: lesson.discussion,
      },
    ]),
  );
  const items = Object.fromEntries(content.questions.filter(isSingleAnswer).map((item) => [item.id, item]));
  const activities = Object.fromEntries(
    content.guides.flatMap((guide) => guide.activities.map((activity): [string, CatalogueActivity] => [activity.id, { ...activity, module: guide.module }])),
  );
  return { modules, lessons, items, activities };
}

export function planCatalogueOf(catalogue: WorkshopCatalogue): PlanCatalogue {
  return {
    modules: catalogue.modules.map(({ id, title, workshopLessons, activities }) => ({ id, title, workshopLessons, activities })),
    lessons: Object.fromEntries(Object.values(catalogue.lessons).map((lesson) => [lesson.id, { title: lesson.title, module: lesson.module }])),
    questions: Object.fromEntries(
      Object.values(catalogue.items).map((item) => [
        item.id,
        { kind: item.kind, prompt: questionPrompt(item), lessons: item.principles, discuss: item.kind === 'sort' && item.answer === 'discuss' },
      ]),
    ),
    activities: Object.fromEntries(
      Object.values(catalogue.activities).map((activity) => [activity.id, { title: activity.title, module: activity.module, format: activity.format }]),
    ),
  };
}

/** Lesson id → title, as presentSingle needs for "which principle?" options. */
export function lessonTitlesOf(catalogue: Pick<PlanCatalogue, 'lessons'>): Record<string, string> {
  return Object.fromEntries(Object.entries(catalogue.lessons).map(([id, lesson]) => [id, lesson.title]));
}
