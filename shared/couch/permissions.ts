/**
 * What this laptop's account may change, from the roles the server's session reported. The same
 * table as the server's validate_doc_update (WRITER_ROLES in ./roles), so the app refuses
 * exactly what the server would refuse, before anything is written on the laptop.
 *
 * No known account (no sync server set up, or never signed in yet) means the laptop's own
 * municipality: everything may be changed here, as before sync was configured.
 */
import { COLLECTION_LABELS } from '../sync/record-labels';
import { type DatabaseSuffix } from './names';
import type { CouchProblem } from './problems';
import { SYNC_ROLES, WRITER_ROLES, type SyncRole } from './roles';

export interface KnownAccount {
  /** The server's user name (null for an anonymous session). */
  name: string | null;
  /** The roles the server's `_session` reported, as they were. */
  roles: readonly string[];
}

const ADMIN_ROLE = '_admin';

export function isServerAdmin(account: KnownAccount | null): boolean {
  return account !== null && account.roles.includes(ADMIN_ROLE);
}

/** The Quorum roles of the account, in the order of SYNC_ROLES. */
export function quorumRoles(account: KnownAccount | null): SyncRole[] {
  if (!account) return [];
  return SYNC_ROLES.filter((role) => account.roles.includes(role));
}

/** Whether the account has a role the municipality's databases admit (or is a server admin). */
export function hasAdmittedRole(account: KnownAccount | null): boolean {
  return isServerAdmin(account) || quorumRoles(account).length > 0;
}

export function canWrite(account: KnownAccount | null, database: DatabaseSuffix): boolean {
  if (!account || isServerAdmin(account)) return true;
  return WRITER_ROLES[database].some((role) => account.roles.includes(role));
}

/** Whether the account may change anything at all (a viewer may not). */
export function canWriteAnything(account: KnownAccount | null): boolean {
  return (Object.keys(WRITER_ROLES) as DatabaseSuffix[]).some((database) => canWrite(account, database));
}

/** How the account's role is named to a person: "viewer", "operations", "no Quorum role". */
export function roleName(account: KnownAccount | null): string {
  if (!account) return 'this laptop';
  if (isServerAdmin(account)) return 'server admin';
  const roles = quorumRoles(account);
  return roles.length > 0 ? roles.join(' and ') : 'no Quorum role';
}

function databaseLabel(database: DatabaseSuffix): string {
  return database === 'attachments' ? 'attached files' : COLLECTION_LABELS[database].toLowerCase();
}

/**
 * The sentence that says why the account may not change records of `database`, or null when it
 * may: "Your account (viewer) may read meetings but not change them."
 */
export function writeRefusal(account: KnownAccount | null, database: DatabaseSuffix): string | null {
  if (canWrite(account, database)) return null;
  const writers = WRITER_ROLES[database].join(' or ');
  return `Your account (${roleName(account)}) may read ${databaseLabel(database)} but not change them: that needs the ${writers} role.`;
}

/** The first refusal among several databases (a page that changes more than one). */
export function firstRefusal(account: KnownAccount | null, databases: readonly DatabaseSuffix[]): string | null {
  for (const database of databases) {
    const refusal = writeRefusal(account, database);
    if (refusal) return refusal;
  }
  return null;
}

/**
 * A refusal of a whole database says what is really wrong: to an account with an admitted role
 * the database refuses only because its access settings were reset (a database recreated or
 * restored bare admits server admins alone), which IT mends by running couch:setup again.
 */
export function explainAccessProblem(problem: CouchProblem, account: KnownAccount | null): CouchProblem {
  if (problem.kind !== 'no-access' || !hasAdmittedRole(account)) return problem;
  return { ...problem, kind: 'access-reset' };
}
