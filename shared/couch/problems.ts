/**
 * Everything that can stand between a laptop and the sync server, each with a specific reason
 * and what the person can do about it. People of offline-first apps complain about vague
 * errors, so each kind names the database, the HTTP status or the origin where it knows them.
 */

export type CouchProblemKind =
  /** The computer has no network at all. */
  | 'offline'
  /** The network is there but the server does not answer (wrong address, server down). */
  | 'unreachable'
  /** The server answered but the browser refused the answer: the app's origin is not allowed. */
  | 'cors'
  | 'timeout'
  /** Something answered that is not CouchDB (a web page, a proxy's error page). */
  | 'not-couchdb'
  | 'unauthorized'
  /** Signed in, but the account may not read or write this database. */
  | 'no-access'
  /**
   * Signed in with a role the municipality's databases admit, yet refused: the database's
   * access settings (`_security`) were reset, as when it is recreated or restored bare.
   */
  | 'access-reset'
  | 'missing-database'
  | 'server-error'
  /** The server refused some records: its validation or the account's role. */
  | 'refused-write'
  | 'bad-response'
  | 'needs-password'
  | 'invalid-address';

export interface CouchProblem {
  kind: CouchProblemKind;
  /** The database concerned, when one is. */
  database?: string;
  status?: number;
  /** The server's own words (a validation message), or the exception's. */
  detail?: string;
  /** The app's origin, for CORS advice. */
  origin?: string;
  /** How many records a refusal concerns. */
  count?: number;
  /** Which records a refusal concerns, in words ("Meetings"). */
  what?: string;
}

/** Problems that stop every request to the server, not just one database's. */
const CONNECTION_PROBLEMS: ReadonlySet<CouchProblemKind> = new Set([
  'offline',
  'unreachable',
  'cors',
  'timeout',
  'not-couchdb',
  'unauthorized',
  'server-error',
  'needs-password',
  'invalid-address',
]);

export function isConnectionProblem(problem: CouchProblem): boolean {
  return CONNECTION_PROBLEMS.has(problem.kind);
}

/** A sentence of the server's without its final full stop, to be placed inside another. */
export function withoutFinalStop(text: string): string {
  return text.replace(/[.\s]+$/u, '');
}

function changes(count: number | undefined): string {
  if (count === undefined) return 'changes';
  return count === 1 ? '1 change' : `${count} changes`;
}

export interface ProblemText {
  /** What is wrong, specifically. */
  reason: string;
  /** What the person can do. */
  action: string;
}

export function describeProblem(problem: CouchProblem): ProblemText {
  const db = problem.database ? ` ${problem.database}` : '';
  switch (problem.kind) {
    case 'offline':
      return { reason: 'This computer has no network', action: 'Work on: changes are kept and sent when the network returns' };
    case 'unreachable':
      return {
        reason: 'The sync server cannot be reached',
        action: 'Check the network and the server address; Quorum keeps trying by itself',
      };
    case 'cors':
      return {
        reason: `The server refuses this app's origin${problem.origin ? ` (${problem.origin})` : ''} (CORS)`,
        action: 'Ask IT to add it to CouchDB’s CORS origins (see “Sync and the server” in the README)',
      };
    case 'timeout':
      return { reason: 'The sync server did not answer in time', action: 'Quorum keeps trying; ask IT if it goes on' };
    case 'not-couchdb':
      return {
        reason: `The address answers, but not as a CouchDB server${problem.detail ? ` (${problem.detail})` : ''}`,
        action: 'Check the server address in Settings → Sync (often it ends in :5984 or :6984)',
      };
    case 'unauthorized':
      return { reason: 'The server refused the user name or password', action: 'Enter them again in Settings → Sync' };
    case 'no-access':
      return {
        reason: `Your account has no access to the database${db}`,
        action: 'Ask IT to give your account the secretariat, operations or viewer role',
      };
    case 'access-reset':
      return {
        reason: `The database${db} admits only server admins: its access settings were reset on the server, though your account has a Quorum role`,
        action: 'Ask IT to run npm run couch:setup again for this municipality; nothing on this laptop is lost meanwhile',
      };
    case 'missing-database':
      return {
        reason: `The database${db} does not exist on the server`,
        action: 'Check the database prefix in Settings → Sync, or ask IT to run npm run couch:setup',
      };
    case 'server-error':
      return {
        reason: `The sync server reported an error${problem.status ? ` (HTTP ${problem.status})` : ''}`,
        action: 'Quorum keeps trying; ask IT if it goes on',
      };
    case 'refused-write':
      return {
        reason: `The server refused ${changes(problem.count)}${problem.what ? ` to ${problem.what}` : ''}${
          problem.detail ? `: ${withoutFinalStop(problem.detail)}` : ''
        }`,
        action: 'Nothing is lost: they stay on this laptop. Ask IT whether your role may make them',
      };
    case 'bad-response':
      return {
        reason: `The server sent an answer Quorum does not understand${problem.detail ? ` (${problem.detail})` : ''}`,
        action: 'Ask IT to check that the address points at CouchDB 3',
      };
    case 'needs-password':
      return {
        reason: 'No password is stored for this session',
        action: 'Enter your password in Settings → Sync',
      };
    case 'invalid-address':
      return { reason: problem.detail ?? 'The sync server address is not valid', action: 'Correct it in Settings → Sync' };
  }
}
