/**
 * The sync log of this session: what was sent and received, merges, refusals and errors, with
 * their times, newest first. Kept in memory (the most recent entries only): it explains what
 * sync is doing now; the audit trail is the permanent record of changes.
 */
import { BehaviorSubject, type Observable } from 'rxjs';

export type SyncLogKind = 'sent' | 'received' | 'conflict' | 'error' | 'info';

export interface SyncLogEntry {
  id: number;
  /** ISO instant. */
  at: string;
  kind: SyncLogKind;
  message: string;
}

export const SYNC_LOG_LIMIT = 300;

export class SyncLog {
  private readonly subject = new BehaviorSubject<SyncLogEntry[]>([]);
  private counter = 0;

  constructor(private readonly now: () => Date = () => new Date()) {}

  get entries$(): Observable<SyncLogEntry[]> {
    return this.subject.asObservable();
  }

  get entries(): SyncLogEntry[] {
    return this.subject.getValue();
  }

  add(kind: SyncLogKind, message: string): void {
    const entry: SyncLogEntry = { id: ++this.counter, at: this.now().toISOString(), kind, message };
    this.subject.next([entry, ...this.subject.getValue()].slice(0, SYNC_LOG_LIMIT));
  }
}

/** Counts records sent and received per collection and logs them once a second, not one by one. */
export class TransferTally {
  private readonly sent = new Map<string, number>();
  private readonly received = new Map<string, number>();
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly log: SyncLog,
    private readonly label: (collection: string) => string,
  ) {}

  count(direction: 'sent' | 'received', collection: string): void {
    const counts = direction === 'sent' ? this.sent : this.received;
    counts.set(collection, (counts.get(collection) ?? 0) + 1);
    this.timer ??= setTimeout(() => this.flush(), 1_000);
  }

  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    for (const [counts, verb, kind] of [
      [this.sent, 'Sent', 'sent'],
      [this.received, 'Received', 'received'],
    ] as const) {
      for (const [collection, count] of counts) this.log.add(kind, `${verb} ${count} × ${this.label(collection)}.`);
      counts.clear();
    }
  }
}
