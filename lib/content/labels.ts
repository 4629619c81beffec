import type { EssayId } from './schema';
import type { scenarioSettings } from './schema';

/** The source essays, as titled on the blog they come from. */
export const essayTitles: Record<EssayId, string> = {
  'square-pegs': 'Square pegs and round holes, organisers and factionalists',
  'tony-benn': 'Five things taught to me by Tony Benn',
};

export const settingLabels: Record<(typeof scenarioSettings)[number], string> = {
  canvassing: 'On the doorstep',
  'branch-meeting': 'At the branch meeting',
  'group-chat': 'In the group chat',
  'picket-line': 'On the picket line',
  'first-visit': 'A new member’s first visit',
  'phone-bank': 'At the phone bank',
  committee: 'In committee',
  'street-stall': 'At the street stall',
};
