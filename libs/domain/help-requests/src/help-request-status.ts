/** Where a help request is in its life. */
export enum HelpRequestStatus {
  OPEN = 'OPEN',
  ASSIGNED = 'ASSIGNED',
  DONE = 'DONE',
  CANCELLED = 'CANCELLED',
  EXPIRED = 'EXPIRED',
}

/** What happened to a request; each is one event row with the statuses before and after. */
export enum HelpRequestEventKind {
  POSTED = 'POSTED',
  ACCEPTED = 'ACCEPTED',
  ASSIGNED = 'ASSIGNED',
  AUTO_ASSIGNED = 'AUTO_ASSIGNED',
  GIVEN_BACK = 'GIVEN_BACK',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
  EXPIRED = 'EXPIRED',
}

const { OPEN, ASSIGNED, DONE, CANCELLED, EXPIRED } = HelpRequestStatus;

/** The statuses each kind of event may start from, and where it leads. */
export const TRANSITIONS: Readonly<Record<Exclude<HelpRequestEventKind, 'POSTED'>, { from: readonly HelpRequestStatus[]; to: HelpRequestStatus }>> = {
  [HelpRequestEventKind.ACCEPTED]: { from: [OPEN], to: ASSIGNED },
  [HelpRequestEventKind.ASSIGNED]: { from: [OPEN], to: ASSIGNED },
  [HelpRequestEventKind.AUTO_ASSIGNED]: { from: [OPEN], to: ASSIGNED },
  [HelpRequestEventKind.GIVEN_BACK]: { from: [ASSIGNED], to: OPEN },
  [HelpRequestEventKind.COMPLETED]: { from: [ASSIGNED], to: DONE },
  [HelpRequestEventKind.CANCELLED]: { from: [OPEN, ASSIGNED], to: CANCELLED },
  [HelpRequestEventKind.EXPIRED]: { from: [OPEN], to: EXPIRED },
};

/** Why an event cannot happen to a request in this status, in words for a CONFLICT error. */
export function transitionRefusal(kind: Exclude<HelpRequestEventKind, 'POSTED'>, status: HelpRequestStatus): string | null {
  if (TRANSITIONS[kind].from.includes(status)) return null;
  const action = kind.toLowerCase().replace('_', ' ');
  return `the request is ${status.toLowerCase()}, so it cannot be ${action}${status === ASSIGNED ? ': someone else took it' : ''}`;
}
