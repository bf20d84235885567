// The weekly digest's worker thread (dist/api/digest-worker.js), started by DigestService.queueNow.
import { digestWorkerMain } from '@relais/server-outreach';

void digestWorkerMain();
