export const CAMPAIGNS_PATH = '/campaigns';
export const NEW_CAMPAIGN_PATH = '/campaigns/new';
/** « Mes relais »: the ambassador's tasks, named so in the relay mail. */
export const RELAYS_PATH = '/relays';

export function campaignPath(id: string): string {
  return `${CAMPAIGNS_PATH}/${encodeURIComponent(id)}`;
}
