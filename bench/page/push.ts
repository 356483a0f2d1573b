/**
 * A day offline: a laptop in step with the server goes offline, an officer records calls and
 * notes on `changes` queries (each a query update, a timeline event and an audit entry, through
 * the app's repositories), and the network comes back. Timed from the network's return until
 * sync says "up to date" with nothing waiting: what the person sees.
 */
import { filter, firstValueFrom } from 'rxjs';
import type { PushRequest, TimedResult } from './api';
import { openLaptop, withTimeout } from './laptop';

export async function pushAfterOffline(request: PushRequest): Promise<TimedResult> {
  const laptop = await openLaptop('Bench Officer');
  try {
    const pulled = firstValueFrom(laptop.db.queries.count().$.pipe(filter((n) => n >= request.expected)));
    await laptop.connect(request.server, request.prefix);
    await withTimeout('the first sync', request.timeoutMs, pulled);
    await laptop.until('the first sync', (s) => s.phase === 'up-to-date' && s.pending === 0, request.timeoutMs);

    laptop.network.set(false);
    await laptop.until('offline', (s) => s.phase === 'offline', request.timeoutMs);
    const queries = await laptop.db.queries.find({ sort: [{ receivedAt: 'asc' }], limit: request.changes }).exec();
    for (const [index, query] of queries.entries()) {
      await laptop.repos.queries.addEntry(
        query.id,
        index % 3 === 0 ? 'call' : index % 3 === 1 ? 'note' : 'email',
        `Day offline, entry ${index + 1}: spoke to the stakeholder about progress.`,
      );
    }
    const waiting = await laptop.until('the changes to be counted', (s) => s.phase === 'offline' && s.pending >= request.changes, request.timeoutMs);

    const started = performance.now();
    laptop.network.set(true);
    await laptop.until('every change to reach the server', (s) => s.phase === 'up-to-date' && s.pending === 0, request.timeoutMs);
    const ms = performance.now() - started;
    return { ms, detail: { changes: queries.length, recordsWaiting: waiting.pending } };
  } finally {
    await laptop.remove();
  }
}
