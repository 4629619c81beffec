import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Question } from '../lib/content/question-schema';

/** The question bank and lesson titles, read the way a test needs them: to know the right answers. */
const root = join(process.cwd(), 'content');

export const questions: Question[] = readdirSync(join(root, 'questions')).flatMap(
  (name) => (JSON.parse(readFileSync(join(root, 'questions', name), 'utf8')) as { items: Question[] }).items,
);

export const lessonTitles: Record<string, string> = Object.fromEntries(
  readdirSync(join(root, 'lessons')).flatMap((dir) =>
    readdirSync(join(root, 'lessons', dir)).map((name) => {
      const lesson = JSON.parse(readFileSync(join(root, 'lessons', dir, name), 'utf8')) as { id: string; title: string };
      return [lesson.id, lesson.title];
    }),
  ),
);

export const questionById = (id: string) => questions.find((item) => item.id === id)!;

/** The labels of the right and a wrong option of a single-answer item, as shown on screen. */
export function answersOf(item: Question): { right: string; wrong: string } {
  switch (item.kind) {
    case 'choice':
      return { right: item.options.find((o) => o.correct)!.text, wrong: item.options.find((o) => !o.correct)!.text };
    case 'which-principle':
      return {
        right: lessonTitles[item.options.find((o) => o.correct)!.principle]!,
        wrong: lessonTitles[item.options.find((o) => !o.correct)!.principle]!,
      };
    case 'true-false':
      return item.answer ? { right: 'True', wrong: 'False' } : { right: 'False', wrong: 'True' };
    case 'sort':
      return item.answer === 'factionalist' ? { right: 'Factionalist', wrong: 'Organiser' } : { right: 'Organiser', wrong: 'Factionalist' };
    case 'fill-gap': {
      const normalise = (value: string) => value.toLowerCase().replace(/[\s%]/g, '');
      const accepted = item.accept.map(normalise);
      return { right: item.choices.find((c) => accepted.includes(normalise(c)))!, wrong: item.choices.find((c) => !accepted.includes(normalise(c)))! };
    }
    default:
      throw new Error(`${item.kind} has no single right option`);
  }
}

type MirrorPairLabels = { organiserLabel: string; factionalistLabel: string };
const mirrorPairs = (JSON.parse(readFileSync(join(root, 'mirror-pairs.json'), 'utf8')) as { pairs: MirrorPairLabels[] }).pairs;

/** The factionalist label that mirrors an organiser label, as shown in a match-pairs item. */
export const mirrorOf = (organiserLabel: string) => mirrorPairs.find((pair) => pair.organiserLabel === organiserLabel.trim())!.factionalistLabel;

/** A workshop plan link written by hand, in the documented wire format: base64url of compact JSON. */
export const planCode = (plan: unknown) => Buffer.from(JSON.stringify(plan)).toString('base64url');

/** A time `hours` ago, as saved progress records it (ISO 8601). */
export const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString();

/** The local day `days` ago, as saved progress records an active day (YYYY-MM-DD). */
export const daysAgo = (days: number) => new Intl.DateTimeFormat('en-CA').format(new Date(Date.now() - days * 86_400_000));
