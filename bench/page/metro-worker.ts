/**
 * Generates the metro data set off the page's main thread while the page writes it: batches
 * (bench/data/metro-batches.ts) are posted as they are made, at most `ahead` batches ahead of
 * what the page has taken, so memory stays bounded. Messages: see metro-seed.ts.
 */
import { MetroDataSet } from '../data/metro';
import { metroBatches, type SeedBatch } from '../data/metro-batches';
import type { SeedWorkerReply, SeedWorkerRequest } from './metro-seed';

const post = (reply: SeedWorkerReply) => (self as unknown as Worker).postMessage(reply);

let batches: Generator<SeedBatch> | null = null;
let credit = 0;
let generatingMs = 0;

function pump(): void {
  try {
    while (batches && credit > 0) {
      const started = performance.now();
      const next = batches.next();
      generatingMs += performance.now() - started;
      if (next.done) {
        batches = null;
        post({ type: 'done', generatingMs });
        return;
      }
      credit -= 1;
      post({ type: 'batch', batch: next.value });
    }
  } catch (error) {
    batches = null;
    post({ type: 'failed', message: error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error) });
  }
}

self.onmessage = (event: MessageEvent<SeedWorkerRequest>) => {
  const message = event.data;
  if (message.type === 'start') {
    const { seed, sizes, now, chunk, ahead } = message;
    const data = new MetroDataSet({ seed, sizes, now: new Date(now) });
    batches = metroBatches(data, chunk);
    credit = ahead;
  } else {
    credit += 1;
  }
  pump();
};
