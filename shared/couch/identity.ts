/**
 * The identity of a server database: a random value the setup command writes into a `_local`
 * document of each database. A laptop remembers the identity it synced with; when the server's
 * differs (database recreated, restored by replication into a fresh database, or set up again
 * with --new-identity after a restore from files) the laptop's checkpoints no longer describe
 * the server, so it checks every record again (docs/stack-facts.md: RxDB's checkpoints assume the server
 * database keeps its identity).
 *
 * `_local` documents are never replicated, so a database restored by replication has none:
 * a missing identity reads as NO_IDENTITY, which also differs from any remembered one.
 */
export const IDENTITY_DOC_ID = 'quorum-identity';
export const NO_IDENTITY = 'none';

export interface ServerIdentityDoc {
  identity: string;
  municipality: string;
  prefix: string;
  writtenAt: string;
  writtenBy: 'couch:setup';
}

export function readIdentity(doc: unknown): string {
  if (typeof doc !== 'object' || doc === null) return NO_IDENTITY;
  const identity = (doc as { identity?: unknown }).identity;
  return typeof identity === 'string' && identity ? identity : NO_IDENTITY;
}
