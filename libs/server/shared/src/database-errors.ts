import { QueryFailedError } from 'typeorm';

const UNIQUE_VIOLATION = '23505';

/** The unique constraint a failed query broke, if that is why it failed. */
export function violatedUniqueConstraint(error: unknown): string | undefined {
  if (!(error instanceof QueryFailedError)) return undefined;
  const driverError = error.driverError as { code?: string; constraint?: string };
  return driverError.code === UNIQUE_VIOLATION ? (driverError.constraint ?? '') : undefined;
}

export const isUniqueViolation = (error: unknown): boolean => violatedUniqueConstraint(error) !== undefined;
