/**
 * "Test connection": checks a server address, account and prefix step by step and tells apart
 * what can go wrong: a bad address, a server that cannot be reached, a server that refuses the
 * app's origin (CORS), something that is not CouchDB, wrong credentials (401), an account
 * without access (403, or 401 from pouchdb-server once the credentials are known to be right),
 * and missing databases. Nothing is written to the server.
 */
import { CouchDatabase } from './database';
import { CouchClient, CouchRequestError, type FetchLike } from './http';
import { IDENTITY_DOC_ID, NO_IDENTITY, readIdentity } from './identity';
import { DATABASE_SUFFIXES, checkDatabasePrefix, databaseName, normaliseServerUrl, InvalidServerAddressError } from './names';
import { hasAdmittedRole } from './permissions';
import { describeProblem, type CouchProblem } from './problems';
import { SYNC_ROLES } from './roles';
import { readWelcome } from './server-info';

export interface ConnectionInput {
  serverUrl: string;
  prefix: string;
  username: string;
  password: string;
}

export interface ConnectionCheck {
  label: string;
  ok: boolean;
  message: string;
}

export interface ConnectionReport {
  ok: boolean;
  /** The first problem found; null when everything passed. */
  problem: CouchProblem | null;
  checks: ConnectionCheck[];
  user: { name: string | null; roles: string[] } | null;
}

export interface ConnectionTestOptions {
  fetch?: FetchLike;
  /**
   * Whether the server answers at all when CORS is not asked for. A browser reports a CORS
   * refusal as the same network error as a dead server; an opaque (no-cors) request that
   * succeeds tells them apart. Absent outside a browser, where CORS does not exist.
   */
  answersWithoutCors?: (url: string) => Promise<boolean>;
  origin?: string;
  timeoutMs?: number;
}

function fail(report: ConnectionReport, label: string, problem: CouchProblem, message?: string): ConnectionReport {
  const text = describeProblem(problem);
  report.checks.push({ label, ok: false, message: message ?? `${text.reason}. ${text.action}.` });
  report.problem ??= problem;
  report.ok = false;
  return report;
}

export async function testConnection(input: ConnectionInput, options: ConnectionTestOptions = {}): Promise<ConnectionReport> {
  const report: ConnectionReport = { ok: true, problem: null, checks: [], user: null };
  let serverUrl: string;
  try {
    serverUrl = normaliseServerUrl(input.serverUrl);
  } catch (error) {
    const detail = error instanceof InvalidServerAddressError ? error.message : String(error);
    return fail(report, 'Server address', { kind: 'invalid-address', detail }, detail);
  }
  const prefixProblem = checkDatabasePrefix(input.prefix.trim());
  if (prefixProblem) return fail(report, 'Database prefix', { kind: 'invalid-address', detail: prefixProblem }, prefixProblem);
  const prefix = input.prefix.trim();
  const username = input.username.trim();

  const client = new CouchClient(
    { serverUrl, ...(username ? { username, password: input.password } : {}) },
    { ...(options.fetch ? { fetch: options.fetch } : {}), timeoutMs: options.timeoutMs ?? 15_000 },
  );

  // 1. Does a CouchDB server answer at this address?
  try {
    const welcome = readWelcome(await client.json<unknown>('GET', ''));
    if (!welcome) return fail(report, 'Server', { kind: 'not-couchdb', detail: 'it answered JSON without a CouchDB welcome' });
    report.checks.push({ label: 'Server', ok: true, message: `${welcome.product} ${welcome.version} answers at ${serverUrl}` });
  } catch (error) {
    if (!(error instanceof CouchRequestError)) throw error;
    let problem = error.problem;
    if (problem.kind === 'unreachable' && options.answersWithoutCors && (await options.answersWithoutCors(serverUrl))) {
      problem = { kind: 'cors', ...(options.origin ? { origin: options.origin } : {}) };
    }
    return fail(report, 'Server', problem);
  }

  // 2. Are the user name and password right?
  try {
    const session = await client.json<{ userCtx?: { name?: string | null; roles?: string[] } }>('GET', '_session');
    const name = session.userCtx?.name ?? null;
    const roles = session.userCtx?.roles ?? [];
    report.user = { name, roles };
    if (username && name !== username) return fail(report, 'Account', { kind: 'unauthorized' });
    if (!username) {
      report.checks.push({
        label: 'Account',
        ok: true,
        message: 'No user name given: this works only with a server that lets anyone in, never in production.',
      });
    } else {
      const syncRoles = roles.filter((role) => (SYNC_ROLES as readonly string[]).includes(role) || role === '_admin');
      report.checks.push({
        label: 'Account',
        ok: true,
        message: `Signed in as ${name}${syncRoles.length > 0 ? ` (${syncRoles.join(', ')})` : ' (no Quorum role yet)'}`,
      });
    }
  } catch (error) {
    if (!(error instanceof CouchRequestError)) throw error;
    return fail(report, 'Account', error.problem);
  }

  // 3. Are all the municipality's databases there and readable by this account?
  const missing: string[] = [];
  const refused: string[] = [];
  let identity = NO_IDENTITY;
  for (const suffix of DATABASE_SUFFIXES) {
    const name = databaseName(prefix, suffix);
    try {
      await new CouchDatabase(client, name).info();
    } catch (error) {
      if (!(error instanceof CouchRequestError)) throw error;
      const kind = error.problem.kind;
      if (kind === 'missing-database') missing.push(name);
      // The credentials were just accepted, so a 401 on a database means "not a member" (pouchdb-server answers 401 where CouchDB answers 403).
      else if (kind === 'no-access' || kind === 'unauthorized') refused.push(name);
      else return fail(report, 'Databases', { ...error.problem, database: name });
    }
  }
  if (missing.length > 0) {
    fail(
      report,
      'Databases',
      { kind: 'missing-database', database: missing[0] ?? '' },
      `${missing.length === 1 ? 'The database' : `${missing.length} databases are missing, first`} ${missing[0] ?? ''}${
        missing.length === 1 ? ' is missing' : ''
      }. Check the prefix, or ask IT to run npm run couch:setup for this municipality.`,
    );
  }
  if (refused.length > 0 && hasAdmittedRole(report.user ?? null)) {
    fail(
      report,
      'Access',
      { kind: 'access-reset', database: refused[0] ?? '' },
      `${refused.length === 1 ? `The database ${refused[0]} admits` : `${refused.length} databases, such as ${refused[0]}, admit`} only server admins although your account has a Quorum role: their access settings were reset. Ask IT to run npm run couch:setup again for this municipality.`,
    );
  } else if (refused.length > 0) {
    fail(
      report,
      'Access',
      { kind: 'no-access', database: refused[0] ?? '' },
      `Your account may not read ${refused.length === 1 ? refused[0] : `${refused.length} databases, such as ${refused[0]}`}. Ask IT to give it the secretariat, operations or viewer role.`,
    );
  }
  if (missing.length === 0 && refused.length === 0) {
    report.checks.push({ label: 'Databases', ok: true, message: `All ${DATABASE_SUFFIXES.length} databases of ${prefix} are there and readable.` });
    try {
      identity = readIdentity(await new CouchDatabase(client, databaseName(prefix, 'meetings')).getLocal(IDENTITY_DOC_ID));
    } catch {
      identity = NO_IDENTITY;
    }
    report.checks.push(
      identity === NO_IDENTITY
        ? { label: 'Set-up', ok: true, message: 'The databases were not prepared by npm run couch:setup: the server does not validate records.' }
        : { label: 'Set-up', ok: true, message: 'Prepared by npm run couch:setup: the server validates every record and role.' },
    );
  }
  return report;
}
