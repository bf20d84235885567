import type { ArgumentsHost } from '@nestjs/common';
import { Catch, HttpException, Logger } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { GqlContextType } from '@nestjs/graphql';
import { loggedError } from '@relais/server-shared';
import type { Request, Response } from 'express';

const logger = new Logger('HTTP');

/**
 * Where every error thrown in a request ends, so that each is logged once and holds nothing
 * personal. In a GraphQL operation it goes back to Apollo as it is: errors we raise on purpose
 * reach the caller, the others are hidden by formatError and logged by graphqlErrorLogPlugin
 * (NestJS would otherwise log each with every property, a failed statement's row included). Over
 * plain HTTP, a request refused before its route (a body over the limit, JSON that does not
 * parse) gets its 4xx and one line; anything else a 500 and one line.
 */
@Catch()
export class RequestErrorFilter extends BaseExceptionFilter {
  override catch(error: unknown, host: ArgumentsHost): unknown {
    if (host.getType<GqlContextType>() === 'graphql') return error;
    if (error instanceof HttpException) return super.catch(error, host);
    const http = host.switchToHttp();
    const [req, res] = [http.getRequest<Request & { id?: unknown }>(), http.getResponse<Response>()];
    const status = (error as { status?: unknown }).status;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      logger.warn({ msg: 'request refused', reqId: req.id, status, reason: loggedError(error).message });
      res.status(status).json({ statusCode: status, message: status === 413 ? 'request body too large' : 'bad request' });
      return undefined;
    }
    logger.error({ msg: 'unexpected error in an HTTP request', reqId: req.id, err: error });
    res.status(500).json({ statusCode: 500, message: 'Internal server error' });
    return undefined;
  }
}
