/**
 * Prepares a CouchDB server for one municipality:
 * `npm run couch:setup -- --url URL --user ADMIN --password P --municipality NAME`.
 * Creates the databases, sets their `_security` roles, installs the validation generated from
 * the shared schemas, writes each database's identity, and prints what IT and the laptops need
 * next: the database prefix, how to add accounts, and the CORS settings. With `--cors` it also
 * sets CORS for the app's origins through the configuration API (every node of a cluster) and
 * prints what it changed.
 */
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { CouchClient, CouchRequestError } from '../shared/couch/http';
import { prefixForMunicipality, checkDatabasePrefix, normaliseServerUrl } from '../shared/couch/names';
import { describeProblem } from '../shared/couch/problems';
import { applyCors, planCors } from '../shared/couch/cors-setup';
import { SYNC_ROLES } from '../shared/couch/roles';
import { DEFAULT_APP_ORIGINS, corsIni } from '../shared/couch/server-info';
import { prepareServer, SetupRefusedError } from '../shared/couch/server-setup';
import { uploadPortal } from '../shared/couch/portal-upload';
import { calendarLibrary, readPortalFiles } from './portal-files';
import { portalHeaderCsp, serializePolicy } from '../renderer/portal/src/csp';
import { errorMessage } from '../shared/error-message';

const USAGE = `Usage: npm run couch:setup -- --url URL --user ADMIN --password P --municipality NAME [options]

  --url URL           the CouchDB server, such as https://couch.example.gov.za/
  --user ADMIN        a server admin account
  --password P        its password (or set COUCH_ADMIN_PASSWORD)
  --municipality NAME the municipality, such as "Mopane Ridge Local Municipality"
  --prefix P          database prefix (default: quorum_<municipality>_)
  --origin O          an origin the app runs under, for the CORS settings (repeatable;
                      default: ${DEFAULT_APP_ORIGINS.join(', ')})
  --cors              set CORS for those origins on the server (every node of a cluster)
                      through its configuration API, and print what changed; without it the
                      settings are only printed
  --new-identity      write a new identity into every database (after restoring from files):
                      every laptop then checks all its records against the server again
  --portal            store the public portal (built by \`npm run portal:build\` into dist/portal,
                      or --portal-dir) in the public database as _design/portal, served by
                      CouchDB itself; sets CouchDB's CSP header for attachments to the portal's
  --portal-dir DIR    the built portal to store (default dist/portal)`;

function fail(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

async function main(): Promise<void> {
  let values;
  try {
    values = parseArgs({
      options: {
        url: { type: 'string' },
        user: { type: 'string' },
        password: { type: 'string' },
        municipality: { type: 'string' },
        prefix: { type: 'string' },
        origin: { type: 'string', multiple: true },
        'new-identity': { type: 'boolean' },
        cors: { type: 'boolean' },
        portal: { type: 'boolean' },
        'portal-dir': { type: 'string' },
        help: { type: 'boolean' },
      },
    }).values;
  } catch (error) {
    fail(errorMessage(error));
  }
  if (values.help) {
    console.log(USAGE);
    return;
  }
  if (!values.url) fail('Give --url: the address of the CouchDB server.');
  if (!values.user) fail('Give --user: a server admin account.');
  const password = values.password ?? process.env.COUCH_ADMIN_PASSWORD;
  if (!password) fail('Give --password (or set COUCH_ADMIN_PASSWORD).');
  const municipality = values.municipality?.trim();
  if (!municipality) fail('Give --municipality: the name of the municipality.');
  let serverUrl: string;
  try {
    serverUrl = normaliseServerUrl(values.url);
  } catch (error) {
    fail(errorMessage(error));
  }
  const prefix = values.prefix ?? prefixForMunicipality(municipality);
  const prefixProblem = checkDatabasePrefix(prefix);
  if (prefixProblem) fail(prefixProblem);

  const origins = values.origin?.length ? values.origin : DEFAULT_APP_ORIGINS;
  try {
    planCors('check', new Map(), origins);
  } catch (error) {
    fail(errorMessage(error));
  }

  let portalFiles = null;
  try {
    portalFiles = values.portal ? readPortalFiles(values['portal-dir'] ?? 'dist/portal') : null;
  } catch (error) {
    fail(errorMessage(error));
  }

  console.log(`Preparing ${serverUrl} for ${municipality} (databases ${prefix}*)`);
  const client = new CouchClient({ serverUrl, username: values.user, password }, { timeoutMs: 60_000 });
  const summary = await prepareServer({
    client,
    prefix,
    municipality,
    newIdentity: values['new-identity'] === true,
    now: () => new Date(),
    newIdentityValue: () => randomUUID(),
    report: (line) => console.log(`  ${line}`),
  });
  const created = summary.databases.filter((db) => db.created).length;
  let corsText = `CORS settings the app needs (CouchDB's local.ini, or run this again with --cors to set them):\n${corsIni(origins)}`;
  if (values.cors) {
    console.log(`Setting CORS for ${origins.join(', ')}`);
    const changes = await applyCors(client, origins, (line) => console.log(`  ${line}`));
    corsText = `CORS: ${changes.length === 0 ? 'already set, nothing changed' : `${changes.length} setting(s) changed (listed above)`} for ${origins.join(', ')}.`;
  }
  let portalText = '';
  if (portalFiles) {
    console.log('Storing the public portal');
    const portal = await uploadPortal({
      client,
      prefix,
      files: portalFiles,
      csp: serializePolicy(portalHeaderCsp()),
      calendarLib: calendarLibrary(),
      now: () => new Date(),
      report: (line) => console.log(`  ${line}`),
    });
    portalText = `\nPublic portal (for residents, no account needed):\n  ${portal.url}\n${
      portal.calendarUrl ? `  calendar feed: ${portal.calendarUrl}\n` : ''
    }${portal.anonymousReadable ? '' : '  Not readable without an account yet: empty the members of its _security (docs/portal.md).\n'}`;
  }
  console.log(`
Done: ${summary.databases.length} databases (${created} created) on ${summary.server.product} ${summary.server.version},
and the public database ${summary.publicDatabase.name} (${summary.publicDatabase.created ? 'created' : 'kept'}), which anyone may read.

On every laptop, in Settings → Sync:
  Server address   ${serverUrl}
  Database prefix  ${prefix}
  User name        the person's own account (one account per person)

Accounts: create one per person with one role (${SYNC_ROLES.join(', ')}), for example:
  curl -u ADMIN -X PUT ${serverUrl}_users/org.couchdb.user:thuli \\
       -H 'Content-Type: application/json' \\
       -d '{"name":"thuli","password":"…","roles":["secretariat"],"type":"user"}'

${corsText}
${portalText}`);
}

main().catch((error: unknown) => {
  if (error instanceof CouchRequestError) {
    const text = describeProblem(error.problem);
    console.error(`Set-up stopped: ${text.reason} (${error.url}). ${text.action}.`);
  } else if (error instanceof SetupRefusedError) {
    console.error(`Set-up stopped: ${error.message}`);
  } else {
    console.error(`Set-up stopped: ${errorMessage(error)}`);
  }
  process.exit(1);
});
