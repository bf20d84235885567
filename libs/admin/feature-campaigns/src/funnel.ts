import type { CampaignReportFieldsFragment } from '@relais/admin-data-access';

export const FUNNEL_STAGES = ['ambassadorsReached', 'ambassadorsRelayed', 'linkVisits', 'signUps', 'volunteerSignUps', 'activeSignUps'] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];

export interface FunnelBar {
  stage: FunnelStage;
  value: number;
  /** The bar's length in percent of the longest stage's. */
  width: number;
}

/** A bar this short still shows there is something, where 0 shows nothing. */
const MIN_VISIBLE_WIDTH = 2;

/**
 * From the ambassadors reached to the volunteers who signed up. Scaled on the largest stage, not
 * the first: one ambassador's link may be visited by many more people than ambassadors reached.
 */
export function funnelBars(report: Pick<CampaignReportFieldsFragment, FunnelStage>): FunnelBar[] {
  const largest = Math.max(0, ...FUNNEL_STAGES.map((stage) => report[stage]));
  return FUNNEL_STAGES.map((stage) => {
    const value = report[stage];
    const width = largest === 0 || value === 0 ? 0 : Math.max(MIN_VISIBLE_WIDTH, Math.round((value / largest) * 100));
    return { stage, value, width };
  });
}
