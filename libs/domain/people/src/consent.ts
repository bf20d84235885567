import { Role } from './role';

/** What a person may agree to; each is given and withdrawn on its own. */
export enum ConsentPurpose {
  RANKING = 'RANKING',
  NEWS = 'NEWS',
  DIGEST = 'DIGEST',
  CONTACT = 'CONTACT',
}

/** Where a consent was given or withdrawn; BEFORE_LEDGER marks the values found when the ledger began. */
export enum ConsentChannel {
  SIGN_UP = 'SIGN_UP',
  PROFILE = 'PROFILE',
  UNSUBSCRIBE_LINK = 'UNSUBSCRIBE_LINK',
  ORGANISER = 'ORGANISER',
  BEFORE_LEDGER = 'BEFORE_LEDGER',
  /** Becoming an organiser turned the digest on (digestOnBecomingOrganiser). */
  ROLE_GRANTED = 'ROLE_GRANTED',
}

/**
 * The version of the wording each purpose is shown with today. The admin app's texts are keyed by
 * these versions: rewording a purpose means a new version here and new texts there, so the ledger
 * always says which sentence the person agreed to.
 */
export const CONSENT_WORDINGS = {
  [ConsentPurpose.RANKING]: 'ranking@2026-12',
  [ConsentPurpose.NEWS]: 'news@2026-12',
  [ConsentPurpose.DIGEST]: 'digest@2026-12',
  [ConsentPurpose.CONTACT]: 'contact@2026-12',
} as const satisfies Readonly<Record<ConsentPurpose, string>>;

export type ConsentWordingVersion = (typeof CONSENT_WORDINGS)[ConsentPurpose];

export type Consents = Record<ConsentPurpose, boolean>;

/** A change asked for: a purpose left out (or null) stays as it is. */
export type ConsentChange = Partial<Record<ConsentPurpose, boolean | null>>;

export interface ConsentDecision {
  purpose: ConsentPurpose;
  granted: boolean;
}

/** The service mails (the weekly digest) are on by default for those who help: volunteers and organisers. */
export function digestByDefault(roles: readonly Role[]): boolean {
  return roles.includes(Role.VOLUNTEER) || roles.includes(Role.ORGANISER);
}

/** Where a « no » was the person's own choice, not a default they never touched. */
const CHOSEN_BY_THE_PERSON: ReadonlySet<ConsentChannel> = new Set([ConsentChannel.PROFILE, ConsentChannel.UNSUBSCRIBE_LINK, ConsentChannel.ORGANISER]);

/**
 * Becoming an organiser turns the digest on, unless the person had turned it off themselves
 * (on their profile, by an unsubscribe link, or through an organiser): a default they never
 * touched follows their new role, a choice they made does not.
 */
export function digestOnBecomingOrganiser(digestNow: boolean, digestHistory: readonly { granted: boolean; channel: ConsentChannel }[]): boolean {
  return !digestNow && !digestHistory.some((event) => !event.granted && CHOSEN_BY_THE_PERSON.has(event.channel));
}

/** Every purpose at sign-up: what was ticked, nothing else, except the digest for those who help. */
export function consentsAtSignUp(roles: readonly Role[], given: ConsentChange): Consents {
  return {
    [ConsentPurpose.RANKING]: given.RANKING ?? false,
    [ConsentPurpose.NEWS]: given.NEWS ?? false,
    [ConsentPurpose.DIGEST]: given.DIGEST ?? digestByDefault(roles),
    [ConsentPurpose.CONTACT]: given.CONTACT ?? false,
  };
}

/** The decisions a change makes: only the purposes it names with a value that differs from today's. */
export function consentDecisions(current: Consents, change: ConsentChange): ConsentDecision[] {
  return Object.values(ConsentPurpose).flatMap((purpose) => {
    const granted = change[purpose];
    return granted == null || granted === current[purpose] ? [] : [{ purpose, granted }];
  });
}
