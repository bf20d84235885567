import type { OnApplicationShutdown } from '@nestjs/common';
import { Injectable, Logger } from '@nestjs/common';
import PgBoss from 'pg-boss';

export interface JobDefinition {
  /** Queue name, e.g. "help-requests.expire". */
  name: string;
  /** Cron expression (minute precision) for runs on a timetable; null: only when sent. */
  cron: string | null;
  run(): Promise<unknown>;
}


export interface JobsOptions {
  /** Where pg-boss keeps its queue; null runs no jobs (tests that call the work directly). */
  databaseUrl: string | null;
}

/**
 * pg-boss in the application's PostgreSQL: no extra server, and with several API instances each
 * job runs once. Feature modules register their jobs while they initialise; `start` is called
 * by whoever boots the application, once its data is ready (after the demo city, say).
 */
@Injectable()
export class JobsService implements OnApplicationShutdown {
  private readonly logger = new Logger('Jobs');
  private readonly definitions: JobDefinition[] = [];
  private boss: PgBoss | null = null;

  constructor(private readonly databaseUrl: string | null) {}

  register(definition: JobDefinition): void {
    this.definitions.push(definition);
  }

  get running(): boolean {
    return this.boss !== null;
  }

  async start(): Promise<void> {
    if (!this.databaseUrl || this.boss) return;
    const boss = new PgBoss({ connectionString: this.databaseUrl, schema: 'pgboss', max: 3 });
    boss.on('error', (error) => this.logger.error(`pg-boss: ${error.message}`));
    await boss.start();
    for (const job of this.definitions) {
      await boss.createQueue(job.name);
      if (job.cron) await boss.schedule(job.name, job.cron);
      await boss.work(job.name, { pollingIntervalSeconds: 2 }, async () => {
        await job.run();
      });
    }
    this.boss = boss;
  }

  /** Asks for a run soon; runs asked for within the same second are one run. */
  async nudge(name: string): Promise<void> {
    if (!this.boss) return;
    try {
      await this.boss.send(name, {}, { singletonKey: name, singletonSeconds: 1 });
    } catch (error) {
      this.logger.warn(`could not queue ${name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    const boss = this.boss;
    this.boss = null;
    await boss?.stop({ graceful: true, wait: true, timeout: 10_000 });
  }
}
