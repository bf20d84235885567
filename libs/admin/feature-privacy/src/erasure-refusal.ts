import { errorCode, errorFields, errorReason, retryAfterSeconds } from '@relais/admin-data-access';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Why the API refused an erasure (deleteMyAccount or erasePerson), read from its codes rather
 * than its words, which are for developers. `password` and `reason` belong to a field; the others
 * to the whole form.
 */
export type ErasureRefusal =
  | { kind: 'password' | 'reason' | 'lastAdmin' | 'notFound' | 'forbidden' | 'signedOut' | 'failed' }
  | { kind: 'tooManyAttempts'; minutes: number };

export type ErasureRefusalKind = ErasureRefusal['kind'];

export function erasureRefusal(error: unknown): ErasureRefusal {
  switch (errorCode(error)) {
    case 'BAD_USER_INPUT': {
      const fields = errorFields(error);
      if (fields.includes('password')) return { kind: 'password' };
      if (fields.includes('reason')) return { kind: 'reason' };
      return { kind: 'failed' };
    }
    case 'FORBIDDEN':
      if (errorReason(error) !== 'TOO_MANY_ATTEMPTS') return { kind: 'forbidden' };
      // Said in whole minutes, rounded up: « dans 0 minute » would send them back too soon.
      return { kind: 'tooManyAttempts', minutes: Math.max(1, Math.ceil((retryAfterSeconds(error) ?? 60) / 60)) };
    case 'CONFLICT':
      return { kind: errorReason(error) === 'LAST_ADMIN' ? 'lastAdmin' : 'failed' };
    case 'NOT_FOUND':
      return { kind: 'notFound' };
    case 'UNAUTHENTICATED':
      return { kind: 'signedOut' };
    default:
      return { kind: 'failed' };
  }
}

/** A refusal in the reader's language. */
export function useErasureRefusalText(): (refusal: ErasureRefusal) => string {
  const { t } = useTranslation();
  return useCallback(
    (refusal: ErasureRefusal) =>
      refusal.kind === 'tooManyAttempts' ? t('erasure.errors.tooManyAttempts', { count: refusal.minutes }) : t(`erasure.errors.${refusal.kind}`),
    [t],
  );
}
