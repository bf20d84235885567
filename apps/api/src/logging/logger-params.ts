import { LOG_REDACT_PATHS, loggedError } from '@relais/server-shared';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import type { Params } from 'nestjs-pino';
import type { DestinationStream, Level } from 'pino';

/** An id a proxy in front gave the request is kept when it is plainly an id, so logs join up. */
const FORWARDED_ID = /^[\w-]{8,64}$/;

export interface LoggingOptions {
  level: Level | 'silent';
  /** Where lines go; standard output when unset (tests capture them). */
  stream?: DestinationStream;
}

/**
 * One JSON line per refused or failed request and per error, each with the request's id (also
 * sent back as X-Request-Id). A request is logged as its method, path and status: no query string (links may
 * carry codes), no headers (tokens), no address (personal data under GDPR). Whatever else a line
 * holds goes through the redaction paths of LOG_REDACT_PATHS.
 */
export function loggerParams({ level, stream }: LoggingOptions): Params {
  const options = {
    level,
    redact: { paths: LOG_REDACT_PATHS, censor: '[redacted]' },
    genReqId: (req: IncomingMessage, res: ServerResponse) => {
      const forwarded = req.headers['x-request-id'];
      const id = typeof forwarded === 'string' && FORWARDED_ID.test(forwarded) ? forwarded : randomUUID();
      res.setHeader('X-Request-Id', id);
      return id;
    },
    serializers: {
      // Any error logged anywhere, by us or a library, as loggedError describes it.
      err: loggedError,
      req: (req: { id: unknown; method: string; url: string }) => ({ id: req.id, method: req.method, path: req.url.split('?')[0] }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
    // A request that went well is a debug line (LOG_LEVEL=debug): at the default level it costs
    // nothing, and the proxy in front keeps the access log if one is wanted.
    customLogLevel: (_req: IncomingMessage, res: ServerResponse, error?: Error) =>
      error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'debug',
    // A health probe every few seconds would drown the rest.
    autoLogging: { ignore: (req: IncomingMessage) => req.url === '/healthz' },
  } as const;
  return { pinoHttp: stream ? [options, stream] : options };
}
