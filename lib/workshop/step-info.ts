import type { PlanCatalogue } from './catalogue';
import type { PlanStep } from './plan';

/** How a step is named in the running order, the presenter and the notes. */
export type StepInfo = { kindLabel: string; title: string };

const formatLabels = { pairs: 'Pair work', 'small-groups': 'Group work', 'whole-room': 'Whole room' } as const;

export function describeStep(step: PlanStep, catalogue: PlanCatalogue): StepInfo {
  switch (step.kind) {
    case 'welcome':
      return { kindLabel: 'Welcome', title: 'Introductions and ground rules' };
    case 'lesson':
      return { kindLabel: 'Lesson', title: catalogue.lessons[step.lessonId]?.title ?? step.lessonId };
    case 'question': {
      const question = catalogue.questions[step.itemId];
      const lesson = question ? catalogue.lessons[question.lessons[0]!] : undefined;
      // A sorting card tests an organiser or factionalist trait, but it is asked after the square pegs lessons.
      if (question?.kind === 'sort') return { kindLabel: 'Question', title: 'Which project is this?' };
      return { kindLabel: 'Question', title: lesson?.title ?? step.itemId };
    }
    case 'discussion':
      return { kindLabel: 'Discussion', title: catalogue.lessons[step.lessonId]?.title ?? step.lessonId };
    case 'pairs': {
      const activity = catalogue.activities[step.activityId];
      return { kindLabel: activity ? formatLabels[activity.format] : 'Pair work', title: activity?.title ?? step.activityId };
    }
    case 'wrap-up':
      return { kindLabel: 'Wrap-up', title: 'One thing to try' };
  }
}
