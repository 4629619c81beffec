import type { z } from 'zod';
import {
  lessonSchema,
  mirrorPairsFileSchema,
  moduleIds,
  startHereSchema,
  moduleSchema,
  type Lesson,
  type MirrorPair,
  type Module,
  type ModuleId,
  type StartHere,
} from './schema';
import { questionFileSchema, type Question } from './question-schema';
import { guideSchema, printKitSchema, type Guide, type PrintKit } from './guide-schema';

/** A content file as read from disk: its path relative to `content/`, and its text. */
export type ContentFile = { path: string; text: string };

/** One thing wrong with the content, naming the file and the field. */
export type ContentProblem = { file: string; field: string; message: string };

export type Content = {
  modules: Module[];
  lessons: Lesson[];
  mirrorPairs: MirrorPair[];
  questions: Question[];
  startHere: StartHere;
  /** One facilitator guide per module, in module order. */
  guides: Guide[];
  printKit: PrintKit;
};

export function formatProblem(problem: ContentProblem): string {
  return `content/${problem.file}${problem.field ? ` → ${problem.field}` : ''}: ${problem.message}`;
}

function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`))
    .join('');
}

function parseFile<T>(file: ContentFile, schema: z.ZodType<T>, problems: ContentProblem[]): T | undefined {
  let json: unknown;
  try {
    json = JSON.parse(file.text);
  } catch (error) {
    problems.push({ file: file.path, field: '', message: `not valid JSON (${(error as Error).message})` });
    return undefined;
  }
  const result = schema.safeParse(json);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    problems.push({ file: file.path, field: fieldPath(issue.path), message: issue.message });
  }
  return undefined;
}

const baseName = (path: string) => path.split('/').pop()!.replace(/\.json$/, '');

/**
 * Parses every content file and checks what no single schema can: ids unique, every
 * reference pointing at something real, files named after what they hold.
 */
export function validateContent(files: ContentFile[]): { content: Content; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const modules: Module[] = [];
  const lessons: Lesson[] = [];
  const mirrorPairs: MirrorPair[] = [];
  const questions: Question[] = [];
  let startHere: StartHere = { title: '', intro: '', minutes: 5, lessons: [] };
  let sawStartHere = false;
  const guides: Guide[] = [];
  let printKit: PrintKit | undefined;
  const lessonFile = new Map<string, string>();
  const questionFile = new Map<string, { file: string; at: string }>();

  for (const file of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    const [folder] = file.path.split('/');
    if (folder === 'modules') {
      const parsed = parseFile(file, moduleSchema, problems);
      if (!parsed) continue;
      if (parsed.id !== baseName(file.path)) {
        problems.push({ file: file.path, field: 'id', message: `"${parsed.id}" does not match the file name` });
      }
      modules.push(parsed);
    } else if (folder === 'lessons') {
      const parsed = parseFile(file, lessonSchema, problems);
      if (!parsed) continue;
      const [, moduleFolder] = file.path.split('/');
      const expectedId = `${moduleFolder}-${baseName(file.path)}`;
      if (parsed.module !== moduleFolder) {
        problems.push({ file: file.path, field: 'module', message: `"${parsed.module}" but the file is in lessons/${moduleFolder}/` });
      }
      if (parsed.id !== expectedId) {
        problems.push({ file: file.path, field: 'id', message: `"${parsed.id}" should be "${expectedId}" to match its file` });
      }
      if (lessonFile.has(parsed.id)) {
        problems.push({ file: file.path, field: 'id', message: `"${parsed.id}" is also used by content/${lessonFile.get(parsed.id)}` });
        continue;
      }
      lessonFile.set(parsed.id, file.path);
      lessons.push(parsed);
    } else if (file.path === 'mirror-pairs.json') {
      const parsed = parseFile(file, mirrorPairsFileSchema, problems);
      if (parsed) mirrorPairs.push(...parsed.pairs);
    } else if (file.path === 'start-here.json') {
      const parsed = parseFile(file, startHereSchema, problems);
      sawStartHere = true;
      if (parsed) startHere = parsed;
    } else if (folder === 'guides') {
      const parsed = parseFile(file, guideSchema, problems);
      if (!parsed) continue;
      if (parsed.module !== baseName(file.path)) {
        problems.push({ file: file.path, field: 'module', message: `"${parsed.module}" does not match the file name` });
      }
      guides.push(parsed);
    } else if (file.path === 'print-kit.json') {
      printKit = parseFile(file, printKitSchema, problems);
      if (!printKit) printKit = emptyPrintKit;
    } else if (folder === 'questions') {
      const parsed = parseFile(file, questionFileSchema, problems);
      if (!parsed) continue;
      parsed.items.forEach((item, index) => {
        if (questionFile.has(item.id)) {
          problems.push({ file: file.path, field: `items[${index}].id`, message: `"${item.id}" is also used in content/${questionFile.get(item.id)!.file}` });
          return;
        }
        questionFile.set(item.id, { file: file.path, at: `items[${index}]` });
        questions.push(item);
      });
    } else {
      problems.push({ file: file.path, field: '', message: 'not a known kind of content file' });
    }
  }

  const lessonById = new Map(lessons.map((lesson) => [lesson.id, lesson]));
  if (!sawStartHere) problems.push({ file: 'start-here.json', field: '', message: 'missing: the home page needs it' });
  startHere.lessons.forEach((id, index) => {
    if (!lessonById.has(id)) problems.push({ file: 'start-here.json', field: `lessons[${index}]`, message: `"${id}" is not a lesson id` });
  });
  checkModules(modules, lessonById, problems);
  checkMirrorPairs(mirrorPairs, lessonById, problems);
  const pairIds = new Set(mirrorPairs.map((pair) => pair.id));
  checkQuestions(questions, questionFile, lessonById, pairIds, problems);
  checkGuides(guides, lessonById, problems);
  if (!printKit) problems.push({ file: 'print-kit.json', field: '', message: 'missing: the printable kit needs it' });
  else checkPrintKit(printKit, new Map(questions.map((item) => [item.id, item])), pairIds, problems);

  const order = (id: ModuleId) => moduleIds.indexOf(id);
  modules.sort((a, b) => order(a.id) - order(b.id));
  guides.sort((a, b) => order(a.module) - order(b.module));
  return { content: { modules, lessons, mirrorPairs, questions, startHere, guides, printKit: printKit ?? emptyPrintKit }, problems };
}

const emptyPrintKit: PrintKit = { sortingCards: [], worksheet: { sort: [], gaps: [], pairs: [], questions: [], reflection: [] } };

function checkGuides(guides: Guide[], lessonById: Map<string, Lesson>, problems: ContentProblem[]) {
  for (const id of moduleIds) {
    if (!guides.some((guide) => guide.module === id)) {
      problems.push({ file: `guides/${id}.json`, field: '', message: 'missing: every module needs a facilitator guide' });
    }
  }
  const activityIn = new Map<string, string>();
  for (const guide of guides) {
    const file = `guides/${guide.module}.json`;
    guide.workshopLessons.forEach((lessonId, index) => {
      const lesson = lessonById.get(lessonId);
      if (!lesson) problems.push({ file, field: `workshopLessons[${index}]`, message: `"${lessonId}" is not a lesson id` });
      else if (lesson.module !== guide.module) {
        problems.push({ file, field: `workshopLessons[${index}]`, message: `"${lessonId}" belongs to the ${lesson.module} module` });
      }
      if (guide.workshopLessons.indexOf(lessonId) !== index) {
        problems.push({ file, field: `workshopLessons[${index}]`, message: `"${lessonId}" is listed twice` });
      }
    });
    guide.activities.forEach((activity, index) => {
      if (activityIn.has(activity.id)) {
        problems.push({ file, field: `activities[${index}].id`, message: `"${activity.id}" is also used in content/${activityIn.get(activity.id)}` });
      }
      activityIn.set(activity.id, file);
      activity.lessons.forEach((lessonId, lessonIndex) => {
        if (!lessonById.has(lessonId)) problems.push({ file, field: `activities[${index}].lessons[${lessonIndex}]`, message: `"${lessonId}" is not a lesson id` });
      });
    });
  }
}

function checkPrintKit(kit: PrintKit, questionById: Map<string, Question>, pairIds: Set<string>, problems: ContentProblem[]) {
  const file = 'print-kit.json';
  const expectKind = (field: string, itemId: string, kinds: Question['kind'][], scoredOnly = false) => {
    const item = questionById.get(itemId);
    if (!item) problems.push({ file, field, message: `"${itemId}" is not a question id` });
    else if (!kinds.includes(item.kind)) problems.push({ file, field, message: `"${itemId}" is a ${item.kind} item, not ${kinds.join(' or ')}` });
    else if (scoredOnly && item.kind === 'sort' && item.answer === 'discuss') {
      problems.push({ file, field, message: `"${itemId}" is a "discuss" card, which has no answer to mark` });
    }
  };
  kit.sortingCards.forEach((itemId, index) => expectKind(`sortingCards[${index}]`, itemId, ['sort']));
  kit.worksheet.sort.forEach((itemId, index) => expectKind(`worksheet.sort[${index}]`, itemId, ['sort'], true));
  kit.worksheet.gaps.forEach((itemId, index) => expectKind(`worksheet.gaps[${index}]`, itemId, ['fill-gap']));
  kit.worksheet.questions.forEach((itemId, index) => expectKind(`worksheet.questions[${index}]`, itemId, ['choice', 'which-principle', 'true-false']));
  kit.worksheet.pairs.forEach((pairId, index) => {
    if (!pairIds.has(pairId)) problems.push({ file, field: `worksheet.pairs[${index}]`, message: `"${pairId}" is not a pair in content/mirror-pairs.json` });
  });
  // A card on the table and the same card on the worksheet would give the answer away.
  const usedAt = new Map<string, string>();
  const lists: [string, string[]][] = [['sortingCards', kit.sortingCards], ['worksheet.sort', kit.worksheet.sort]];
  for (const [list, ids] of lists) {
    ids.forEach((itemId, index) => {
      const field = `${list}[${index}]`;
      if (usedAt.has(itemId)) problems.push({ file, field, message: `"${itemId}" is already used at ${usedAt.get(itemId)}` });
      else usedAt.set(itemId, field);
    });
  }
}

function checkModules(modules: Module[], lessonById: Map<string, Lesson>, problems: ContentProblem[]) {
  for (const id of moduleIds) {
    if (!modules.some((learningModule) => learningModule.id === id)) {
      problems.push({ file: `modules/${id}.json`, field: '', message: 'missing: every module needs its file' });
    }
  }
  const listedIn = new Map<string, string>();
  for (const learningModule of modules) {
    const file = `modules/${learningModule.id}.json`;
    learningModule.lessons.forEach((lessonId, index) => {
      const lesson = lessonById.get(lessonId);
      if (!lesson) {
        problems.push({ file, field: `lessons[${index}]`, message: `"${lessonId}" is not a lesson in content/lessons/` });
      } else if (lesson.module !== learningModule.id) {
        problems.push({ file, field: `lessons[${index}]`, message: `"${lessonId}" belongs to the ${lesson.module} module` });
      }
      if (listedIn.has(lessonId)) {
        problems.push({ file, field: `lessons[${index}]`, message: `"${lessonId}" is listed twice` });
      }
      listedIn.set(lessonId, learningModule.id);
    });
  }
  for (const lesson of lessonById.values()) {
    if (!listedIn.has(lesson.id)) {
      problems.push({ file: `modules/${lesson.module}.json`, field: 'lessons', message: `does not list the lesson "${lesson.id}"` });
    }
  }
}

function checkMirrorPairs(pairs: MirrorPair[], lessonById: Map<string, Lesson>, problems: ContentProblem[]) {
  const file = 'mirror-pairs.json';
  const seen = new Set<string>();
  pairs.forEach((pair, index) => {
    for (const side of ['organiser', 'factionalist'] as const) {
      const lesson = lessonById.get(pair[side]);
      if (!lesson || lesson.kind !== 'principle' || lesson.module !== side) {
        problems.push({ file, field: `pairs[${index}].${side}`, message: `"${pair[side]}" is not a principle of the ${side} module` });
      }
      if (seen.has(pair[side])) {
        problems.push({ file, field: `pairs[${index}].${side}`, message: `"${pair[side]}" is in more than one pair` });
      }
      seen.add(pair[side]);
    }
    if (pairs.findIndex((other) => other.id === pair.id) !== index) {
      problems.push({ file, field: `pairs[${index}].id`, message: `"${pair.id}" is used twice` });
    }
  });
}

const normaliseAnswer = (value: string) => value.toLowerCase().replace(/[\s%]/g, '');

function checkQuestions(
  questions: Question[],
  questionFile: Map<string, { file: string; at: string }>,
  lessonById: Map<string, Lesson>,
  pairIds: Set<string>,
  problems: ContentProblem[],
) {
  for (const item of questions) {
    const { file, at } = questionFile.get(item.id)!;
    const problem = (field: string, message: string) => problems.push({ file, field: `${at}.${field}`, message });
    if (baseName(file) !== item.module) problem('module', `"${item.module}" but the item is in ${file}`);
    item.principles.forEach((id, index) => {
      if (!lessonById.has(id)) problem(`principles[${index}]`, `"${id}" is not a lesson id`);
    });
    if (item.kind === 'which-principle') {
      item.options.forEach((option, index) => {
        if (!lessonById.has(option.principle)) problem(`options[${index}].principle`, `"${option.principle}" is not a lesson id`);
      });
    }
    if (item.kind === 'match-pairs') {
      item.pairs.forEach((id, index) => {
        if (!pairIds.has(id)) problem(`pairs[${index}]`, `"${id}" is not a pair in content/mirror-pairs.json`);
      });
    }
    if (item.kind === 'fill-gap') {
      const [answer = ''] = item.accept;
      if (!item.choices.map(normaliseAnswer).includes(normaliseAnswer(answer))) problem('choices', `must include the answer "${answer}"`);
    }
    if (item.kind === 'branching') {
      const stepIds = new Set(item.steps.map((step) => step.id));
      item.steps.forEach((step, stepIndex) =>
        step.choices.forEach((choice, choiceIndex) => {
          if (choice.next && !stepIds.has(choice.next)) {
            problem(`steps[${stepIndex}].choices[${choiceIndex}].next`, `"${choice.next}" is not a step of this scenario`);
          }
        }),
      );
      if (hasCycle(item.steps)) problem('steps', 'the story loops back on itself; every path must reach an end');
    }
  }
}

function hasCycle(steps: { id: string; choices: { next?: string }[] }[]): boolean {
  const byId = new Map(steps.map((step) => [step.id, step]));
  const visiting = new Set<string>();
  const done = new Set<string>();
  const visit = (id: string): boolean => {
    if (done.has(id)) return false;
    if (visiting.has(id)) return true;
    visiting.add(id);
    const looped = (byId.get(id)?.choices ?? []).some((choice) => choice.next !== undefined && visit(choice.next));
    visiting.delete(id);
    done.add(id);
    return looped;
  };
  return steps.some((step) => visit(step.id));
}
