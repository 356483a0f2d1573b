/**
 * What the engine installs on each collection: the merge that keeps both edits when a change
 * here meets another on the server (conflict-handler.ts), and a watch on the writes made here.
 */
import type { Subscription } from 'rxjs';
import type { RxCollection } from 'rxdb';
import type { RecordTypes } from '@shared/schemas';
import type { CollectionName } from '@shared/schemas/vocabulary';
import type { AuditLog } from '../db/audit-log';
import type { QuorumDatabase } from '../db/create-database';
import { quorumConflictHandler } from './conflict-handler';
import { reportMerge } from './merge-report';
import type { SyncLog } from './sync-log';

/** How RxDB's replication marks the writes of its pull (`replication-downstream-<checkpoint key>`). */
const DOWNSTREAM_WRITE = 'replication-downstream-';

export interface CollectionWatch {
  db: QuorumDatabase;
  now: () => Date;
  log: SyncLog;
  audit?: AuditLog;
  /** A write made on this laptop (not one a pull stored). */
  changed(name: CollectionName): void;
}

export function watchCollection(name: CollectionName, watch: CollectionWatch): Subscription {
  const collection = watch.db[name] as unknown as RxCollection<RecordTypes[CollectionName]>;
  // Installed here rather than at collection creation: only replication consults it.
  collection.conflictHandler = quorumConflictHandler(name, watch.now, (report) => reportMerge(report, watch.log, watch.audit));
  return collection.eventBulks$.subscribe((bulk) => {
    // What a pull stores is no change to send: a first sync of thousands of records must not
    // recount after every batch. The pull's end counts that collection again.
    if (!bulk.context.startsWith(DOWNSTREAM_WRITE)) watch.changed(name);
  });
}
