import { z } from '@/lib/zod';
import { moduleIdSchema } from './schema';

/**
 * Workshop material: a facilitator guide per module (`content/guides/<module>.json`) and
 * the printable kit's choice of items (`content/print-kit.json`). Cross-references to
 * lessons, questions and mirror pairs are checked in `validate.ts`.
 */

const text = (what: string) => z.string().trim().min(1, `${what} is empty`);
const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase words joined by hyphens');

/** Pieces of the printable kit an activity can ask the trainer to bring. */
export const printPieces = ['lists', 'sorting-cards', 'worksheet', 'answer-key', 'answer-cards', 'certificate'] as const;
export const printPieceSchema = z.enum(printPieces);
export type PrintPiece = z.infer<typeof printPieceSchema>;

export const activityFormats = ['pairs', 'small-groups', 'whole-room'] as const;

export const activitySchema = z.object({
  /** Unique across every guide: plans in URLs refer to activities by it. */
  id,
  title: text('title'),
  format: z.enum(activityFormats),
  /** How long it takes when the room has room to breathe. */
  minutes: z.number().int().min(3).max(30),
  /** One or two sentences: what people do and why. */
  summary: text('summary'),
  /** What the trainer says and does, in order. */
  steps: z.array(text('step')).min(2).max(6),
  /** How to draw it together afterwards. */
  debrief: text('debrief'),
  /** Lesson ids the activity practises. */
  lessons: z.array(id).min(1),
  print: z.array(printPieceSchema).optional(),
});
export type Activity = z.infer<typeof activitySchema>;

/** What to do when a room disagrees: the situation, then what to try. */
export const disagreementTipSchema = z.object({
  when: text('when'),
  try: text('try'),
});
export type DisagreementTip = z.infer<typeof disagreementTipSchema>;

export const guideSchema = z.object({
  module: moduleIdSchema,
  /** What a session on this module sets out to do. */
  aims: z.array(text('aim')).min(2).max(5),
  /** The module's lessons in the order a workshop takes them; plans draw on the first ones. */
  workshopLessons: z.array(id).min(1),
  /** What to get ready before people arrive. */
  preparation: z.array(text('preparation step')).min(1).max(6),
  /** Speaker notes for the welcome step. */
  welcome: text('welcome'),
  /** Speaker notes for the wrap-up step. */
  wrapUp: text('wrapUp'),
  /** The question put to the room at the wrap-up. */
  wrapUpPrompt: text('wrapUpPrompt'),
  activities: z.array(activitySchema).min(1).max(4),
  /** Questions for the whole module, beyond each lesson's own. */
  discussion: z.array(text('discussion question')).min(2).max(6),
  disagreement: z.array(disagreementTipSchema).min(3).max(6),
});
export type Guide = z.infer<typeof guideSchema>;

/** Which items the printable kit uses. Sorting cards come eight to an A4 page, with three heading cards. */
export const printKitSchema = z.object({
  sortingCards: z
    .array(id)
    .min(5)
    .max(45)
    .refine((cards) => (cards.length + 3) % 8 === 0, 'with the three heading cards, the sorting cards must fill whole pages of eight'),
  worksheet: z.object({
    /** Sorting items the worksheet asks about; "discuss" cards have no single answer and do not belong here. */
    sort: z.array(id).min(4).max(10),
    /** Fill-the-gap items. */
    gaps: z.array(id).min(1).max(3),
    /** Mirror pair ids to match up. */
    pairs: z.array(id).min(3).max(6),
    /** Single-answer questions printed with lettered options. */
    questions: z.array(id).min(1).max(4),
    /** Prompts to write about, with lines to write on. */
    reflection: z.array(text('reflection prompt')).min(1).max(3),
  }),
});
export type PrintKit = z.infer<typeof printKitSchema>;
