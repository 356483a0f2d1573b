/**
 * Which of the server's databases this laptop can use. A database found missing or refused (by
 * the check of identities (database-identities.ts), or by any request's answer) holds its collection's requests behind
 * its own gate, no longer holds up the join, and is named in the status, until a later check or
 * answer finds it usable again.
 */
import type { CouchClient, RequestOutcome } from '@shared/couch/http';
import type { CouchProblem } from '@shared/couch/problems';
import { COLLECTION_NAMES, type CollectionName } from '@shared/schemas/vocabulary';
import { readDatabaseIdentities } from './database-identities';
import type { JoinTracker } from './join-tracker';
import type { ReplicationSet } from './replication-set';
import { databaseOf } from './server-session';
import { databaseProblem, type SyncStatusBoard } from './sync-status-board';

export interface DatabaseAvailabilityParts {
  serverUrl: string;
  board: SyncStatusBoard;
  join: JoinTracker;
  replications: () => ReplicationSet;
}

export class DatabaseAvailability {
  constructor(private readonly parts: DatabaseAvailabilityParts) {}

  /**
   * Reads every database's identity: one missing or refused becomes unavailable; one usable is
   * freed, and its replication re-keyed when its identity changed. True when an identity changed
   * (the sync memory should remember it). Stops adopting once `stopped`.
   */
  async check(client: CouchClient, options: { signal: AbortSignal | undefined; withAccount: boolean; stopped: () => boolean }): Promise<boolean> {
    const replications = this.parts.replications();
    const results = await readDatabaseIdentities(client, (name) => replications.dbName(name), options);
    let changed = false;
    for (const result of results) {
      if ('problem' in result) {
        this.unavailable(result.name, result.problem);
        continue;
      }
      this.available(result.name);
      if (options.stopped()) break;
      if (await replications.adopt(result.name, result.identity)) changed = true;
    }
    return changed;
  }

  unavailable(name: CollectionName, problem: CouchProblem): void {
    const database = this.parts.replications().dbName(name);
    this.parts.board.setProblem(databaseProblem(database), { ...problem, database });
    this.parts.replications().markUnavailable(name);
    this.parts.join.setUnavailable(name, true);
  }

  available(name: CollectionName): void {
    this.parts.board.clearProblem(databaseProblem(this.parts.replications().dbName(name)));
    this.parts.replications().markAvailable(name);
    this.parts.join.setUnavailable(name, false);
  }

  /**
   * What a request's answer says of its database: a missing or refused one becomes unavailable;
   * an answer clears its problem (its requests go on once a check finds it usable). True when the
   * status changed.
   */
  noteOutcome(outcome: RequestOutcome): boolean {
    const database = databaseOf(this.parts.serverUrl, outcome.url);
    if (!database) return false;
    if (outcome.ok) return this.parts.board.clearProblem(databaseProblem(database));
    if (outcome.problem.kind !== 'missing-database' && outcome.problem.kind !== 'no-access') return false;
    const name = COLLECTION_NAMES.find((collection) => this.parts.replications().dbName(collection) === database);
    if (name) this.unavailable(name, outcome.problem);
    else this.parts.board.setProblem(databaseProblem(database), { ...outcome.problem, database });
    return true;
  }
}
