import { errorCode, errorReason, firstErrorField } from '@relais/admin-data-access';
import type { WayToHelpField } from './way-to-help-form';

/**
 * Why the API refused to write or archive a way to help, read from its codes rather than its
 * words, which are for developers. A field's refusal is said next to that field; the others above
 * the form's buttons.
 */
export type WayToHelpRefusal = { kind: 'field'; field: WayToHelpField } | { kind: 'tooMany' | 'forbidden' | 'notFound' | 'signedOut' | 'failed' };

const FIELDS = ['title', 'body', 'link', 'neighbourhoodIds'] as const;

export function wayToHelpRefusal(error: unknown, action: 'create' | 'archive'): WayToHelpRefusal {
  switch (errorCode(error)) {
    case 'BAD_USER_INPUT': {
      const field = firstErrorField(error, FIELDS);
      return field ? { kind: 'field', field } : { kind: 'failed' };
    }
    case 'FORBIDDEN':
      return { kind: errorReason(error) === 'TOO_MANY_ATTEMPTS' ? 'tooMany' : 'forbidden' };
    case 'NOT_FOUND':
      // The quartiers are all that writing one names.
      if (action === 'create') return { kind: 'field', field: 'neighbourhoodIds' };
      return { kind: 'notFound' };
    case 'UNAUTHENTICATED':
      return { kind: 'signedOut' };
    default:
      return { kind: 'failed' };
  }
}
