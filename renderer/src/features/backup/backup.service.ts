/**
 * Backup and restore of the whole local database: every record of the ten collections (the
 * audit trail included) and every attachment, to and from one file (shared/backup/format.ts).
 *
 * What "all or nothing" means here. RxDB has no transaction across collections, so a restore
 * works in three steps:
 *   1. the file is read and every record checked against its schema before anything is
 *      written; a file with one bad record changes nothing;
 *   2. the records and attachments about to be replaced are copied in memory;
 *   3. the writes run; if any fails, everything already written is put back from that copy,
 *      and the person is told the restore did not happen.
 * What this cannot promise: if the app or the computer stops in the middle of step 3, or the
 * undo itself fails (for example because the disk is full), the database is left partly
 * restored. The error then says so, and restoring the same file again completes it.
 *
 * Newer local changes are never overwritten silently. A record changed on this device after the
 * backup (its `updatedAt` is later than the backup's copy) or on this device but not in the
 * backup is listed in the plan, and the person chooses to keep them or to replace them with the
 * backup. Records deleted here since the backup are put back either way: bringing lost records
 * back is what a restore is for. The audit trail is only ever added to: entries missing here are
 * restored, none is changed or removed, and the restore itself is recorded in it.
 */
import type { RxCollection } from 'rxdb';
import { map, type Observable } from 'rxjs';
import { backupFileName, readBackup, writeBackup, type AttachmentFile, type BackupContents, type BackupHeader } from '@shared/backup/format';
import { describeRecord, type BackupRecords } from '@shared/backup/records';
import { DEFAULT_TIME_ZONE, formatDateTime } from '@shared/domain/time';
import { COLLECTION_NAMES, type CollectionName } from '@shared/schemas/vocabulary';
import { canonicalJson } from '@shared/sync/record-state';
import type { AuditFact, AuditLog } from '../../db/audit-log';
import type { QuorumDatabase } from '../../db/create-database';
import type { WriteContext } from '../../db/write-context';
import { NO_ATTACHMENTS, type AttachmentSource } from './attachment-source';
import { errorMessage } from '@shared/error-message';

type StoredRecord = Record<string, unknown> & { id: string };

/** A record on this device that a restore would overwrite or remove. */
export interface LocalChange {
  collection: CollectionName;
  id: string;
  description: string;
  /** `changed`: edited here after the backup; `added`: on this device but not in the backup. */
  kind: 'changed' | 'added';
}

export type RestoreChoice = 'keep-newer' | 'replace';

export interface RestorePlan {
  readonly fileName: string;
  readonly header: BackupHeader;
  /** Records put back whatever the choice: missing here, or older here than in the backup. */
  readonly restoreCount: number;
  readonly unchangedCount: number;
  readonly newerLocal: readonly LocalChange[];
  readonly attachmentCount: number;
  readonly contents: BackupContents;
}

export interface RestoreOutcome {
  restored: number;
  removed: number;
  keptNewer: number;
  attachments: number;
}

export interface MadeBackup {
  fileName: string;
  bytes: Uint8Array;
  recordCount: number;
  attachmentCount: number;
}

export interface LastBackup {
  at: string;
  fileName: string;
  recordCount: number;
}

/** The restore did not happen; `undone` says whether everything written was put back. */
export class RestoreFailedError extends Error {
  constructor(
    message: string,
    readonly undone: boolean,
  ) {
    super(message);
    this.name = 'RestoreFailedError';
  }
}

const LAST_BACKUP_DOC = 'last-backup';
/** Collections whose local records are never replaced or removed by a restore. */
const APPEND_ONLY: ReadonlySet<CollectionName> = new Set(['audit']);

function updatedAt(record: Record<string, unknown>): string | undefined {
  return typeof record.updatedAt === 'string' ? record.updatedAt : undefined;
}

interface CollectionDiff {
  name: CollectionName;
  local: Map<string, StoredRecord>;
  /** Put back whatever the choice. */
  restore: StoredRecord[];
  /** Backup copies of records changed here since; written only when replacing. */
  replaceChanged: StoredRecord[];
  /** Ids on this device only; removed only when replacing. */
  removeAdded: string[];
  unchanged: number;
}

interface Snapshot {
  name: CollectionName;
  before: Map<string, StoredRecord | null>;
}

export interface BackupServiceOptions {
  attachments?: AttachmentSource;
  appVersion?: string;
}

export class BackupService {
  private readonly attachments: AttachmentSource;
  private readonly appVersion: string;

  constructor(
    private readonly db: QuorumDatabase,
    private readonly context: WriteContext,
    private readonly audit: AuditLog,
    options: BackupServiceOptions = {},
  ) {
    this.attachments = options.attachments ?? NO_ATTACHMENTS;
    this.appVersion = options.appVersion ?? import.meta.env.VITE_APP_VERSION;
  }

  private collection(name: CollectionName): RxCollection<StoredRecord> {
    return this.db[name] as unknown as RxCollection<StoredRecord>;
  }

  private async readCollection(name: CollectionName): Promise<StoredRecord[]> {
    const docs = await this.collection(name).find().exec();
    return docs.map((doc) => doc.toMutableJSON());
  }

  private async municipality(): Promise<{ name: string; timeZone: string }> {
    const doc = await this.db.settings.findOne('municipality').exec();
    const value = doc?.toMutableJSON().value as { name?: unknown; timeZone?: unknown } | undefined;
    return {
      name: typeof value?.name === 'string' ? value.name : '',
      timeZone: typeof value?.timeZone === 'string' ? value.timeZone : DEFAULT_TIME_ZONE,
    };
  }

  /** Makes the backup file of everything on this device, and checks it reads back whole. */
  async createBackup(): Promise<MadeBackup> {
    const records = {} as Record<CollectionName, StoredRecord[]>;
    for (const name of COLLECTION_NAMES) records[name] = await this.readCollection(name);
    const attachments: AttachmentFile[] = [];
    for (const info of await this.attachments.list()) {
      attachments.push({ id: info.id, name: info.name, mimeType: info.mimeType, bytes: await this.attachments.read(info.id) });
    }
    const municipality = await this.municipality();
    const createdAt = this.context.now().toISOString();
    const bytes = writeBackup({
      appVersion: this.appVersion,
      createdAt,
      createdBy: this.context.actor(),
      municipality: municipality.name,
      records: records as unknown as BackupRecords,
      attachments,
    });
    // A backup that this Quorum would refuse to restore is worse than none: check it now.
    await readBackup(bytes);
    const recordCount = COLLECTION_NAMES.reduce((sum, name) => sum + records[name].length, 0);
    return { fileName: backupFileName(createdAt, municipality.timeZone), bytes, recordCount, attachmentCount: attachments.length };
  }

  /** Remembers on this device (never synced) when the last backup was saved. */
  async recordBackupSaved(backup: MadeBackup, savedAs: string): Promise<void> {
    const last: LastBackup = { at: this.context.now().toISOString(), fileName: savedAs, recordCount: backup.recordCount };
    await this.db.upsertLocal<LastBackup>(LAST_BACKUP_DOC, last);
  }

  async lastBackup(): Promise<LastBackup | null> {
    const doc = await this.db.getLocal<LastBackup>(LAST_BACKUP_DOC);
    return doc ? doc.toJSON().data : null;
  }

  watchLastBackup(): Observable<LastBackup | null> {
    return this.db.getLocal$<LastBackup>(LAST_BACKUP_DOC).pipe(map((doc) => (doc ? doc.toJSON().data : null)));
  }

  private async diff(contents: BackupContents): Promise<CollectionDiff[]> {
    const diffs: CollectionDiff[] = [];
    for (const name of COLLECTION_NAMES) {
      const local = new Map((await this.readCollection(name)).map((record) => [record.id, record]));
      const inBackup = new Set<string>();
      const diff: CollectionDiff = { name, local, restore: [], replaceChanged: [], removeAdded: [], unchanged: 0 };
      for (const record of contents.records[name] as unknown as StoredRecord[]) {
        inBackup.add(record.id);
        const mine = local.get(record.id);
        if (!mine) diff.restore.push(record);
        else if (APPEND_ONLY.has(name) || canonicalJson(mine) === canonicalJson(record)) diff.unchanged += 1;
        else {
          const here = updatedAt(mine);
          const there = updatedAt(record);
          // Without timestamps to compare, the local copy counts as the newer one: ask.
          if (here !== undefined && there !== undefined && here <= there) diff.restore.push(record);
          else diff.replaceChanged.push(record);
        }
      }
      if (!APPEND_ONLY.has(name)) for (const id of local.keys()) if (!inBackup.has(id)) diff.removeAdded.push(id);
      diffs.push(diff);
    }
    return diffs;
  }

  private static newerLocal(diffs: readonly CollectionDiff[]): LocalChange[] {
    return diffs.flatMap((diff) => [
      ...diff.replaceChanged.map((record) => ({
        collection: diff.name,
        id: record.id,
        description: describeRecord(diff.name, diff.local.get(record.id) ?? record),
        kind: 'changed' as const,
      })),
      ...diff.removeAdded.map((id) => ({
        collection: diff.name,
        id,
        description: describeRecord(diff.name, diff.local.get(id) ?? { id }),
        kind: 'added' as const,
      })),
    ]);
  }

  /**
   * Reads and checks a backup file and compares it with this device. Throws BackupFileError
   * (not a backup, incomplete, damaged, newer, invalid records) before anything is written.
   */
  async planRestore(fileName: string, bytes: Uint8Array): Promise<RestorePlan> {
    const contents = await readBackup(bytes);
    const diffs = await this.diff(contents);
    return {
      fileName,
      header: contents.header,
      restoreCount: diffs.reduce((sum, d) => sum + d.restore.length, 0),
      unchangedCount: diffs.reduce((sum, d) => sum + d.unchanged, 0),
      newerLocal: BackupService.newerLocal(diffs),
      attachmentCount: contents.attachments.length,
      contents,
    };
  }

  /** Applies a plan: everything or, if a write fails, nothing (see the module comment). */
  async applyRestore(plan: RestorePlan, choice: RestoreChoice): Promise<RestoreOutcome> {
    // Compared again now: the person may have changed something while deciding.
    const diffs = await this.diff(plan.contents);
    // A restore writes what it changes as this account: refused whole if the role may not.
    for (const diff of diffs) {
      if (diff.restore.length > 0 || (choice === 'replace' && (diff.replaceChanged.length > 0 || diff.removeAdded.length > 0))) {
        this.context.access?.assertMayWrite(diff.name);
      }
    }
    const shown = new Set(plan.newerLocal.map((c) => `${c.collection}/${c.id}`));
    const newer = BackupService.newerLocal(diffs);
    if (choice === 'replace' && newer.some((c) => !shown.has(`${c.collection}/${c.id}`))) {
      throw new RestoreFailedError('Records on this device changed while you were deciding. Nothing was restored: choose the backup again.', true);
    }
    const replacing = choice === 'replace';
    const writes = diffs.map((diff) => ({
      diff,
      upserts: replacing ? [...diff.restore, ...diff.replaceChanged] : diff.restore,
      removals: replacing ? diff.removeAdded : [],
    }));

    const snapshots: Snapshot[] = writes.map(({ diff, upserts, removals }) => ({
      name: diff.name,
      before: new Map([...upserts.map((r) => r.id), ...removals].map((id) => [id, diff.local.get(id) ?? null])),
    }));
    const attachmentsBefore = new Map<string, AttachmentFile | null>();

    try {
      for (const { diff, upserts, removals } of writes) {
        const collection = this.collection(diff.name);
        if (upserts.length > 0) {
          const result = await collection.bulkUpsert(upserts);
          if (result.error.length > 0) throw new Error(`${result.error.length} ${diff.name} could not be written.`);
        }
        if (removals.length > 0) {
          const result = await collection.bulkRemove(removals);
          if (result.error.length > 0) throw new Error(`${result.error.length} ${diff.name} could not be removed.`);
        }
      }
      await this.restoreAttachments(plan.contents.attachments, attachmentsBefore);
    } catch (error) {
      const reason = errorMessage(error);
      const undone = await this.undo(snapshots, attachmentsBefore);
      throw new RestoreFailedError(
        undone
          ? `The restore failed (${reason}) and was undone: your records are as they were before.`
          : `The restore failed (${reason}) and could not be fully undone. Restore the same backup again to complete it.`,
        undone,
      );
    }

    const outcome: RestoreOutcome = {
      restored: writes.reduce((sum, w) => sum + w.upserts.length, 0),
      removed: writes.reduce((sum, w) => sum + w.removals.length, 0),
      keptNewer: replacing ? 0 : newer.length,
      attachments: attachmentsBefore.size,
    };
    await this.recordInAuditTrail(plan, writes);
    return outcome;
  }

  private async restoreAttachments(files: readonly AttachmentFile[], before: Map<string, AttachmentFile | null>): Promise<void> {
    if (files.length === 0) return;
    const stored = new Map((await this.attachments.list()).map((info) => [info.id, info]));
    for (const file of files) {
      const existing = stored.get(file.id);
      if (existing) {
        const bytes = await this.attachments.read(file.id);
        if (bytes.byteLength === file.bytes.byteLength && bytes.every((b, i) => b === file.bytes[i])) continue;
        before.set(file.id, { id: existing.id, name: existing.name, mimeType: existing.mimeType, bytes });
      } else {
        before.set(file.id, null);
      }
      await this.attachments.write(file);
    }
  }

  /** Puts back what was there before; true when everything could be put back. */
  private async undo(snapshots: readonly Snapshot[], attachmentsBefore: ReadonlyMap<string, AttachmentFile | null>): Promise<boolean> {
    let complete = true;
    for (const [id, previous] of attachmentsBefore) {
      try {
        if (previous) await this.attachments.write(previous);
        else await this.attachments.remove(id);
      } catch {
        complete = false;
      }
    }
    for (const { name, before } of [...snapshots].reverse()) {
      const collection = this.collection(name);
      const previous = [...before.values()].filter((record): record is StoredRecord => record !== null);
      const added = [...before.entries()].filter(([, record]) => record === null).map(([id]) => id);
      try {
        if (previous.length > 0 && (await collection.bulkUpsert(previous)).error.length > 0) complete = false;
        if (added.length > 0) {
          const present = await collection.findByIds(added).exec();
          if (present.size > 0 && (await collection.bulkRemove([...present.keys()])).error.length > 0) complete = false;
        }
      } catch {
        complete = false;
      }
    }
    return complete;
  }

  private async recordInAuditTrail(plan: RestorePlan, writes: readonly { diff: CollectionDiff; upserts: StoredRecord[]; removals: string[] }[]): Promise<void> {
    const { timeZone } = await this.municipality();
    const from = `the backup of ${formatDateTime(plan.header.createdAt, timeZone)}`;
    const facts: AuditFact[] = writes.flatMap(({ diff, upserts, removals }) => [
      ...upserts
        .filter(() => diff.name !== 'audit')
        .map((record) => ({
          action: 'import' as const,
          recordType: diff.name,
          recordId: record.id,
          summary: `Restored ${describeRecord(diff.name, record)} from ${from}`,
          fields: [],
        })),
      ...removals.map((id) => ({
        action: 'delete' as const,
        recordType: diff.name,
        recordId: id,
        summary: `Removed ${describeRecord(diff.name, diff.local.get(id) ?? { id })}: not in ${from}`,
        fields: [],
      })),
    ]);
    await this.audit.recordMany(facts);
  }
}
