import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { isConnectionLoss } from '@relais/server-shared';
import type { Response } from 'express';
import { DataSource } from 'typeorm';

/**
 * Past this, the database counts as down: a load balancer's probe gets its 503 while it still
 * waits, whether the server is gone, unreachable, or every pooled connection is held.
 */
const ANSWER_WITHIN_MS = 2_000;

@Controller()
export class HealthController {
  constructor(private readonly db: DataSource) {}

  /** For load balancers and compose: 200 when the database answers, 503 otherwise. */
  @Get('healthz')
  async health(@Res() res: Response): Promise<void> {
    const started = process.hrtime.bigint();
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), ANSWER_WITHIN_MS)));
    try {
      // The race holds the query's outcome, so a query failing after the deadline is no unhandled rejection.
      const outcome = await Promise.race([this.db.query('SELECT 1'), late]);
      if (outcome === 'late') return this.down(res, 'no answer in time');
      const latencyMs = Number(process.hrtime.bigint() - started) / 1e6;
      res.status(HttpStatus.OK).json({ status: 'ok', database: { status: 'up', latencyMs } });
    } catch (error) {
      // The reason, coarse: the driver's message would name hosts and ports.
      this.down(res, isConnectionLoss(error) ? 'unreachable' : 'query failed');
    } finally {
      clearTimeout(timer);
    }
  }

  private down(res: Response, error: string): void {
    res.status(HttpStatus.SERVICE_UNAVAILABLE).json({ status: 'error', database: { status: 'down', error } });
  }
}
