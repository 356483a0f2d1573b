/**
 * Reads the identity of every collection's server database (a `_local` document that
 * `couch:setup` writes, and a new one when a database is recreated or restored), or what
 * stops the laptop from using it. A connection problem throws: it concerns every database.
 */
import { CouchDatabase } from '@shared/couch/database';
import { CouchRequestError, type CouchClient } from '@shared/couch/http';
import { IDENTITY_DOC_ID, readIdentity } from '@shared/couch/identity';
import { isConnectionProblem, type CouchProblem } from '@shared/couch/problems';
import { COLLECTION_NAMES, type CollectionName } from '@shared/schemas/vocabulary';

export type DatabaseIdentity = { name: CollectionName; identity: string } | { name: CollectionName; problem: CouchProblem };

export function readDatabaseIdentities(
  client: CouchClient,
  dbName: (name: CollectionName) => string,
  options: { signal: AbortSignal | undefined; withAccount: boolean },
): Promise<DatabaseIdentity[]> {
  return Promise.all(
    COLLECTION_NAMES.map(async (name): Promise<DatabaseIdentity> => {
      try {
        const doc = await new CouchDatabase(client, dbName(name)).getLocal(IDENTITY_DOC_ID, options.signal);
        return { name, identity: readIdentity(doc) };
      } catch (error) {
        if (error instanceof CouchRequestError && !isConnectionProblem(error.problem)) return { name, problem: error.problem };
        // The session has just accepted the credentials: a 401 on a database (pouchdb-server's
        // answer where CouchDB answers 403) means the account is not admitted to it.
        if (error instanceof CouchRequestError && error.problem.kind === 'unauthorized' && options.withAccount) {
          return { name, problem: { ...error.problem, kind: 'no-access' } };
        }
        throw error;
      }
    }),
  );
}
