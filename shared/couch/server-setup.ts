/**
 * Prepares a CouchDB server (Apache CouchDB 3, or pouchdb-server for a demo) for one
 * municipality: its databases, their `_security` (members by role), the validation design
 * documents generated from the shared schemas, and each database's identity document.
 * Safe to run again: existing databases are kept, design documents updated, and identities
 * kept unless a new one is asked for (after a restore from files).
 *
 * Used by `npm run couch:setup` and by the integration tests, so both prepare servers alike.
 */
import { CouchDatabase } from './database';
import { CouchRequestError, type CouchClient } from './http';
import { IDENTITY_DOC_ID, NO_IDENTITY, readIdentity, type ServerIdentityDoc } from './identity';
import { DATABASE_SUFFIXES, databaseName } from './names';
import { securityObject } from './roles';
import { readWelcome, type ServerWelcome } from './server-info';
import { DESIGN_DOC_ID, designDocument } from './validate-doc-update';
import { preparePublicDatabase, type PreparedPublicDatabase } from '../publishing/public-database';

/** Mango indexes a database needs for reads straight from the server (creating one that exists changes nothing). */
const MANGO_INDEXES: Partial<Record<string, object>> = {
  queryevents: { index: { fields: ['queryId'] }, ddoc: 'quorum-by-query', name: 'by-query', type: 'json' },
};

export interface SetupOptions {
  /** A client signed in as a server admin. */
  client: CouchClient;
  prefix: string;
  municipality: string;
  /** Write a new identity even where one exists: every laptop then checks every record again. */
  newIdentity?: boolean;
  now: () => Date;
  newIdentityValue: () => string;
  report?: (line: string) => void;
}

export interface PreparedDatabase {
  name: string;
  created: boolean;
  designUpdated: boolean;
  identity: string;
  identityWritten: boolean;
}

export interface SetupSummary {
  server: ServerWelcome;
  databases: PreparedDatabase[];
  /** The public database residents read (`<prefix>public`): open to readers, written by the secretariat. */
  publicDatabase: PreparedPublicDatabase;
}

export class SetupRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SetupRefusedError';
  }
}

export async function prepareServer(options: SetupOptions): Promise<SetupSummary> {
  const { client } = options;
  const report = options.report ?? (() => undefined);
  const server = readWelcome(await client.json<unknown>('GET', ''));
  if (!server) throw new CouchRequestError({ kind: 'not-couchdb', detail: 'no CouchDB welcome at /' }, client.url(''));
  const session = await client.json<{ userCtx?: { name?: string | null; roles?: string[] } }>('GET', '_session');
  if (!session.userCtx?.roles?.includes('_admin')) {
    throw new SetupRefusedError(
      `The account ${session.userCtx?.name ?? '(none)'} is not a server admin: setup needs an admin to create databases and design documents.`,
    );
  }
  report(`Server: ${server.product} ${server.version}`);

  const databases: PreparedDatabase[] = [];
  for (const suffix of DATABASE_SUFFIXES) {
    const name = databaseName(options.prefix, suffix);
    const db = new CouchDatabase(client, name);
    const created = (await client.request('PUT', encodeURIComponent(name), { accept: [412] })).status !== 412;
    await client.json('PUT', `${encodeURIComponent(name)}/_security`, { database: name, body: securityObject() });

    const design = designDocument(suffix);
    const existing = await db.get(DESIGN_DOC_ID);
    const designUpdated = !existing || existing.validate_doc_update !== design.validate_doc_update;
    if (designUpdated) {
      await client.json('PUT', `${encodeURIComponent(name)}/${DESIGN_DOC_ID}`, {
        database: name,
        body: { ...design, ...(existing?._rev ? { _rev: existing._rev } : {}) },
      });
    }

    // A laptop still joining reads a query's timeline from the server by its query (server-reads.ts).
    const index = MANGO_INDEXES[suffix];
    if (index) await client.json('POST', `${encodeURIComponent(name)}/_index`, { database: name, body: index });

    const current = readIdentity(await db.getLocal(IDENTITY_DOC_ID));
    let identity = current;
    const identityWritten = current === NO_IDENTITY || options.newIdentity === true;
    if (identityWritten) {
      identity = options.newIdentityValue();
      const doc: ServerIdentityDoc = {
        identity,
        municipality: options.municipality,
        prefix: options.prefix,
        writtenAt: options.now().toISOString(),
        writtenBy: 'couch:setup',
      };
      await db.putLocal(IDENTITY_DOC_ID, doc);
    }
    report(
      `${name}: ${created ? 'created' : 'kept'}, roles set, validation ${designUpdated ? 'installed' : 'up to date'}, identity ${
        identityWritten ? 'written' : 'kept'
      } (${identity.slice(0, 8)})`,
    );
    databases.push({ name, created, designUpdated, identity, identityWritten });
  }
  const publicDatabase = await preparePublicDatabase(client, options.prefix);
  report(
    `${publicDatabase.name}: ${publicDatabase.created ? 'created' : 'kept'}, readable by anyone, publishing by the secretariat only, validation ${
      publicDatabase.designUpdated ? 'installed' : 'up to date'
    }`,
  );
  return { server, databases, publicDatabase };
}
