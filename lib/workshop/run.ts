import type { ModuleId } from '@/lib/content/schema';
import { lessonTitlesOf, planCatalogueOf, type WorkshopCatalogue } from './catalogue';
import type { Plan } from './plan';
import { presentForRoom, type RoomQuestion } from './room-question';
import { cardsHref } from './routes';
import { shapeOf, type SessionShape } from './session';
import { describeStep, type StepInfo } from './step-info';
import { timePlan, type TimedStep } from './timing';

/** A step as the presenter and the notes show it: timed, named, with its question and its link for phones. */
export type RunStep = TimedStep & {
  info: StepInfo;
  /** The module whose accent and mark the step carries. */
  module: ModuleId;
  question?: RoomQuestion;
  /** Where the QR code on screen sends participants' phones. */
  link: { href: string; label: string };
};

export type Run = { plan: Plan; steps: RunStep[]; shape: SessionShape };

export function prepareRun(catalogue: WorkshopCatalogue, plan: Plan): Run {
  const planCatalogue = planCatalogueOf(catalogue);
  const titles = lessonTitlesOf(catalogue);
  const firstModule = catalogue.modules.find((learningModule) => learningModule.id === plan.modules[0]) ?? catalogue.modules[0]!;
  const lessonLink = (lessonId: string | undefined) => {
    const lesson = lessonId ? catalogue.lessons[lessonId] : undefined;
    return lesson ? { href: lesson.href, label: `The lesson: ${lesson.title}` } : { href: cardsHref, label: 'Answer cards' };
  };

  const steps = timePlan(plan).map((timed): RunStep => {
    const { step } = timed;
    const info = describeStep(step, planCatalogue);
    switch (step.kind) {
      case 'welcome':
        return { ...timed, info, module: firstModule.id, link: { href: cardsHref, label: 'Answer cards for your phone' } };
      case 'lesson':
      case 'discussion':
        return { ...timed, info, module: catalogue.lessons[step.lessonId]!.module, link: lessonLink(step.lessonId) };
      case 'question': {
        const item = catalogue.items[step.itemId]!;
        return { ...timed, info, module: item.module, question: presentForRoom(item, titles, plan.seed), link: lessonLink(item.principles[0]) };
      }
      case 'pairs': {
        const activity = catalogue.activities[step.activityId]!;
        return { ...timed, info, module: activity.module, link: lessonLink(activity.lessons[0]) };
      }
      case 'wrap-up':
        return { ...timed, info, module: firstModule.id, link: { href: firstModule.quizHref, label: `The quiz: ${firstModule.title}` } };
    }
  });
  return { plan, steps, shape: shapeOf(steps.map((step) => ({ minutes: step.minutes, options: step.question?.options.length ?? 0 }))) };
}
