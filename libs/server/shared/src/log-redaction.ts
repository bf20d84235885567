/**
 * What may reach a log line. Relais's logs go to whoever runs the servers, so they hold no
 * personal data: no e-mail, token, password hash, address or coordinates, and never the
 * parameters of a failed statement (they are the person's input). Structured fields are
 * redacted by path (LOG_REDACT_PATHS, for pino); free text (an error's message) is scrubbed.
 */

/** pino `redact` paths: any such key, at the top or one level down, is censored. */
export const LOG_REDACT_PATHS = [
  'email',
  'password',
  'passwordHash',
  'token',
  'address',
  'lat',
  'lng',
  'location',
  'parameters',
  'query',
  'variables',
  'authorization',
  'cookie',
  'req.headers.authorization',
  'req.headers.cookie',
  '*.email',
  '*.password',
  '*.passwordHash',
  '*.token',
  '*.address',
  '*.lat',
  '*.lng',
  '*.location',
  '*.parameters',
  '*.variables',
];

const SCRUBBERS: [RegExp, string][] = [
  // PostgreSQL quotes the offending value: invalid input syntax for type uuid: "…", Key (email)=(…).
  [/"(?:[^"\\]|\\.)*"/g, '"[redacted]"'],
  [/=\((?:[^()]|\([^()]*\))*\)/g, '=([redacted])'],
  [/\$argon2\w*\$[^\s"']+/g, '[hash]'],
  [/\beyJ[\w-]+\.[\w-]+\.[\w-]+/g, '[token]'],
  [/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, '[email]'],
  // Decimal degrees with many places are a place; a count or a status code is not.
  [/-?\d{1,3}\.\d{4,}/g, '[number]'],
];

/** Free text with the values that could name or place a person replaced. */
export function scrubLogText(text: string): string {
  return SCRUBBERS.reduce((scrubbed, [pattern, replacement]) => scrubbed.replace(pattern, replacement), text);
}

export interface LoggedError {
  type: string;
  message: string;
  /** PostgreSQL's SQLSTATE, or a library's code. */
  code?: string;
  /** Our own frames only: where it happened, not what was in it. */
  stack?: string;
}

/**
 * An error as a log line may hold it: its class, scrubbed message, code and the first frames of
 * its stack. A TypeORM QueryFailedError carries the statement's parameters, a pg error its
 * `detail`: neither is ever copied.
 */
export function loggedError(error: unknown): LoggedError {
  // Duck-typed: an error thrown in another realm (a VM context, a worker) fails instanceof Error.
  if (!isErrorLike(error)) return { type: typeof error, message: scrubLogText(String(error)) };
  const code = (error as { code?: unknown }).code;
  const frames = error.stack?.split('\n').slice(1, 6).map((line) => line.trim());
  return {
    type: typeof error.name === 'string' && error.name !== 'Error' ? error.name : (error.constructor?.name ?? 'Error'),
    message: scrubLogText(error.message),
    ...(typeof code === 'string' ? { code } : {}),
    ...(frames?.length ? { stack: frames.join(' | ') } : {}),
  };
}

function isErrorLike(value: unknown): value is Error {
  return typeof value === 'object' && value !== null && typeof (value as { message?: unknown }).message === 'string';
}
