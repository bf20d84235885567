import type { OnApplicationShutdown } from '@nestjs/common';
import { Injectable, Logger } from '@nestjs/common';
import { setTimeout as sleep } from 'node:timers/promises';
import PgBoss from 'pg-boss';
import type { JobWorkerOptions } from './job-worker';
import { JobWorker } from './job-worker';

export interface JobDefinition {
  /** Queue name, e.g. "help-requests.expire". */
  name: string;
  /** Cron expression (minute precision) for runs on a timetable; null: only when sent. */
  cron: string | null;
  run(): Promise<unknown>;
}

/** pg-boss 10's queue for cron: its timekeeper sends each due schedule there, and a worker moves it to its own queue. */
const CRON_QUEUE = '__pgboss__send-it';
const POLL_MS = 2_000;
const MAX_BACKOFF_MS = 8_000;
/**
 * pg-boss hands its options on to its pg.Pool, whose types it does not repeat: a database that
 * does not answer fails a poll in seconds instead of holding it for ever.
 */
const POOL_OPTIONS = { connectionTimeoutMillis: 5_000, keepAlive: true };
const STOP_WITHIN_MS = 10_000;

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
  private readonly workers = new Map<string, JobWorker>();
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
    const boss = new PgBoss({ connectionString: this.databaseUrl, schema: 'pgboss', max: 3, ...POOL_OPTIONS });
    // Its pool's lost connections, and its timekeeper's and maintenance's failed rounds while the
    // database is away: each is tried again on its next round.
    boss.on('error', (error) => this.logger.warn({ msg: 'pg-boss failed a round', err: error }));
    await boss.start();
    // Its cron runs through an internal queue whose worker is a pg-boss `work()`: replaced.
    await boss.offWork(CRON_QUEUE);
    this.addWorker(boss, { queue: CRON_QUEUE, batchSize: 50, run: (jobs) => boss.insert(jobs.map((job) => job.data as PgBoss.JobInsert)) });
    for (const job of this.definitions) {
      await boss.createQueue(job.name);
      if (job.cron) await boss.schedule(job.name, job.cron);
      this.addWorker(boss, { queue: job.name, batchSize: 1, run: () => job.run() });
    }
    this.boss = boss;
  }

  /** Asks for a run soon; runs asked for within the same second are one run. */
  async nudge(name: string): Promise<void> {
    if (!this.boss) return;
    try {
      await this.boss.send(name, {}, { singletonKey: name, singletonSeconds: 1 });
      this.workers.get(name)?.notify();
    } catch (error) {
      this.logger.warn({ msg: 'a job could not be queued', queue: name, err: error });
    }
  }

  async onApplicationShutdown(): Promise<void> {
    const boss = this.boss;
    this.boss = null;
    if (!boss) return;
    // Jobs under way finish (and are marked) first; one still running past the bound is left
    // active, and pg-boss runs it again once it expires.
    const stopped = Promise.all([...this.workers.values()].map((worker) => worker.stop()));
    await Promise.race([stopped, sleep(STOP_WITHIN_MS, undefined, { ref: false })]);
    this.workers.clear();
    await boss.stop({ graceful: false, close: true }).catch((error: unknown) => this.logger.warn({ msg: 'pg-boss did not stop cleanly', err: error }));
  }

  private addWorker(boss: PgBoss, options: Pick<JobWorkerOptions, 'queue' | 'batchSize' | 'run'>): void {
    const worker = new JobWorker(boss, { ...options, pollMs: POLL_MS, maxBackoffMs: MAX_BACKOFF_MS, logger: this.logger });
    this.workers.set(options.queue, worker);
    worker.start();
  }
}
