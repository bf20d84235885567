import { errorCode, errorFields, errorReason } from '@relais/admin-data-access';

/**
 * Why the API refused to write or send a campaign, read from its codes rather than its words,
 * which are for developers. A field's refusal is said next to it; the others above the button.
 */
export type CampaignRefusal = 'title' | 'message' | 'neighbourhoodIds' | 'alreadySent' | 'forbidden' | 'notFound' | 'signedOut' | 'failed';

export function campaignRefusal(error: unknown): CampaignRefusal {
  switch (errorCode(error)) {
    case 'BAD_USER_INPUT': {
      const fields = errorFields(error);
      return (['title', 'message', 'neighbourhoodIds'] as const).find((field) => fields.includes(field)) ?? 'failed';
    }
    case 'CONFLICT':
      return errorReason(error) === 'ALREADY_SENT' ? 'alreadySent' : 'failed';
    case 'FORBIDDEN':
      return 'forbidden';
    case 'NOT_FOUND':
      return 'notFound';
    case 'UNAUTHENTICATED':
      return 'signedOut';
    default:
      return 'failed';
  }
}

/** Why a relay report was refused. */
export type RelayRefusal = 'reach' | 'tooManyReports' | 'notFound' | 'forbidden' | 'signedOut' | 'failed';

export function relayRefusal(error: unknown): RelayRefusal {
  switch (errorCode(error)) {
    case 'BAD_USER_INPUT':
      return errorFields(error).includes('reach') ? 'reach' : 'failed';
    case 'FORBIDDEN':
      return errorReason(error) === 'TOO_MANY_ATTEMPTS' ? 'tooManyReports' : 'forbidden';
    case 'NOT_FOUND':
      return 'notFound';
    case 'UNAUTHENTICATED':
      return 'signedOut';
    default:
      return 'failed';
  }
}
