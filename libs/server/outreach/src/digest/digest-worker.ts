import type { DynamicModule } from '@nestjs/common';
import { Global, Module } from '@nestjs/common';
import { Worker } from 'node:worker_threads';

/** The built worker's file (dist/api/digest-worker.js), or null to run the digest on the API's own thread. */
export const DIGEST_WORKER_FILE = Symbol('DIGEST_WORKER_FILE');

/**
 * The run's own heap, capped: uncapped, V8 on a host with memory to spare lets the heap swell with
 * digests already written (about 450 MB for a city of 120,000 on the API's thread); under the cap
 * it collects as it goes (npm run bench -- digest).
 */
export const DIGEST_WORKER_LIMITS = { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 16 };

/** What a worker is given: everything the run needs that is not in the database. */
export interface DigestWorkerData {
  databaseUrl: string;
  /** The unsubscribe links' key, exported raw (a KeyObject does not cross threads). */
  unsubscribeKey: Uint8Array;
  publicUrl: string;
  /** The run's time, ISO 8601: it names the week. */
  now: string;
  batchSize?: number;
}

/** Runs the digest in a worker thread of `file`; resolves with how many were queued, rejects with the worker's failure. */
export function runDigestWorker(file: string, data: DigestWorkerData): Promise<number> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(file, { workerData: data, resourceLimits: DIGEST_WORKER_LIMITS });
    let queued: number | null = null;
    worker.on('message', (message: { queued: number }) => (queued = message.queued));
    worker.on('error', reject);
    worker.on('exit', (code) => (queued !== null && code === 0 ? resolve(queued) : reject(new Error(`the digest worker ended with code ${code}`))));
  });
}

/** Provides where the worker is; the application imports it once (without it, or with null, the run stays on the API's thread). */
@Global()
@Module({})
export class DigestWorkerModule {
  static forRoot(file: string | null): DynamicModule {
    return { module: DigestWorkerModule, providers: [{ provide: DIGEST_WORKER_FILE, useValue: file }], exports: [DIGEST_WORKER_FILE] };
  }
}
