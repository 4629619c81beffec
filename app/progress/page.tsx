import type { Metadata } from 'next';
import { ProgressOverview } from '@/components/progress/progress-overview';
import { ProgressSafety } from '@/components/progress/progress-safety';
import { getContent, getItemLessons, getModuleLessons, getModules } from '@/lib/content';
import { isReviewable } from '@/lib/quiz/select';
import { lessonHref } from '@/lib/routes';

export const metadata: Metadata = {
  title: 'Your progress',
  description: 'Lessons done, mastery per principle, your streak and spaced review. Export, import or reset your progress.',
};

export default function ProgressPage() {
  const modules = getModules().map((learningModule) => ({
    id: learningModule.id,
    title: learningModule.title,
    lessons: getModuleLessons(learningModule).map((lesson) => ({
      id: lesson.id,
      title: lesson.title,
      href: lessonHref(learningModule.id, lesson.id),
      isPrinciple: lesson.kind === 'principle',
    })),
  }));
  const reviewableIds = getContent().questions.filter(isReviewable).map((item) => item.id);
  return (
    <div className="container">
      <div className="page-intro">
        <h1>Your progress</h1>
        <p className="lede">Everything here is kept in this browser, on this device. Nothing is sent anywhere.</p>
      </div>
      <ProgressOverview modules={modules} itemLessons={getItemLessons()} reviewableIds={reviewableIds} />
      <ProgressSafety />
    </div>
  );
}
