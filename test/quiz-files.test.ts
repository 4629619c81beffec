import { describe, expect, it } from 'vitest';
import { GET, generateStaticParams } from '@/app/quiz-data/[file]/route';
import { getContent } from '@/lib/content';
import { fetchQuizData, quizDataUnavailable, quizFileHref, readQuizDataFile, type QuizData } from '@/lib/quiz/quiz-data';

const fileFor = async (name: string) => GET(new Request(`http://localhost/quiz-data/${name}`), { params: Promise.resolve({ file: name }) });

describe('the quiz data files', () => {
  const names = generateStaticParams().map((params) => params.file);

  it('cover every lesson check, every module quiz and the final check, each at the address its page fetches', () => {
    const { lessons, modules } = getContent();
    expect(names).toHaveLength(lessons.length + modules.length + 1);
    expect(names).toContain(quizFileHref({ kind: 'lesson', lessonId: 'organiser-listen' }).replace('/quiz-data/', ''));
    expect(names).toContain(quizFileHref({ kind: 'module', moduleId: 'benn' }).replace('/quiz-data/', ''));
    expect(names).toContain(quizFileHref({ kind: 'final' }).replace('/quiz-data/', ''));
  });

  it('each hold a quiz that can be taken, for the scope its name says', async () => {
    for (const name of names) {
      const response = await fileFor(name);
      const data = (await response.json()) as QuizData;
      expect(readQuizDataFile(data).ok, name).toBe(true);
      expect(data.pool.length, name).toBeGreaterThan(0);
      if (name.startsWith('lesson-')) expect(data.scope).toEqual({ kind: 'lesson', lessonId: name.slice('lesson-'.length, -'.json'.length) });
      if (name.startsWith('module-')) expect(data.pool.every((item) => item.module === name.slice('module-'.length, -'.json'.length)), name).toBe(true);
    }
  });

  it('answer an unknown name with 404', async () => {
    expect((await fileFor('lesson-nobody.json')).status).toBe(404);
  });
});

describe('fetching quiz data', () => {
  const href = quizFileHref({ kind: 'final' });
  const answering = (respond: () => Promise<Response>) =>
    (async (input: RequestInfo | URL) => {
      expect(String(input)).toBe(href);
      return respond();
    }) as typeof fetch;

  it('gives back the file as it was built', async () => {
    const built = await (await fileFor('final.json')).json();
    expect(await fetchQuizData(href, answering(async () => Response.json(built)))).toEqual({ ok: true, data: built });
  });

  it.each([
    ['no connection', async () => Promise.reject(new TypeError('Failed to fetch'))],
    ['a missing file', async () => new Response('Not found', { status: 404 })],
    ['a file cut short', async () => new Response('{"scope":{"kind":"final"},"pool":[')],
    ['a Wi-Fi login page instead', async () => new Response('<!doctype html><title>Log in</title>')],
    ['an empty quiz', async () => Response.json({ scope: { kind: 'final' }, pool: [], lessons: {}, mirrorPairs: [] })],
  ])('gives a clear message, not a crash, for %s', async (_, respond) => {
    expect(await fetchQuizData(href, answering(respond))).toEqual({ ok: false, message: quizDataUnavailable });
  });
});
