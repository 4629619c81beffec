import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, validateContent } from '@/lib/content/validate';
import { problemsFor, realFiles, withEdit } from './helpers/content-files';

describe('the content in content/', () => {
  const { content, problems } = validateContent(realFiles);

  it('passes the schema and every cross-reference check', () => {
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('has the four modules with 10, 10, 3 and 5 lessons', () => {
    expect(content.modules.map((learningModule) => [learningModule.id, learningModule.lessons.length])).toEqual([
      ['organiser', 10],
      ['factionalist', 10],
      ['square-pegs', 3],
      ['benn', 5],
    ]);
  });

  it('has 25 principles, numbered in source order within each list', () => {
    const principles = content.lessons.filter((lesson) => lesson.kind === 'principle');
    expect(principles).toHaveLength(25);
    for (const learningModule of content.modules) {
      const items = learningModule.lessons
        .map((id) => content.lessons.find((lesson) => lesson.id === id)!)
        .filter((lesson) => lesson.kind === 'principle')
        .map((lesson) => lesson.source.item);
      expect(items).toEqual(items.map((_, index) => index + 1));
    }
  });

  it('pairs all ten organiser qualities with the factionalist trait at the same place in the list', () => {
    expect(content.mirrorPairs).toHaveLength(10);
    for (const pair of content.mirrorPairs) {
      const organiser = content.lessons.find((lesson) => lesson.id === pair.organiser)!;
      const factionalist = content.lessons.find((lesson) => lesson.id === pair.factionalist)!;
      expect(organiser.source.item).toBe(factionalist.source.item);
    }
  });

  it('uses British spelling', () => {
    const american = /\b(organiz\w*|behavior\w*|color\w*|neighbor\w*|favor\w*|center\w*|practicing|analyz\w*|recogniz\w*|apologiz\w*)\b/i;
    for (const file of realFiles) expect(file.text, file.path).not.toMatch(american);
  });
});

const sourceDir = join(import.meta.dirname, '..', '..', 'shared', 'source');

// The essays live beside the project, not in it; CI and every working copy have them.
describe.skipIf(!existsSync(sourceDir))('quotations from the source essays', () => {
  const normalise = (value: string) => value.replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').toLowerCase();
  it('quotes every principle heading and marked quotation word for word, each under twenty words', () => {
    const source = normalise(
      readdirSync(sourceDir)
        .map((name) => readFileSync(join(sourceDir, name), 'utf8'))
        .join('\n'),
    );
    const { content } = validateContent(realFiles);
    for (const lesson of content.lessons) {
      const quoted = [lesson.quote?.text, lesson.kind === 'principle' ? lesson.sourceHeading : undefined];
      for (const text of quoted.filter((value): value is string => value !== undefined)) {
        expect(source, `${lesson.id}: "${text}"`).toContain(normalise(text));
        expect(text.split(/\s+/).length).toBeLessThan(20);
      }
    }
  });
});

describe('a broken content entry', () => {
  it('names the file and the field when a field is missing', () => {
    const files = withEdit('lessons/organiser/listen.json', (json) => delete json.reflection);
    expect(problemsFor(files)[0]).toMatch(/^content\/lessons\/organiser\/listen\.json → reflection: /);
  });

  it('names the file and the field when a summary is too long', () => {
    const files = withEdit('lessons/benn/stories.json', (json) => {
      json.summary = 'One. Two. Three. Four. Five.';
    });
    expect(problemsFor(files)).toContain('content/lessons/benn/stories.json → summary: summary should be 2 to 4 sentences');
  });

  it('reports a file that is not JSON', () => {
    const files = realFiles.map((file) => (file.path === 'modules/benn.json' ? { ...file, text: '{ "id": "benn",' } : file));
    expect(problemsFor(files)[0]).toMatch(/^content\/modules\/benn\.json: not valid JSON/);
  });

  it('reports a lesson id that does not match its file', () => {
    const files = withEdit('lessons/organiser/listen.json', (json) => {
      json.id = 'organiser-hear';
    });
    expect(problemsFor(files)).toContain('content/lessons/organiser/listen.json → id: "organiser-hear" should be "organiser-listen" to match its file');
  });

  it('reports a duplicate lesson id', () => {
    const copy = realFiles.find((file) => file.path === 'lessons/organiser/listen.json')!;
    const files = [...realFiles, { path: 'lessons/organiser/listen-again.json', text: copy.text }];
    expect(problemsFor(files)).toContain(
      'content/lessons/organiser/listen.json → id: "organiser-listen" is also used by content/lessons/organiser/listen-again.json',
    );
  });

  it('reports a mirror pair that points at no real principle', () => {
    const files = withEdit('mirror-pairs.json', (json) => {
      (json.pairs as { factionalist: string }[])[2]!.factionalist = 'factionalist-hoard-power';
    });
    expect(problemsFor(files)).toContain(
      'content/mirror-pairs.json → pairs[2].factionalist: "factionalist-hoard-power" is not a principle of the factionalist module',
    );
  });

  it('reports a module that lists a lesson that does not exist, and the lesson it no longer lists', () => {
    const files = withEdit('modules/organiser.json', (json) => {
      (json.lessons as string[])[4] = 'organiser-lisen';
    });
    expect(problemsFor(files)).toEqual(
      expect.arrayContaining([
        'content/modules/organiser.json → lessons[4]: "organiser-lisen" is not a lesson in content/lessons/',
        'content/modules/organiser.json → lessons: does not list the lesson "organiser-listen"',
      ]),
    );
  });

  it('reports a question that tests a lesson that does not exist', () => {
    const files = withEdit('questions/benn.json', (json) => {
      (json.items as { principles: string[] }[])[0]!.principles = ['benn-charisma'];
    });
    expect(problemsFor(files)).toEqual(['content/questions/benn.json → items[0].principles[0]: "benn-charisma" is not a lesson id']);
  });

  it('reports a quotation of twenty words or more', () => {
    const files = withEdit('lessons/organiser/give-power-away.json', (json) => {
      json.quote = { text: Array.from({ length: 20 }, () => 'word').join(' '), attribution: 'x' };
    });
    expect(problemsFor(files)).toContain(
      'content/lessons/organiser/give-power-away.json → quote.text: a quotation must be under twenty words',
    );
  });
});
