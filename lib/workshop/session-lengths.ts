/**
 * The lengths a session plan can have, in minutes. Apart from the planning logic so the
 * plan form, which the workshop page draws before anything else has loaded, needs only this.
 */
export const sessionLengths = [20, 45, 90] as const;
export type SessionLength = (typeof sessionLengths)[number];
