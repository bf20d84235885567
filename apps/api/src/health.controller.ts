import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import type { Response } from 'express';
import { DataSource } from 'typeorm';

@Controller()
export class HealthController {
  constructor(private readonly db: DataSource) {}

  /** For load balancers and compose: 200 when the database answers, 503 otherwise. */
  @Get('healthz')
  async health(@Res() res: Response): Promise<void> {
    const started = process.hrtime.bigint();
    try {
      await this.db.query('SELECT 1');
      const latencyMs = Number(process.hrtime.bigint() - started) / 1e6;
      res.status(HttpStatus.OK).json({ status: 'ok', database: { status: 'up', latencyMs } });
    } catch (error) {
      res.status(HttpStatus.SERVICE_UNAVAILABLE).json({
        status: 'error',
        database: { status: 'down', error: (error as Error).message },
      });
    }
  }
}
