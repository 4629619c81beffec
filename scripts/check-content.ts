/** Checks every file in content/ and prints each problem with its file and field. */
import { join } from 'node:path';
import { readContentFiles } from '../lib/content/read-files';
import { formatProblem, validateContent } from '../lib/content/validate';

const { content, problems } = validateContent(readContentFiles(join(process.cwd(), 'content')));
if (problems.length > 0) {
  console.error(`${problems.length} content problem(s):`);
  for (const problem of problems) console.error(`- ${formatProblem(problem)}`);
  process.exit(1);
}
const principles = content.lessons.filter((lesson) => lesson.kind === 'principle').length;
console.log(
  `content ok: ${content.modules.length} modules, ${content.lessons.length} lessons (${principles} principles), ` +
    `${content.mirrorPairs.length} mirror pairs, ${content.questions.length} questions`,
);
