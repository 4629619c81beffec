import { getContent, getModule, getQuizData } from '@/lib/content';
import { quizFileName, type QuizFile } from '@/lib/quiz/quiz-data';

export const dynamic = 'force-static';
export const dynamicParams = false;

/** Every quiz on the site: each lesson's check, each module's quiz and the final check. */
function quizFiles(): QuizFile[] {
  const { lessons, modules } = getContent();
  return [
    ...lessons.map((lesson): QuizFile => ({ kind: 'lesson', lessonId: lesson.id })),
    ...modules.map((learningModule): QuizFile => ({ kind: 'module', moduleId: learningModule.id })),
    { kind: 'final' },
  ];
}

export function generateStaticParams() {
  return quizFiles().map((file) => ({ file: quizFileName(file) }));
}

/** A quiz's items, lesson titles and mirror pairs, as the build writes them to /quiz-data/<file>. */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file: name } = await params;
  const file = quizFiles().find((candidate) => quizFileName(candidate) === name);
  if (!file) return new Response('Not found', { status: 404 });
  if (file.kind === 'lesson') return Response.json(getQuizData(file));
  if (file.kind === 'final') return Response.json(getQuizData(file));
  const learningModule = getModule(file.moduleId)!;
  return Response.json(getQuizData({ kind: 'module', moduleId: learningModule.id, lessonIds: learningModule.lessons }));
}
