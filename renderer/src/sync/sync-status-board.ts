/**
 * What the person is told about sync: the problems known now (each under a typed key, so the
 * connection's problem, one database's and one collection's refused push never overwrite each
 * other), which sources are busy, and the status built from them. Only a changed status is
 * published: a first sync of thousands of records must not re-render per record.
 */
import { BehaviorSubject, type Observable } from 'rxjs';
import type { CouchProblem } from '@shared/couch/problems';
import type { CollectionName } from '@shared/schemas/vocabulary';
import { INITIAL_SYNC_STATUS, syncPhase, type ConnectionState, type SyncStatus } from '@shared/sync/status';

/** Where a problem belongs. */
export type ProblemKey =
  | { readonly scope: 'connection' }
  | { readonly scope: 'database'; readonly database: string }
  | { readonly scope: 'push'; readonly collection: CollectionName | 'attachments' };

export const CONNECTION: ProblemKey = { scope: 'connection' };
export const databaseProblem = (database: string): ProblemKey => ({ scope: 'database', database });
export const pushProblem = (collection: CollectionName | 'attachments'): ProblemKey => ({ scope: 'push', collection });

function keyOf(key: ProblemKey): string {
  switch (key.scope) {
    case 'connection':
      return 'connection';
    case 'database':
      return `database|${key.database}`;
    case 'push':
      return `push|${key.collection}`;
  }
}

/** What the status is built from, besides the problems and the busy sources. */
export interface StatusInput {
  state: ConnectionState;
  pending: { count: number; capped: boolean };
  /** A count of waiting changes is due: a change is in the making. */
  counting: boolean;
  nextAttemptAt: Date | null;
}

export class SyncStatusBoard {
  private readonly subject = new BehaviorSubject<SyncStatus>({ ...INITIAL_SYNC_STATUS, phase: 'starting' });
  private readonly problems = new Map<string, CouchProblem>();
  private readonly busy = new Map<string, boolean>();
  private lastSynced: string | null = null;
  /** When `remember` was last told (ms), so it is told at most once per `rememberEveryMs`. */
  private rememberedAt = 0;

  /**
   * `remember` is told each new time of a complete sync, at most once per `rememberEveryMs`; the
   * time remembered from before is set through `lastSyncedAt` once the sync memory is read.
   */
  constructor(
    private readonly now: () => Date,
    private readonly remember: (lastSyncedAt: string) => void,
    private readonly rememberEveryMs: number,
  ) {}

  get status$(): Observable<SyncStatus> {
    return this.subject.asObservable();
  }

  get status(): SyncStatus {
    return this.subject.getValue();
  }

  get lastSyncedAt(): string | null {
    return this.lastSynced;
  }

  set lastSyncedAt(value: string | null) {
    this.lastSynced = value;
  }

  problem(key: ProblemKey): CouchProblem | undefined {
    return this.problems.get(keyOf(key));
  }

  hasProblem(key: ProblemKey): boolean {
    return this.problems.has(keyOf(key));
  }

  setProblem(key: ProblemKey, problem: CouchProblem): void {
    this.problems.set(keyOf(key), problem);
  }

  /** Whether there was such a problem. */
  clearProblem(key: ProblemKey): boolean {
    return this.problems.delete(keyOf(key));
  }

  /** Whether `source` (a collection, or `attachments`) changed from busy to idle or back. */
  setBusy(source: string, busy: boolean): boolean {
    if (this.busy.get(source) === busy) return false;
    this.busy.set(source, busy);
    return true;
  }

  /** The sources busy now (what keeps the status at "Syncing…"), for diagnosing a sync that does not settle. */
  busySources(): string[] {
    return [...this.busy].filter(([, busy]) => busy).map(([source]) => source);
  }

  forgetBusy(source: string): void {
    this.busy.delete(source);
  }

  publish(input: StatusInput): void {
    const { count: pending, capped } = input.pending;
    const busy = [...this.busy.values()].some(Boolean) || input.counting;
    const problem = this.problems.get('connection') ?? [...this.problems.values()][0] ?? null;
    const phase = syncPhase(input.state, { busy, problem: problem !== null, pending });
    if (phase === 'up-to-date') {
      this.lastSynced = this.now().toISOString();
      // Measured from the last time remembered, not the last publish: while connected a sweep
      // publishes every 30 s, and the time would then never be remembered again.
      if (this.now().getTime() - this.rememberedAt > this.rememberEveryMs) {
        this.rememberedAt = this.now().getTime();
        this.remember(this.lastSynced);
      }
    }
    const next: SyncStatus = {
      phase,
      pending,
      pendingCapped: capped,
      lastSyncedAt: this.lastSynced,
      problem: phase === 'error' ? problem : null,
      nextAttemptAt: phase === 'error' && input.nextAttemptAt ? input.nextAttemptAt.toISOString() : null,
    };
    if (JSON.stringify(next) !== JSON.stringify(this.subject.getValue())) this.subject.next(next);
  }
}
