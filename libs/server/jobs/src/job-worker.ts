import type { LoggerService } from '@nestjs/common';
import type PgBoss from 'pg-boss';

export interface JobWorkerOptions {
  /** Queue to take jobs from. */
  queue: string;
  /** Jobs taken at once; `run` gets them together. */
  batchSize: number;
  /** Does the work of the jobs taken; a rejection fails them (pg-boss retries them). */
  run(jobs: PgBoss.Job<unknown>[]): Promise<unknown>;
  pollMs: number;
  /** Longest wait after failures in a row (the database away): the first poll after it returns finds the queue. */
  maxBackoffMs: number;
  /** Told of failures as `{ msg, queue, err }`: the logger describes the error without a statement's parameters. */
  logger: LoggerService;
}

/**
 * One queue's polling loop: take jobs, run them, mark them completed or failed, every step
 * awaited and every failure caught. pg-boss 10's own `work()` does not await the marking: a job
 * ending while the database is away leaves a rejected promise nobody holds, and Node ends the
 * process for it (pg-boss 11 awaits it, but needs Node 22). A job whose marking failed stays
 * active until pg-boss expires it and runs it again, so every handler must be safe to repeat
 * (they all are: they work from the database's state, not from the job's data).
 *
 * After a failure the loop waits longer each time, up to `maxBackoffMs`, and logs the first
 * failure of a streak and its end, not every poll of an outage.
 */
export class JobWorker {
  private stopping = false;
  private wake: (() => void) | null = null;
  private failures = 0;
  private loop: Promise<void> | null = null;

  constructor(
    private readonly boss: PgBoss,
    private readonly options: JobWorkerOptions,
  ) {}

  start(): void {
    this.loop ??= this.poll();
  }

  /** Polls now rather than at the end of the current wait (a job was just sent). */
  notify(): void {
    this.wake?.();
  }

  /** Ends the loop once the jobs in hand are done and marked. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.notify();
    await this.loop;
  }

  private async poll(): Promise<void> {
    while (!this.stopping) {
      let found = false;
      try {
        const jobs = await this.boss.fetch(this.options.queue, { batchSize: this.options.batchSize });
        found = jobs.length > 0;
        if (found) await this.runAndMark(jobs);
        this.succeeded();
      } catch (error) {
        this.failed(error);
      }
      // A queue that had work may have more: look again at once, unless failing.
      if (!found || this.failures) await this.pause();
    }
  }

  private async runAndMark(jobs: PgBoss.Job<unknown>[]): Promise<void> {
    const { queue } = this.options;
    const ids = jobs.map((job) => job.id);
    let outcome: { error: unknown } | null = null;
    try {
      await this.options.run(jobs);
    } catch (error) {
      outcome = { error };
    }
    if (!outcome) return this.boss.complete(queue, ids);
    this.options.logger.warn({ msg: 'a job failed; pg-boss runs it again', queue, err: outcome.error });
    await this.boss.fail(queue, ids);
  }

  private succeeded(): void {
    if (this.failures) this.options.logger.log({ msg: 'a queue is polled again', queue: this.options.queue, failedPolls: this.failures });
    this.failures = 0;
  }

  private failed(error: unknown): void {
    if (!this.failures) this.options.logger.warn({ msg: 'a queue could not be polled; trying again', queue: this.options.queue, err: error });
    this.failures++;
  }

  private pause(): Promise<void> {
    const { pollMs, maxBackoffMs } = this.options;
    const ms = this.failures ? Math.min(maxBackoffMs, pollMs * 2 ** (this.failures - 1)) : pollMs;
    return new Promise<void>((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wake = () => {
        this.wake = null;
        done();
      };
    });
  }
}
