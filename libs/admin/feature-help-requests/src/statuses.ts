import type { HelpRequestStatus } from '@relais/admin-data-access';

/** In the order of a request's life. */
export const HELP_REQUEST_STATUSES: readonly HelpRequestStatus[] = ['OPEN', 'ASSIGNED', 'DONE', 'CANCELLED', 'EXPIRED'];

export const STATUS_COLOURS: Record<HelpRequestStatus, string> = {
  OPEN: 'orange',
  ASSIGNED: 'blue',
  DONE: 'green',
  CANCELLED: 'gray',
  EXPIRED: 'gray',
};

export function isHelpRequestStatus(value: string | null | undefined): value is HelpRequestStatus {
  return typeof value === 'string' && (HELP_REQUEST_STATUSES as readonly string[]).includes(value);
}

/** Still going: someone may yet cancel it, or it may change hands. */
export function isActiveStatus(status: HelpRequestStatus): boolean {
  return status === 'OPEN' || status === 'ASSIGNED';
}
