/**
 * A report for content authors: counts per module, lesson and kind, and the fairness
 * figures. The last line is one JSON object, for scripts.
 */
import { join } from 'node:path';
import { readContentFiles } from '../lib/content/read-files';
import { formatProblem, validateContent } from '../lib/content/validate';
import { fairnessFigures, gradableItemsPerLesson } from '../lib/quiz/fairness';

const { content, problems } = validateContent(readContentFiles(join(process.cwd(), 'content')));
if (problems.length > 0) {
  console.error(problems.map(formatProblem).join('\n'));
  process.exit(1);
}
const { questions, lessons, modules, mirrorPairs } = content;
const titles = Object.fromEntries(lessons.map((lesson) => [lesson.id, lesson.title]));
const principles = lessons.filter((lesson) => lesson.kind === 'principle');
const perLesson = gradableItemsPerLesson(questions, lessons.map((lesson) => lesson.id));
const fairness = fairnessFigures(questions, titles);

const count = <T>(items: T[], key: (item: T) => string) =>
  items.reduce<Record<string, number>>((counts, item) => ({ ...counts, [key(item)]: (counts[key(item)] ?? 0) + 1 }), {});

console.log('Items per module:');
for (const [moduleId, n] of Object.entries(count(questions, (item) => item.module))) console.log(`  ${moduleId.padEnd(14)} ${n}`);
console.log('Items per kind:');
for (const [kind, n] of Object.entries(count(questions, (item) => item.kind))) console.log(`  ${kind.padEnd(16)} ${n}`);
console.log('Gradable items per lesson:');
for (const learningModule of modules) {
  for (const lessonId of learningModule.lessons) console.log(`  ${lessonId.padEnd(36)} ${perLesson[lessonId]}`);
}
console.log('Fairness:');
console.log(`  correct position (1st–4th) over ${fairness.optionItems} items: ${fairness.correctPositions.join(' / ')}`);
console.log(`  correct option is the longest: ${fairness.correctIsLongest} items`);
console.log(`  true/false answers: ${fairness.trueFalse.true} true, ${fairness.trueFalse.false} false`);

const sortCards = questions.filter((item) => item.kind === 'sort');
const pairsCovered = new Set(questions.flatMap((item) => (item.kind === 'match-pairs' ? item.pairs : [])));
console.log(
  JSON.stringify({
    principles: principles.length,
    items: questions.filter((item) => item.kind !== 'self-rating').length,
    sortingCards: sortCards.length,
    mirrorPairs: [...pairsCovered].filter((id) => mirrorPairs.some((pair) => pair.id === id)).length,
    scenarios: questions.filter((item) => item.kind === 'branching').length,
    minItemsPerPrinciple: Math.min(...principles.map((lesson) => perLesson[lesson.id] ?? 0)),
    maxCorrectPositionShare: fairness.maxCorrectPositionShare,
    correctIsLongestShare: fairness.correctIsLongestShare,
  }),
);
