/**
 * Where Quorum's records live on a CouchDB server: one database per collection plus one for
 * attachments, all under a municipality's prefix (`quorum_mopane_ridge_meetings`), and the
 * server address in the one form the replication accepts (absolute http(s), ending in `/`).
 */
import { COLLECTION_NAMES, type CollectionName } from '../schemas/vocabulary';

export const ATTACHMENTS_DATABASE = 'attachments';
export type DatabaseSuffix = CollectionName | typeof ATTACHMENTS_DATABASE;
export const DATABASE_SUFFIXES: readonly DatabaseSuffix[] = [...COLLECTION_NAMES, ATTACHMENTS_DATABASE];

/** CouchDB's rule for database names: a lowercase letter, then lowercase letters, digits and _$()+-/. */
const DATABASE_NAME_RE = /^[a-z][a-z0-9_$()+/-]*$/;
const MAX_PREFIX = 100;

export class InvalidServerAddressError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidServerAddressError';
  }
}

/** The prefix IT gives a municipality, derived from its name: "Mopane Ridge" → `quorum_mopane_ridge_`. */
export function prefixForMunicipality(municipality: string): string {
  const slug = municipality
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\b(local|district|metropolitan|municipality)\b/g, ' ')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  if (!slug) throw new RangeError('The municipality name needs at least one letter or digit.');
  return `quorum_${slug.slice(0, 60)}_`;
}

/** Problems with a database prefix, or null when it may be used. */
export function checkDatabasePrefix(prefix: string): string | null {
  if (!prefix) return 'Enter the database prefix IT gave you, such as quorum_mopane_ridge_.';
  if (prefix.length > MAX_PREFIX) return `The database prefix may be at most ${MAX_PREFIX} characters.`;
  if (!DATABASE_NAME_RE.test(prefix)) {
    return 'The database prefix must start with a lowercase letter and hold only lowercase letters, digits and _ $ ( ) + - /.';
  }
  return null;
}

export function databaseName(prefix: string, suffix: DatabaseSuffix): string {
  return `${prefix}${suffix}`;
}

/**
 * The server address as the replication needs it: absolute http(s), no query or fragment, and
 * ending in `/` (RxDB's CouchDB plugin refuses it otherwise, error RC_COUCHDB_1; see docs/stack-facts.md).
 * Credentials typed into the address are refused: they would be stored in plain text.
 */
export function normaliseServerUrl(input: string): string {
  const text = input.trim();
  if (!text) throw new InvalidServerAddressError('Enter the address of the sync server, such as https://couch.example.gov.za/.');
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new InvalidServerAddressError(`“${text}” is not a web address. Enter it in full, such as https://couch.example.gov.za/.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new InvalidServerAddressError('The sync server address must start with https:// (or http:// on a local network).');
  }
  if (url.username || url.password) {
    throw new InvalidServerAddressError('Leave the user name and password out of the address: enter them in their own fields.');
  }
  url.search = '';
  url.hash = '';
  const href = url.toString();
  return href.endsWith('/') ? href : `${href}/`;
}

/** The address of one database on the server, ending in `/`. */
export function databaseUrl(serverUrl: string, database: string): string {
  return `${normaliseServerUrl(serverUrl)}${encodeURIComponent(database)}/`;
}
