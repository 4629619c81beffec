import { z } from '../zod';
import { moduleIds, type ModuleId } from './module-ids';

/**
 * The one schema for everything in `content/`. A mistake in a content file fails
 * `npm run content:check`, the unit tests and the build, naming the file and the field.
 */

export { moduleIds, type ModuleId };
export const moduleIdSchema = z.enum(moduleIds);

/** Where a lesson stands in the source essays. */
export const essayIds = ['square-pegs', 'tony-benn'] as const;
export const essayIdSchema = z.enum(essayIds);
export type EssayId = z.infer<typeof essayIdSchema>;

const text = (what: string) => z.string().trim().min(1, `${what} is empty`);
const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const lessonId = z.string().regex(slugPattern, 'must be lowercase words joined by hyphens');

function countSentences(value: string): number {
  return value.split(/(?<=[.!?])\s+(?=[A-Z‘“"'])/).filter((part) => part.trim().length > 0).length;
}

const sentences = (what: string, min: number, max: number) =>
  text(what).refine((value) => {
    const count = countSentences(value);
    return count >= min && count <= max;
  }, `${what} should be ${min} to ${max} sentences`);

/** A short phrase quoted from the source: under twenty words, always attributed. */
export const quoteSchema = z.object({
  text: text('quote').refine((value) => value.split(/\s+/).length < 20, 'a quotation must be under twenty words'),
  attribution: text('attribution'),
});

export const sourceRefSchema = z.object({
  essay: essayIdSchema,
  /** The list or passage, as headed in the essay. */
  section: text('section'),
  /** Position in a numbered list, where the lesson is one item of it. */
  item: z.number().int().min(1).max(10).optional(),
});

export const scenarioSettings = [
  'canvassing',
  'branch-meeting',
  'group-chat',
  'picket-line',
  'first-visit',
  'phone-bank',
  'committee',
  'street-stall',
] as const;

export const scenarioSchema = z.object({
  setting: z.enum(scenarioSettings),
  title: text('scenario title'),
  /** A short story from branch life, two to five sentences. */
  text: sentences('scenario text', 2, 6),
});

const lessonBase = {
  id: lessonId,
  module: moduleIdSchema,
  /** A short title for navigation, e.g. "Give power away". */
  title: text('title'),
  /** The two-to-four sentence summary that opens the lesson. */
  summary: sentences('summary', 2, 4),
  /** Two to four short points that say what this looks like in practice. */
  keyPoints: z.array(text('key point')).min(2).max(4),
  whyItMatters: sentences('whyItMatters', 1, 4),
  scenario: scenarioSchema,
  reflection: text('reflection'),
  discussion: text('discussion'),
  quote: quoteSchema.optional(),
  source: sourceRefSchema,
};

/** One of the 25 listed qualities, traits or lessons. */
export const principleLessonSchema = z.object({
  kind: z.literal('principle'),
  ...lessonBase,
  /** The principle's heading in the source list, quoted exactly. */
  sourceHeading: text('sourceHeading'),
});

/** A lesson about an idea that frames the lists (the two projects, the mirror images). */
export const conceptLessonSchema = z.object({
  kind: z.literal('concept'),
  ...lessonBase,
});

export const lessonSchema = z.discriminatedUnion('kind', [principleLessonSchema, conceptLessonSchema]);
export type Lesson = z.infer<typeof lessonSchema>;
export type PrincipleLesson = z.infer<typeof principleLessonSchema>;

export const moduleSchema = z.object({
  id: moduleIdSchema,
  title: text('title'),
  /** One line for cards and the path on the home page. */
  tagline: text('tagline'),
  /** What the module teaches: one or two short paragraphs. */
  intro: z.array(text('intro paragraph')).min(1).max(3),
  /** The heading of the list in the source, where the module follows one. */
  listHeading: z.string().optional(),
  /** Lesson ids in the order they are taught. */
  lessons: z.array(lessonId).min(1),
  source: sourceRefSchema,
});
export type Module = z.infer<typeof moduleSchema>;

export const mirrorPairSchema = z.object({
  id: lessonId,
  organiser: lessonId,
  factionalist: lessonId,
  /** The contrast in a few words each way, e.g. "Give power away" / "Keep power close". */
  organiserLabel: text('organiserLabel'),
  factionalistLabel: text('factionalistLabel'),
  /** Why these two mirror each other, and what each is for. */
  explanation: sentences('explanation', 1, 3),
});
export type MirrorPair = z.infer<typeof mirrorPairSchema>;

export const mirrorPairsFileSchema = z.object({ pairs: z.array(mirrorPairSchema).length(10) });

/** The short path a new member is offered first: a few lessons, about five minutes. */
export const startHereSchema = z.object({
  title: text('title'),
  intro: text('intro'),
  minutes: z.number().int().min(1).max(15),
  lessons: z.array(lessonId).min(2).max(4),
});
export type StartHere = z.infer<typeof startHereSchema>;
