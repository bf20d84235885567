import type { FieldError } from '@relais/domain-people';
import { fieldError } from '@relais/domain-people';

export const CAMPAIGN_TITLE = { min: 1, max: 120 } as const;
export const CAMPAIGN_MESSAGE = { min: 1, max: 5000 } as const;
export const RELAY_REACH = { min: 0, max: 100_000 } as const;
/** Campaigns an ambassador receives in any 7 days, unless the setting says otherwise. */
export const DEFAULT_AMBASSADOR_WEEKLY_CAP = 2;

export function checkCampaignInput(input: { title: string; message: string; neighbourhoodIds: readonly string[] }): FieldError[] {
  const errors: FieldError[] = [];
  const title = input.title.trim().length;
  if (title < CAMPAIGN_TITLE.min || title > CAMPAIGN_TITLE.max) errors.push(fieldError('title', `must be ${CAMPAIGN_TITLE.min} to ${CAMPAIGN_TITLE.max} characters`));
  const message = input.message.trim().length;
  if (message < CAMPAIGN_MESSAGE.min || message > CAMPAIGN_MESSAGE.max) errors.push(fieldError('message', `must be ${CAMPAIGN_MESSAGE.min} to ${CAMPAIGN_MESSAGE.max} characters`));
  if (!input.neighbourhoodIds.length) errors.push(fieldError('neighbourhoodIds', 'must name at least one neighbourhood'));
  return errors;
}

export function checkRelayReach(reach: number): FieldError[] {
  return Number.isInteger(reach) && reach >= RELAY_REACH.min && reach <= RELAY_REACH.max
    ? []
    : [fieldError('reach', `must be a whole number from ${RELAY_REACH.min} to ${RELAY_REACH.max}`)];
}

/**
 * Who of a campaign's ambassadors gets a relay task: those who received fewer than `cap`
 * campaigns in the last 7 days; the others are skipped and counted, so nobody is spammed.
 */
export function splitAtWeeklyCap<T extends { receivedThisWeek: number }>(ambassadors: readonly T[], cap: number): { reached: T[]; skipped: T[] } {
  const reached: T[] = [];
  const skipped: T[] = [];
  for (const ambassador of ambassadors) (ambassador.receivedThisWeek < cap ? reached : skipped).push(ambassador);
  return { reached, skipped };
}
