/**
 * Paces a collection's pull while it arrives in the background of a join (issue 18): the next
 * batch is fetched from the server only once the last one is written on this laptop.
 *
 * Why: RxDB's downstream replication (rxdb/replication-protocol/downstream.js,
 * `nonPersistedFromMaster`) merges every batch pulled while a write is still running into one
 * `bulkWrite`. A pull faster than the writes therefore writes thousands of records in one go,
 * and IndexedDB's `put` calls run on the page's main thread: measured, one task of 1.5–6 s while
 * a secretary typed. Paced, a write holds one batch, so its task is bounded by the batch size.
 *
 * The pacer watches the collection's storage for the write of the last record it handed over,
 * and also reads that record (a record already here in the same state is not written again, so
 * no write would come). It never waits longer than `maxWaitMs`: pacing may slow a pull, never
 * stop it.
 */
import type { Observable, Subscription } from 'rxjs';
import { sameRecordState, type JsonObject } from '@shared/sync/record-state';

export interface PullPacerOptions {
  /** Ids of the records each storage write on this laptop touched. */
  writes: Observable<readonly string[]>;
  /** The record as stored here, or undefined. */
  read(id: string): Promise<JsonObject | undefined>;
  /** The longest wait for a batch to be written. */
  maxWaitMs: number;
}

export class PullPacer {
  private last: { id: string; state: JsonObject } | null = null;
  private written = false;
  private wake: (() => void) | null = null;
  private readonly subscription: Subscription;

  constructor(private readonly options: PullPacerOptions) {
    this.subscription = options.writes.subscribe((ids) => {
      if (!this.last || !ids.includes(this.last.id)) return;
      this.written = true;
      this.wake?.();
    });
  }

  /** The batch just handed to RxDB to write: its last record is the one waited for. */
  handedOver(documents: readonly JsonObject[]): void {
    const state = documents[documents.length - 1];
    this.last = state ? { id: String(state.id), state } : null;
    this.written = false;
  }

  /** Resolves once the batch handed over last is written here (or after `maxWaitMs`). */
  async settled(): Promise<void> {
    const last = this.last;
    if (!last || this.written) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const wokenOrTimedOut = new Promise<void>((resolve) => {
      this.wake = resolve;
      timer = setTimeout(resolve, this.options.maxWaitMs);
    });
    try {
      const stored = await this.options.read(last.id).catch(() => undefined);
      if (this.written || (stored && sameRecordState(stored, last.state))) return;
      await wokenOrTimedOut;
    } finally {
      clearTimeout(timer);
      this.wake = null;
      this.last = null;
    }
  }

  dispose(): void {
    this.subscription.unsubscribe();
    this.wake?.();
  }
}
