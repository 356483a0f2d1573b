/**
 * What this laptop remembers about the server it syncs with: the identity of each server
 * database it last synced with (to notice a recreated or restored database) and when it was
 * last in step. Kept in an RxDB local document, which stays on this device and never replicates.
 */
import type { QuorumDatabase } from '../db/create-database';
import type { JoinMemory } from './join-tracker';

export interface SyncMemoryData {
  /** The server address and prefix these identities belong to. */
  serverKey: string;
  identities: Record<string, string>;
  lastSyncedAt: string | null;
  /** The join's progress; absent on a laptop that synced before joins were staged (it had joined). */
  join?: JoinMemory;
}

const MEMORY_ID = 'sync-memory';

export class SyncMemory {
  constructor(private readonly db: QuorumDatabase) {}

  async load(serverKey: string): Promise<SyncMemoryData> {
    const doc = await this.db.getLocal<SyncMemoryData>(MEMORY_ID);
    const data = doc?.toJSON().data;
    if (!data || data.serverKey !== serverKey) return { serverKey, identities: {}, lastSyncedAt: null };
    return {
      serverKey,
      identities: { ...data.identities },
      lastSyncedAt: data.lastSyncedAt ?? null,
      ...(data.join ? { join: { startedEmpty: data.join.startedEmpty, caughtUp: [...data.join.caughtUp] } } : {}),
    };
  }

  /**
   * Stores a copy: the database may freeze what it is given (RxDB's dev-mode deep-freezes
   * documents), and the engine keeps updating its own identities after saving them.
   */
  async save(data: SyncMemoryData): Promise<void> {
    await this.db.upsertLocal<SyncMemoryData>(MEMORY_ID, {
      ...data,
      identities: { ...data.identities },
      ...(data.join ? { join: { ...data.join, caughtUp: [...data.join.caughtUp] } } : {}),
    });
  }

  async forget(): Promise<void> {
    const doc = await this.db.getLocal<SyncMemoryData>(MEMORY_ID);
    if (doc) await doc.remove();
  }
}

/**
 * Saves the sync memory as it is when each save runs (`snapshot`), one save after another: two at
 * once race in the local document and one is lost (a join's progress went missing that way). A
 * failed save is reported through `failed`, never swallowed.
 */
export class SyncMemoryWriter {
  private saves: Promise<void> = Promise.resolve();

  constructor(
    private readonly memory: Pick<SyncMemory, 'save'>,
    private readonly snapshot: () => SyncMemoryData,
    private readonly failed: (error: unknown) => void,
  ) {}

  save(): Promise<void> {
    this.saves = this.saves.then(() => this.write());
    return this.saves;
  }

  /** Resolves once every save asked for so far has run. */
  get settled(): Promise<void> {
    return this.saves;
  }

  private async write(): Promise<void> {
    try {
      await this.memory.save(this.snapshot());
    } catch (error) {
      this.failed(error);
    }
  }
}
