import { z } from '../zod';
import { moduleIdSchema } from './schema';

/**
 * The question bank: one discriminated union over every exercise kind. Every gradable
 * option carries feedback that says why it is right or wrong; every item names the
 * lessons (principles) it tests.
 */

const text = (what: string) => z.string().trim().min(1, `${what} is empty`);
const itemId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase words joined by hyphens');

const banned = /\b(all|none) of the above\b/i;
const optionText = text('option text').refine((value) => !banned.test(value), 'no "all/none of the above" options');

const itemBase = {
  id: itemId,
  module: moduleIdSchema,
  /** Lesson ids this item tests; the first is the one its feedback links back to. */
  principles: z.array(itemId).min(1),
};

const choiceOption = z.object({
  text: optionText,
  correct: z.boolean(),
  /** Why this option is right or wrong, in a sentence or two. */
  feedback: text('feedback'),
});

const exactlyOneCorrect = (options: { correct: boolean }[]) => options.filter((o) => o.correct).length === 1;

export const choiceItemSchema = z.object({
  kind: z.literal('choice'),
  ...itemBase,
  prompt: text('prompt'),
  options: z.array(choiceOption).min(3).max(4).refine(exactlyOneCorrect, 'exactly one option must be correct'),
});

export const trueFalseItemSchema = z.object({
  kind: z.literal('true-false'),
  ...itemBase,
  statement: text('statement'),
  answer: z.boolean(),
  /** Feedback for choosing "True" and for choosing "False". */
  feedback: z.object({ true: text('feedback.true'), false: text('feedback.false') }),
});

/** "Which principle does this show?" Options are lesson ids, shown by title. */
export const whichPrincipleItemSchema = z.object({
  kind: z.literal('which-principle'),
  ...itemBase,
  scenario: text('scenario'),
  options: z
    .array(z.object({ principle: itemId, correct: z.boolean(), feedback: text('feedback') }))
    .min(3)
    .max(4)
    .refine(exactlyOneCorrect, 'exactly one option must be correct'),
});

/** "Organiser or factionalist?" A card sorted by tap. "discuss" cards are ambiguous on purpose and not scored. */
export const sortItemSchema = z.object({
  kind: z.literal('sort'),
  ...itemBase,
  card: text('card'),
  answer: z.enum(['organiser', 'factionalist', 'discuss']),
  feedback: z.object({ organiser: text('feedback.organiser'), factionalist: text('feedback.factionalist') }),
});

/** Recall a fact the source states. The text holds exactly one "___" where the answer goes. */
export const fillGapItemSchema = z.object({
  kind: z.literal('fill-gap'),
  ...itemBase,
  text: text('text').refine((value) => value.split('___').length === 2, 'text must hold exactly one ___ gap'),
  /** Accepted answers, compared without case, spaces or a trailing %. The first is shown as the answer. */
  accept: z.array(text('accepted answer')).min(1),
  /** Offered as choices so the gap can be filled by tap on a phone. */
  choices: z.array(text('choice')).min(3).max(4),
  feedback: z.object({ correct: text('feedback.correct'), incorrect: text('feedback.incorrect') }),
});

/** Match mirror pairs: tap a quality, then its mirror trait. */
export const matchPairsItemSchema = z.object({
  kind: z.literal('match-pairs'),
  ...itemBase,
  prompt: text('prompt'),
  /** Mirror pair ids from content/mirror-pairs.json. */
  pairs: z.array(itemId).min(3).max(5),
});

const scenarioChoice = z.object({
  text: optionText,
  /** Whether this is the move the essay's framework points to at this step. */
  best: z.boolean(),
  feedback: text('feedback'),
  /** The step this choice leads to; omit to end the story. */
  next: itemId.optional(),
});

export const branchingItemSchema = z.object({
  kind: z.literal('branching'),
  ...itemBase,
  title: text('title'),
  intro: text('intro'),
  steps: z
    .array(
      z.object({
        id: itemId,
        text: text('step text'),
        choices: z.array(scenarioChoice).min(2).max(4).refine((c) => c.some((x) => x.best), 'one choice must be best'),
      }),
    )
    .min(2),
  /** What the story shows, read at the end whichever way it went. */
  debrief: text('debrief'),
});

/** "How often do I do this?" Kept on the device and never scored. */
export const selfRatingItemSchema = z.object({
  kind: z.literal('self-rating'),
  ...itemBase,
  statement: text('statement'),
});

export const questionSchema = z.discriminatedUnion('kind', [
  choiceItemSchema,
  trueFalseItemSchema,
  whichPrincipleItemSchema,
  sortItemSchema,
  fillGapItemSchema,
  matchPairsItemSchema,
  branchingItemSchema,
  selfRatingItemSchema,
]);
export type Question = z.infer<typeof questionSchema>;
export type QuestionKind = Question['kind'];

export const questionFileSchema = z.object({ items: z.array(questionSchema).min(1) });
