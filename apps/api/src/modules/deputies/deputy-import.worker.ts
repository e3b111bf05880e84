import { parentPort, workerData } from 'node:worker_threads';
import { checkFile, type TermLookups } from './deputy-import.check';

/**
 * Reads and checks a roster off the API's main thread, in a heap of its own with a fixed limit:
 * the spreadsheet reader makes a great deal of short-lived garbage, which here never grows the
 * API's heap, and requests keep being answered while a large file is read. Batches go to the main
 * thread (which asks the database); at most two wait there at a time.
 */
const { data, format, lookups, batchSize } = workerData as { data: Uint8Array; format: 'xlsx' | 'csv'; lookups: TermLookups | null; batchSize: number };
let credits = 2;
let wake: (() => void) | null = null;
parentPort!.on('message', (message) => {
  if (message !== 'next') return;
  credits++;
  wake?.();
  wake = null;
});
const buffer = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
const { total } = await checkFile(buffer, format, lookups, batchSize, async (batch) => {
  while (credits === 0) await new Promise<void>((resolve) => (wake = resolve));
  credits--;
  parentPort!.postMessage({ type: 'batch', batch });
});
parentPort!.postMessage({ type: 'done', total });
// The message listener would keep the thread alive.
parentPort!.close();
