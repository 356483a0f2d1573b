/**
 * What became of each push, as the person is told it: a push that went through clears that
 * collection's refusals and its problem; a refused one is listed (RefusedChanges), counted with
 * the earlier refusals still waiting, shown as a problem, logged once (not at every retry), and
 * its retries slow down. Attachment rounds report the same way. Refused changes a person chose to
 * discard are replaced by the server's versions.
 */
import type { CouchDatabase } from '@shared/couch/database';
import { withoutFinalStop } from '@shared/couch/problems';
import { plural } from '@shared/documents/text';
import type { CollectionName } from '@shared/schemas/vocabulary';
import { COLLECTION_LABELS } from '@shared/sync/record-labels';
import type { QuorumDatabase } from '../db/create-database';
import type { Refusal, ReplicationEvents } from './collection-replication';
import type { PendingTracker } from './pending-changes';
import { putServerVersionsBack, type RefusedChanges, type ServerVersionsBack } from './refused-changes';
import type { ReplicationSet } from './replication-set';
import type { SyncLog } from './sync-log';
import { pushProblem, type SyncStatusBoard } from './sync-status-board';

export interface PushOutcomeParts {
  board: SyncStatusBoard;
  refused: RefusedChanges;
  pending: PendingTracker;
  /** Counts a collection's waiting changes again soon. */
  countPending: (collection: CollectionName) => void;
  replications: () => ReplicationSet;
  log: (kind: Parameters<SyncLog['add']>[0], message: string) => void;
  publish: () => void;
}

export class PushOutcomes {
  constructor(private readonly parts: PushOutcomeParts) {}

  /** The replications' events. */
  readonly events: ReplicationEvents = {
    skipped: (collection, id, reason) =>
      this.parts.log('error', `Did not store a malformed record from the server (${COLLECTION_LABELS[collection]}, ${id}): ${reason}`),
    refused: (collection, refusals) => this.refused(collection, refusals),
    confirmed: (collection, states) => this.parts.pending.confirm(collection, states),
    pushed: (collection) => {
      const { pending, replications, refused, board, publish } = this.parts;
      pending.settle(collection);
      replications().resetRetryTime(collection);
      refused.clear(collection);
      if (board.clearProblem(pushProblem(collection))) publish();
    },
  };

  /**
   * Discards the changes the server refused, once a person has confirmed it: the server's
   * version of each record is put back here (`serverDatabase` must answer), and the next push
   * has nothing to send.
   */
  async discardRefused(db: QuorumDatabase, serverDatabase: (name: CollectionName) => CouchDatabase): Promise<ServerVersionsBack> {
    const { refused, board, replications, log, publish } = this.parts;
    const changes = refused.list;
    if (changes.length === 0) return { restored: 0, removed: 0 };
    const result = await putServerVersionsBack({ db, changes, serverDatabase });
    for (const name of new Set(changes.map((change) => change.collection))) {
      refused.clear(name);
      board.clearProblem(pushProblem(name));
      // RxDB retries a refused push with the very rows it was given: start from the checkpoint.
      await replications().restart(name);
    }
    log('info', `Discarded ${plural(changes.length, 'refused change')}: the server’s version is back on this laptop.`);
    publish();
    return result;
  }

  attachmentRound(result: { sent: number; received: number; refused: Refusal[] }): void {
    const { log, board, publish } = this.parts;
    if (result.sent > 0) log('sent', `Sent ${plural(result.sent, 'attachment')}.`);
    if (result.received > 0) log('received', `Received ${plural(result.received, 'attachment')}.`);
    if (result.refused.length > 0) this.refused('attachments', result.refused);
    else if (board.clearProblem(pushProblem('attachments'))) publish();
  }

  private refused(collection: CollectionName | 'attachments', refusals: Refusal[]): void {
    const { board, refused, log, publish } = this.parts;
    const what = collection === 'attachments' ? 'attachments' : COLLECTION_LABELS[collection];
    const detail = refusals[0]?.reason ?? '';
    const known = board.problem(pushProblem(collection));
    // Records refused by earlier pushes are still waiting: the count is all of them.
    if (collection !== 'attachments') refused.record(collection, refusals);
    const count = collection === 'attachments' ? refusals.length : refused.countOf(collection);
    const repeated = known?.count === count && known.detail === detail;
    board.setProblem(pushProblem(collection), { kind: 'refused-write', count, what, detail });
    if (collection !== 'attachments') {
      this.parts.replications().slowRetries(collection);
      // The rest of the batch may have been written (pushes write what the server accepts): the
      // waiting changes are the refused ones, not the whole batch.
      this.parts.countPending(collection);
    }
    // Retries of the same refusal are not logged again.
    if (!repeated) {
      log('error', `The server refused ${plural(count, 'change')} to ${what}: ${withoutFinalStop(detail)}. They stay on this laptop and are sent again later.`);
    }
    publish();
  }
}
