/**
 * The one live connection sync holds open: a long-poll on the audit trail's `_changes`.
 *
 * Chromium gives a page six HTTP/1.1 connections per host, and a live feed per collection holds
 * one each: with six or more, nothing else gets through and sync deadlocks (docs/stack-facts.md). But
 * every audited write in Quorum appends an audit entry naming the collection it changed, so the
 * audit database's feed tells us which collections to pull. The engine pulls those at once (and
 * again shortly after, since the record and its audit entry reach the server separately), and a
 * periodic sweep catches writes made without an audit entry (merges, other tools).
 *
 * The feed only signals: the records themselves are read by each collection's pull from its own
 * checkpoint, so a missed or repeated signal never loses or duplicates anything.
 */
import { COLLECTION_NAMES, type CollectionName } from '@shared/schemas/vocabulary';
import type { CouchDatabase, CouchSeq } from '@shared/couch/database';
import { RequestAbortedError } from '@shared/couch/http';

export interface ChangeFeedTiming {
  /** How long the server may hold a poll (CouchDB honours `timeout`). */
  serverTimeoutMs: number;
  /** When we end a poll ourselves (pouchdb-server ignores `timeout` and sends heartbeats). */
  clientTimeoutMs: number;
}

function collectionOf(value: unknown): CollectionName | null {
  return typeof value === 'string' && (COLLECTION_NAMES as readonly string[]).includes(value) ? (value as CollectionName) : null;
}

/** This laptop's own pushes of the audit trail, as the feed needs to know them. */
export interface OwnEchoes {
  /** Whether the server holds the entry at the very revision this laptop wrote (collection-replication.ts, PushedRevisions). */
  isOwn(id: string, rev: string | undefined): boolean;
  /** Resolves once the pushes under way have their answers: the feed can announce a write before its push hears back. */
  settled(): Promise<void>;
}

const NO_ECHOES: OwnEchoes = { isOwn: () => false, settled: () => Promise.resolve() };

/**
 * Polls until `signal` aborts (returns) or a request fails (throws). `onChanges` receives the
 * collections touched since the last poll; the audit trail itself is always among them.
 *
 * Entries this laptop pushed itself (`echoes`) signal nothing: every keystroke of minutes is
 * pushed with its entry, and the feed announcing it would pull the agenda items and the audit
 * trail twice and run a round of attachments, only to find this laptop's own writes. A change by
 * anyone else comes with an entry of theirs, and a poll that brings one signals the collections
 * those entries name.
 */
export async function runChangeFeed(
  audit: CouchDatabase,
  timing: ChangeFeedTiming,
  signal: AbortSignal,
  onChanges: (collections: Set<CollectionName>) => void,
  echoes: OwnEchoes = NO_ECHOES,
): Promise<void> {
  let since: CouchSeq;
  try {
    since = (await audit.info(signal)).update_seq;
  } catch (error) {
    if (error instanceof RequestAbortedError) return;
    throw error;
  }
  while (!signal.aborted) {
    const poll = new AbortController();
    const onAbort = () => poll.abort();
    signal.addEventListener('abort', onAbort, { once: true });
    const timer = setTimeout(() => poll.abort(), timing.clientTimeoutMs);
    try {
      const changes = await audit.changes({
        since,
        includeDocs: true,
        limit: 200,
        longpoll: { timeoutMs: timing.serverTimeoutMs },
        signal: poll.signal,
        // Our own timer ends the poll; the client's default limit must not count it as a failure.
        requestTimeoutMs: timing.clientTimeoutMs * 4,
      });
      since = changes.last_seq;
      const others = () => changes.results.filter((row) => !echoes.isOwn(row.id, row.changes[0]?.rev));
      let touchedBy = others();
      if (touchedBy.length > 0) {
        // An entry not known as this laptop's may be one whose push has not heard back yet.
        await echoes.settled();
        touchedBy = others();
      }
      if (touchedBy.length > 0) {
        const touched = new Set<CollectionName>(['audit']);
        for (const row of touchedBy) {
          const collection = collectionOf(row.doc?.recordType);
          if (collection) touched.add(collection);
        }
        onChanges(touched);
      }
    } catch (error) {
      if (!(error instanceof RequestAbortedError)) throw error;
      if (signal.aborted) return;
      // Our timer ended a quiet poll: ask again.
    } finally {
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
    }
  }
}
