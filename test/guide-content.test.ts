import { describe, expect, it } from 'vitest';
import { formatProblem, validateContent } from '@/lib/content/validate';
import { problemsFor, realFiles, withEdit } from './helpers/content-files';

type Activity = { id: string; lessons: string[]; steps: string[] };

describe('the facilitator guides and the printable kit', () => {
  const { content, problems } = validateContent(realFiles);

  it('pass the schema and every cross-reference check', () => {
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('give every module a guide with aims, activities, discussion questions and tips for disagreement', () => {
    expect(content.guides.map((guide) => guide.module)).toEqual(['organiser', 'factionalist', 'square-pegs', 'benn']);
    for (const guide of content.guides) {
      expect(guide.activities.length, guide.module).toBeGreaterThanOrEqual(2);
      expect(guide.disagreement.length).toBeGreaterThanOrEqual(3);
    }
  });

  it('list every lesson of the module for workshops', () => {
    for (const guide of content.guides) {
      const learningModule = content.modules.find((candidate) => candidate.id === guide.module)!;
      expect([...guide.workshopLessons].sort()).toEqual([...learningModule.lessons].sort());
    }
  });

  it('include the sorting cards in pairs, with the cards printed', () => {
    const sorting = content.guides.flatMap((guide) => guide.activities).find((activity) => activity.id === 'sorting-cards');
    expect(sorting?.format).toBe('pairs');
    expect(sorting?.print).toContain('sorting-cards');
    expect(content.printKit.sortingCards.length).toBeGreaterThanOrEqual(16);
  });
});

describe('a broken guide', () => {
  it('names the file and the field when the aims are missing', () => {
    const files = withEdit('guides/benn.json', (json) => delete json.aims);
    expect(problemsFor(files)[0]).toMatch(/^content\/guides\/benn\.json → aims: /);
  });

  it('names the activity step that is empty', () => {
    const files = withEdit('guides/organiser.json', (json) => {
      (json.activities as Activity[])[1]!.steps[2] = ' ';
    });
    expect(problemsFor(files)).toContain('content/guides/organiser.json → activities[1].steps[2]: step is empty');
  });

  it('reports a guide filed under the wrong module', () => {
    const files = withEdit('guides/benn.json', (json) => {
      json.module = 'organiser';
    });
    expect(problemsFor(files)).toEqual(
      expect.arrayContaining(['content/guides/benn.json → module: "organiser" does not match the file name', 'content/guides/benn.json: missing: every module needs a facilitator guide']),
    );
  });

  it('reports a workshop lesson from another module, or one that does not exist', () => {
    const files = withEdit('guides/factionalist.json', (json) => {
      (json.workshopLessons as string[])[0] = 'organiser-listen';
      (json.workshopLessons as string[])[1] = 'factionalist-plot';
    });
    expect(problemsFor(files)).toEqual([
      'content/guides/factionalist.json → workshopLessons[0]: "organiser-listen" belongs to the organiser module',
      'content/guides/factionalist.json → workshopLessons[1]: "factionalist-plot" is not a lesson id',
    ]);
  });

  it('reports an activity id used in two guides, and an activity lesson that does not exist', () => {
    const files = withEdit('guides/benn.json', (json) => {
      const activity = (json.activities as Activity[])[0]!;
      activity.id = 'sorting-cards';
      activity.lessons = ['benn-charisma'];
    });
    expect(problemsFor(files)).toEqual([
      'content/guides/benn.json → activities[0].lessons[0]: "benn-charisma" is not a lesson id',
      'content/guides/square-pegs.json → activities[0].id: "sorting-cards" is also used in content/guides/benn.json',
    ]);
  });

  it('reports a module without a guide', () => {
    const files = realFiles.filter((file) => file.path !== 'guides/square-pegs.json');
    expect(problemsFor(files)).toEqual(['content/guides/square-pegs.json: missing: every module needs a facilitator guide']);
  });
});

describe('a broken printable kit', () => {
  it('reports a sorting card that is not a sorting item, and a discuss card on the worksheet', () => {
    const files = withEdit('print-kit.json', (json) => {
      (json.sortingCards as string[])[0] = 'org-listen-choice-1';
      (json.worksheet as { sort: string[] }).sort[0] = 'sp-two-projects-sort-43';
    });
    expect(problemsFor(files)).toEqual([
      'content/print-kit.json → sortingCards[0]: "org-listen-choice-1" is a choice item, not sort',
      'content/print-kit.json → worksheet.sort[0]: "sp-two-projects-sort-43" is a "discuss" card, which has no answer to mark',
    ]);
  });

  it('reports a card used both on the table and on the worksheet', () => {
    const [firstCard] = validateContent(realFiles).content.printKit.sortingCards;
    const files = withEdit('print-kit.json', (json) => {
      (json.worksheet as { sort: string[] }).sort[1] = firstCard!;
    });
    expect(problemsFor(files)).toEqual([`content/print-kit.json → worksheet.sort[1]: "${firstCard}" is already used at sortingCards[0]`]);
  });

  it('reports sorting cards that would leave a page part-filled', () => {
    const files = withEdit('print-kit.json', (json) => {
      (json.sortingCards as string[]).pop();
    });
    expect(problemsFor(files)).toEqual(['content/print-kit.json → sortingCards: with the three heading cards, the sorting cards must fill whole pages of eight']);
  });

  it('reports a missing kit and an unknown mirror pair', () => {
    expect(problemsFor(realFiles.filter((file) => file.path !== 'print-kit.json'))).toEqual(['content/print-kit.json: missing: the printable kit needs it']);
    const files = withEdit('print-kit.json', (json) => {
      (json.worksheet as { pairs: string[] }).pairs[0] = 'mirror-hug-people';
    });
    expect(problemsFor(files)).toEqual(['content/print-kit.json → worksheet.pairs[0]: "mirror-hug-people" is not a pair in content/mirror-pairs.json']);
  });
});
