import { Logger } from '@nestjs/common';
import { AuditService } from '@relais/server-audit';
import { UnsubscribeLinks } from '@relais/server-auth';
import { createDataSource } from '@relais/server-database';
import { JobsService } from '@relais/server-jobs';
import { OutboxService } from '@relais/server-messaging';
import { SettingsService } from '@relais/server-settings';
import { createSecretKey } from 'node:crypto';
import { parentPort, workerData } from 'node:worker_threads';
import { DigestSettingsService } from './digest-settings.service';
import type { DigestWorkerData } from './digest-worker';
import { DigestService } from './digest.service';

/** Mail goes out from the API's own outbox job, nudged when the worker is done: the worker only queues. */
const QUEUE_ONLY = { deliver: async () => undefined };

/**
 * The worker thread's body: the same DigestService.run as on the API's thread, over a small pool of
 * its own. It posts how many it queued; a failure ends the thread with its error (batches already
 * committed stay sent, and the next run takes up the rest).
 */
export async function digestWorkerMain(): Promise<void> {
  // The API logs the run's outcome; Nest's console logger here would write lines outside its JSON log.
  Logger.overrideLogger(false);
  const data = workerData as DigestWorkerData;
  const db = createDataSource(data.databaseUrl, [], 2);
  await db.initialize();
  try {
    const digest = new DigestService(
      db,
      new OutboxService(db, QUEUE_ONLY, new JobsService(null)),
      new UnsubscribeLinks(createSecretKey(Buffer.from(data.unsubscribeKey)), data.publicUrl),
      new DigestSettingsService(new SettingsService(db, new AuditService(db))),
      data.publicUrl,
      null,
    );
    const queued = await digest.run(new Date(data.now), data.batchSize ? { batchSize: data.batchSize } : {});
    parentPort?.postMessage({ queued });
  } finally {
    await db.destroy();
  }
}
