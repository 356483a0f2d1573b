/**
 * Every wait of the sync engine, in one place: tests shorten them (tests/integration/support/
 * laptop.ts), and nothing in the engine's parts waits for a number of its own.
 */
export interface SyncTiming {
  /** Every this often a connected engine re-checks the databases' identities and pulls everything. */
  sweepMs: number;
  feedServerTimeoutMs: number;
  feedClientTimeoutMs: number;
  /** The first retry after a failure waits about this long; each further one twice as long… */
  backoffBaseMs: number;
  /** …up to this. */
  backoffMaxMs: number;
  /** No retry sooner than this, however small the base. */
  backoffMinMs: number;
  /** Each retry waits its backoff ± this fraction, at random, so laptops do not retry in step. */
  backoffJitter: number;
  /** Time between retries of a refused push (doubles while refusals go on)… */
  refusedRetryMs: number;
  /** …up to this. */
  refusedRetryMaxMs: number;
  requestTimeoutMs: number;
  /** A change signal pulls its collections at once and once more this much later. */
  hintRepeatMs: number;
  pendingDebounceMs: number;
  /** One collection's count of waiting changes is given up after this long (and tried again at the next count). */
  pendingCountLimitMs: number;
  pullBatchSize: number;
  /** The pull batch of a collection arriving in the background of a join (each one written before the next is fetched). */
  backgroundPullBatchSize: number;
  pushBatchSize: number;
  /** A window that is not the leader says "another window syncs" after this long. */
  otherWindowNoticeMs: number;
  /** Stopping waits at most this long for an attachment round in flight. */
  stopGraceMs: number;
  /** The time of the last complete sync is written to the sync memory at most this often. */
  lastSyncedSaveMs: number;
  /** While a join's records arrive, its progress is published at most this often. */
  joinPublishMs: number;
  /** …and at least this often, so a pace that stalled shows no estimate. */
  joinHeartbeatMs: number;
}

export const DEFAULT_TIMING: SyncTiming = {
  sweepMs: 30_000,
  feedServerTimeoutMs: 25_000,
  feedClientTimeoutMs: 35_000,
  backoffBaseMs: 2_000,
  backoffMaxMs: 60_000,
  backoffMinMs: 1_000,
  backoffJitter: 0.2,
  refusedRetryMs: 15_000,
  refusedRetryMaxMs: 300_000,
  requestTimeoutMs: 30_000,
  hintRepeatMs: 2_000,
  pendingDebounceMs: 250,
  pendingCountLimitMs: 15_000,
  // Large pull batches: fewer round trips and fewer IndexedDB transactions on a first sync.
  pullBatchSize: 1_000,
  // Written while a person works: one batch is one main-thread task of IndexedDB writes.
  backgroundPullBatchSize: 250,
  pushBatchSize: 200,
  otherWindowNoticeMs: 3_000,
  stopGraceMs: 5_000,
  lastSyncedSaveMs: 60_000,
  joinPublishMs: 500,
  joinHeartbeatMs: 5_000,
};

/** The wait before retry number `failures` (1 for the first): exponential, capped, jittered. */
export function backoffDelay(
  failures: number,
  timing: Pick<SyncTiming, 'backoffBaseMs' | 'backoffMaxMs' | 'backoffMinMs' | 'backoffJitter'>,
  random: () => number,
): number {
  const ceiling = Math.min(timing.backoffMaxMs, timing.backoffBaseMs * 2 ** (failures - 1));
  const factor = 1 - timing.backoffJitter + 2 * timing.backoffJitter * random();
  return Math.max(timing.backoffMinMs, Math.round(ceiling * factor));
}

/** The next wait between retries of a refused push. */
export function nextRefusedRetry(current: number | undefined, timing: Pick<SyncTiming, 'refusedRetryMs' | 'refusedRetryMaxMs'>): number {
  return Math.min(timing.refusedRetryMaxMs, (current ?? timing.refusedRetryMs) * 2);
}
