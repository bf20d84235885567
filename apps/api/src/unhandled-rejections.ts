import { Logger } from '@nestjs/common';
import { isConnectionLoss } from '@relais/server-shared';

/**
 * A rejection nobody awaited. Every background loop catches its own failures, so one of these is
 * a defect; what it costs decides what to do:
 *
 * - the database (or Redis, or the mail server) was away: the call that failed left nothing
 *   half-done in memory (the database rolled back its transaction; jobs are retried by pg-boss),
 *   and the pools reconnect by themselves. Exiting would turn a restart of the database into an
 *   outage of the API, and under a supervisor into a crash loop for as long as the database is
 *   away (a boot needs it): logged, and the process stays up;
 * - anything else: a state nobody planned for. As Node does by default, the process ends (the
 *   supervisor starts a clean one), but first says why in one line, through the logger's error
 *   serializer: Node's own report prints the error whole, a failed statement's parameters included.
 */
export function handleUnhandledRejections(logger = new Logger('Process')): void {
  process.on('unhandledRejection', (reason: unknown) => {
    if (isConnectionLoss(reason)) {
      logger.error({ msg: 'unhandled rejection while a server was unreachable; the process stays up', err: reason });
      return;
    }
    logger.error({ msg: 'unhandled rejection; the process exits', err: reason });
    process.exit(1);
  });
}
